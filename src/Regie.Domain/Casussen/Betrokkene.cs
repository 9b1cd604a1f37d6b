using Regie.Domain.Gedeeld;
using Regie.Domain.Organisaties;

namespace Regie.Domain.Casussen;

public enum BetrokkeneSoort
{
    Gezinslid,
    Netwerk,
    Professional,
}

/// <summary>What is known of a person when they join a casus. For a professional the organisation's name and type
/// are copied, so rules such as "maatregel ⇒ regie bij een GI" can be checked without the organisation table.</summary>
public sealed record BetrokkeneGegevens(
    BetrokkeneSoort Soort,
    string Naam,
    string RolOfRelatie,
    string? Telefoon = null,
    string? Email = null,
    string? Bereikbaarheid = null,
    Guid? OrganisatieId = null,
    string? OrganisatieNaam = null,
    OrganisatieType? OrganisatieType = null,
    Guid? MedewerkerId = null,
    bool IsOuder = false);

public sealed class Betrokkene
{
    private Betrokkene() { Naam = ""; RolOfRelatie = ""; }

    internal Betrokkene(BetrokkeneGegevens gegevens, DateOnly van)
    {
        Id = Guid.NewGuid();
        Naam = "";
        RolOfRelatie = "";
        Soort = gegevens.Soort;
        if (gegevens.Soort == BetrokkeneSoort.Professional)
        {
            if (gegevens.OrganisatieType is null || string.IsNullOrWhiteSpace(gegevens.OrganisatieNaam))
                throw new DomeinException("Een professional hoort bij een organisatie.");
            if (gegevens.IsOuder) throw new DomeinException("Een professional is geen ouder in deze casus.");
        }
        else if (gegevens.OrganisatieId is not null || gegevens.MedewerkerId is not null)
        {
            throw new DomeinException("Alleen een professional hoort bij een organisatie.");
        }
        if (gegevens.IsOuder && gegevens.Soort != BetrokkeneSoort.Gezinslid)
            throw new DomeinException("Een ouder is een gezinslid.");
        OrganisatieId = gegevens.OrganisatieId;
        OrganisatieNaam = Vereist.OptioneleTekst(gegevens.OrganisatieNaam, "De naam van de organisatie", 200);
        OrganisatieType = gegevens.OrganisatieType;
        MedewerkerId = gegevens.MedewerkerId;
        IsOuder = gegevens.IsOuder;
        BetrokkenVan = van;
        WijzigContact(gegevens.Naam, gegevens.RolOfRelatie, gegevens.Telefoon, gegevens.Email, gegevens.Bereikbaarheid);
    }

    public Guid Id { get; private set; }
    public Guid CasusId { get; private set; }
    public BetrokkeneSoort Soort { get; private set; }
    public string Naam { get; private set; }
    public string RolOfRelatie { get; private set; }
    public bool IsOuder { get; private set; }
    public Guid? OrganisatieId { get; private set; }
    public string? OrganisatieNaam { get; private set; }
    public OrganisatieType? OrganisatieType { get; private set; }
    public Guid? MedewerkerId { get; private set; }
    public string? Telefoon { get; private set; }
    public string? Email { get; private set; }
    public string? Bereikbaarheid { get; private set; }
    public DateOnly BetrokkenVan { get; private set; }
    public DateOnly? BetrokkenTot { get; private set; }
    public string? RedenEinde { get; private set; }

    public bool IsActief => BetrokkenTot is null;
    public bool IsProfessional => Soort == BetrokkeneSoort.Professional;

    /// <summary>Inhoudelijke regie lies with the zorgpartij: a professional of a zorgaanbieder or a GI, never the gemeente or the family.</summary>
    public bool KanInhoudelijkeRegieDragen =>
        IsActief && IsProfessional && OrganisatieType is Organisaties.OrganisatieType.Zorgaanbieder or Organisaties.OrganisatieType.GecertificeerdeInstelling;

    public void WijzigContact(string naam, string rolOfRelatie, string? telefoon, string? email, string? bereikbaarheid)
    {
        // All or nothing: a refused field must not leave the other fields half changed.
        (Naam, RolOfRelatie, Telefoon, Email, Bereikbaarheid) = (
            Vereist.Tekst(naam, "De naam", 200),
            Vereist.Tekst(rolOfRelatie, "De rol of relatie", 200),
            Vereist.OptioneleTekst(telefoon, "Het telefoonnummer", 50),
            Vereist.OptioneleTekst(email, "Het e-mailadres", 254),
            Vereist.OptioneleTekst(bereikbaarheid, "De bereikbaarheid", 500));
    }

    internal void Beeindig(DateOnly tot, string reden)
    {
        BetrokkenTot = tot;
        RedenEinde = reden;
    }
}
