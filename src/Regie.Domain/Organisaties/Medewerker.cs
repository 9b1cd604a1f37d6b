using Regie.Domain.Gedeeld;

namespace Regie.Domain.Organisaties;

/// <summary>A professional's account data; the login itself lives in ASP.NET Core Identity.</summary>
public sealed class Medewerker
{
    private Medewerker() { Naam = ""; Email = ""; }

    private Medewerker(Guid organisatieId)
    {
        Id = Guid.NewGuid();
        OrganisatieId = organisatieId;
        Naam = "";
        Email = "";
        Actief = true;
    }

    /// <summary>For accounts the code knows are right (demo data, tests): a refusal here is a bug.</summary>
    public Medewerker(Guid organisatieId, string naam, string email, string? functie, string? telefoon, string? bereikbaarheid)
        : this(organisatieId)
    {
        var uitkomst = Vul(naam, email, functie, telefoon, bereikbaarheid);
        if (uitkomst.IsFout) throw new DomeinException(uitkomst.Melding);
    }

    /// <summary>A beheerder invites a professional. A refusal names the property it is about.</summary>
    public static Uitkomst<Medewerker> Maak(Guid organisatieId, string? naam, string? email, string? functie, string? telefoon, string? bereikbaarheid)
    {
        var medewerker = new Medewerker(organisatieId);
        var uitkomst = medewerker.Vul(naam, email, functie, telefoon, bereikbaarheid);
        return uitkomst.IsFout ? uitkomst.Als<Medewerker>() : Uitkomst.Ok(medewerker);
    }

    public Guid Id { get; private set; }
    public Guid OrganisatieId { get; private set; }
    public string Naam { get; private set; }
    public string Email { get; private set; }
    public string? Functie { get; private set; }
    public string? Telefoon { get; private set; }
    public string? Bereikbaarheid { get; private set; }
    public bool Actief { get; private set; }

    private Uitkomst Vul(string? naam, string? email, string? functie, string? telefoon, string? bereikbaarheid)
    {
        var schoonEmail = Vereist.Tekst(email, "Het e-mailadres", 254, nameof(Email));
        if (schoonEmail.IsFout) return schoonEmail;
        var schoneNaam = Vereist.Tekst(naam, "De naam", 200, nameof(Naam));
        if (schoneNaam.IsFout) return schoneNaam;
        var schoneFunctie = Vereist.OptioneleTekst(functie, "De functie", 200, nameof(Functie));
        if (schoneFunctie.IsFout) return schoneFunctie;
        var tel = Vereist.OptioneleTekst(telefoon, "Het telefoonnummer", 50, nameof(Telefoon));
        if (tel.IsFout) return tel;
        var bereikbaar = Vereist.OptioneleTekst(bereikbaarheid, "De bereikbaarheid", 500, nameof(Bereikbaarheid));
        if (bereikbaar.IsFout) return bereikbaar;
        (Email, Naam, Functie, Telefoon, Bereikbaarheid) =
            (schoonEmail.Waarde!.ToLowerInvariant(), schoneNaam.Waarde!, schoneFunctie.Waarde, tel.Waarde, bereikbaar.Waarde);
        return Uitkomst.Ok();
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
