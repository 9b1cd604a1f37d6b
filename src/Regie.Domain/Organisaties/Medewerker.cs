using Regie.Domain.Gedeeld;

namespace Regie.Domain.Organisaties;

/// <summary>A professional's account data; the login itself lives in ASP.NET Core Identity.</summary>
public sealed class Medewerker
{
    private Medewerker() { Naam = ""; Email = ""; }

    public Medewerker(Guid organisatieId, string naam, string email, string? functie, string? telefoon, string? bereikbaarheid)
    {
        Id = Guid.NewGuid();
        OrganisatieId = organisatieId;
        Naam = "";
        Email = Vereist.Tekst(email, "Het e-mailadres", 254).ToLowerInvariant();
        Actief = true;
        Wijzig(naam, functie, telefoon, bereikbaarheid);
    }

    public Guid Id { get; private set; }
    public Guid OrganisatieId { get; private set; }
    public string Naam { get; private set; }
    public string Email { get; private set; }
    public string? Functie { get; private set; }
    public string? Telefoon { get; private set; }
    public string? Bereikbaarheid { get; private set; }
    public bool Actief { get; private set; }

    public void Wijzig(string naam, string? functie, string? telefoon, string? bereikbaarheid)
    {
        Naam = Vereist.Tekst(naam, "De naam", 200);
        Functie = Vereist.OptioneleTekst(functie, "De functie", 200);
        Telefoon = Vereist.OptioneleTekst(telefoon, "Het telefoonnummer", 50);
        Bereikbaarheid = Vereist.OptioneleTekst(bereikbaarheid, "De bereikbaarheid", 500);
    }

    /// <summary>The professional's own profile. Answers with the names of the fields that changed, or a refusal naming its field.</summary>
    public Uitkomst<IReadOnlyList<string>> WijzigContact(string? functie, string? telefoon, string? bereikbaarheid)
    {
        static string? Schoon(string? tekst) => string.IsNullOrWhiteSpace(tekst) ? null : tekst.Trim();
        var (f, t, b) = (Schoon(functie), Schoon(telefoon), Schoon(bereikbaarheid));
        if (f is { Length: > 200 }) return Uitkomst.Fout<IReadOnlyList<string>>("De functie mag hoogstens 200 tekens lang zijn.", nameof(Functie));
        if (t is { Length: > Contactgegevens.MaxTelefoon })
            return Uitkomst.Fout<IReadOnlyList<string>>($"Het telefoonnummer mag hoogstens {Contactgegevens.MaxTelefoon} tekens lang zijn.", nameof(Telefoon));
        if (t is not null && t != Telefoon && !Contactgegevens.IsTelefoonnummer(t))
            return Uitkomst.Fout<IReadOnlyList<string>>(Contactgegevens.TelefoonMelding, nameof(Telefoon));
        if (b is { Length: > Contactgegevens.MaxBereikbaarheid })
            return Uitkomst.Fout<IReadOnlyList<string>>($"De bereikbaarheid mag hoogstens {Contactgegevens.MaxBereikbaarheid} tekens lang zijn.", nameof(Bereikbaarheid));

        var velden = new List<string>();
        if (f != Functie) velden.Add("Functie");
        if (t != Telefoon) velden.Add("Telefoon");
        if (b != Bereikbaarheid) velden.Add("Bereikbaarheid");
        (Functie, Telefoon, Bereikbaarheid) = (f, t, b);
        return Uitkomst.Ok<IReadOnlyList<string>>(velden);
    }

    public void Deactiveer() => Actief = false;
}
