using Regie.Web.Data;

namespace Regie.Web.Infrastructure.Planner;

/// <summary>What a melding says in an e-mail: the kind of event and the casus code, never its content (no names, no signaal
/// text), and a link to Regie when Regie:PubliekeUrl is set. An ouder's mail does not even carry the code.</summary>
public static class Mailtekst
{
    public sealed record Regel(MeldingSoort Soort, string? Code, bool VoorOuder);

    public static string Zin(Regel r)
    {
        if (r.VoorOuder)
            return r.Soort == MeldingSoort.SignaalBeantwoord
                ? "Er staat een antwoord voor u klaar in Regie"
                : "Er staat een bericht voor u klaar in Regie";
        var casus = r.Code is null ? "een casus" : $"casus {r.Code}";
        return r.Soort switch
        {
            MeldingSoort.NieuwSignaal => $"Er is een nieuw signaal bij {casus}",
            MeldingSoort.NieuweOpschaling => $"Er is een opschaling bij {casus}",
            MeldingSoort.SignaalAangevuld => $"Een signaal bij {casus} is aangevuld of heropend",
            MeldingSoort.SignaalBeantwoord => $"Uw signaal bij {casus} is beantwoord",
            MeldingSoort.SignaalGeescaleerd => $"Een signaal bij {casus} is naar de gemeente gegaan",
            MeldingSoort.VraagVanGemeente => $"De gemeente vraagt u iets over een signaal bij {casus}",
            MeldingSoort.MdoGevraagd => $"Er is een MDO gevraagd voor {casus}",
            MeldingSoort.OverdrachtVoorgesteld => $"Er wordt voorgesteld de regie bij {casus} aan u over te dragen",
            MeldingSoort.EvaluatieBinnenkort => $"Er komt binnenkort een evaluatie of termijn aan bij {casus}",
            MeldingSoort.EvaluatieVerlopen => $"Een evaluatie of termijn bij {casus} is verstreken",
            MeldingSoort.ToegevoegdAanCasus => $"U bent toegevoegd aan {casus}",
            MeldingSoort.NieuweVersie => $"Er is een nieuwe geldende versie van {casus}",
            _ => $"Er is nieuws bij {casus}",
        };
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
