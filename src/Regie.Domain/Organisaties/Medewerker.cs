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

    public void Deactiveer() => Actief = false;
}
