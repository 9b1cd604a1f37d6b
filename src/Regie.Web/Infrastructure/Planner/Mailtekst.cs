using Regie.Web.Data;
using Regie.Web.Infrastructure.Meldingen;

namespace Regie.Web.Infrastructure.Planner;

/// <summary>What a melding says in an e-mail: the kind of event and the casus code, never its content (no names, no signaal
/// text), and a link to Regie when Regie:PubliekeUrl is set. An ouder's mail does not even carry the code.</summary>
public static class Mailtekst
{
    public sealed record Regel(MeldingSoort Soort, string? Code, bool VoorOuder);

    public static string Zin(Regel r)
    {
        if (r.VoorOuder)
            return r.Soort is MeldingSoort.SignaalBeantwoord or MeldingSoort.CorrectieBeantwoord
                ? "Er staat een antwoord voor u klaar in Regie"
                : "Er staat een bericht voor u klaar in Regie";
        // The bell's own sentence, with the code but never the gezinsnaam.
        return Meldingtekst.Zin(r.Soort, r.Code is null ? "een casus" : Meldingtekst.Casus(r.Code, null)).TrimEnd('.');
    }

    /// <summary>Where the reader goes: the ouder portal, or the professional's meldingen.</summary>
    public static string? Link(string? basis, bool voorOuder) =>
        basis is null ? null : voorOuder ? $"{basis}/Ouders" : $"{basis}/Meldingen";

    public static (string Onderwerp, string Tekst) Enkel(Regel r, string? basis)
    {
        var zin = Zin(r);
        return ($"Regie: {zin}", $"Goedendag,\r\n\r\n{zin}.\r\n\r\n{Verwijzing(basis, r.VoorOuder)}{Voet}");
    }

    public static (string Onderwerp, string Tekst) Samenvatting(IReadOnlyList<Regel> regels, string? basis)
    {
        var voorOuder = regels.All(r => r.VoorOuder);
        var lijst = string.Concat(regels.Select(r => $"- {Zin(r)}\r\n"));
        var onderwerp = regels.Count == 1 ? "Regie: 1 nieuwe melding" : $"Regie: {regels.Count} nieuwe meldingen";
        return (onderwerp, $"Goedendag,\r\n\r\nSinds de vorige samenvatting:\r\n{lijst}\r\n{Verwijzing(basis, voorOuder)}{Voet}");
    }

    private static string Verwijzing(string? basis, bool voorOuder) =>
        Link(basis, voorOuder) is { } link ? $"Bekijk het in Regie: {link}\r\n\r\n" : "Log in bij Regie om het te bekijken.\r\n\r\n";

    private const string Voet = "U krijgt deze e-mail omdat u meldingen van Regie per e-mail ontvangt. "
                                + "Op uw profiel in Regie kiest u of u ze direct, eens per dag of niet wilt krijgen.";
}
