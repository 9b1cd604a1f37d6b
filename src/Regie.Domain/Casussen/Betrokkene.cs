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
    bool IsOuder = false,
    bool? HeeftGezag = null,
    DateOnly? Geboortedatum = null);

public sealed partial class Betrokkene
{
    private Betrokkene() { Naam = ""; RolOfRelatie = ""; }

    private Betrokkene(BetrokkeneGegevens gegevens, DateOnly van)
    {
        Id = Guid.NewGuid();
        Naam = "";
        RolOfRelatie = "";
        Soort = gegevens.Soort;
        OrganisatieId = gegevens.OrganisatieId;
        OrganisatieType = gegevens.OrganisatieType;
        MedewerkerId = gegevens.MedewerkerId;
        IsOuder = gegevens.IsOuder;
        BetrokkenVan = van;
    }

    /// <summary>Someone joins. A refusal names the <see cref="BetrokkeneGegevens"/> property it is about.</summary>
    internal static Uitkomst<Betrokkene> Maak(BetrokkeneGegevens gegevens, DateOnly van)
    {
        if (gegevens.Soort == BetrokkeneSoort.Professional)
        {
            if (string.IsNullOrWhiteSpace(gegevens.OrganisatieNaam))
                return Uitkomst.Fout<Betrokkene>("Een professional hoort bij een organisatie.", nameof(BetrokkeneGegevens.OrganisatieNaam));
            if (gegevens.OrganisatieType is null)
                return Uitkomst.Fout<Betrokkene>("Een professional hoort bij een organisatie.", nameof(BetrokkeneGegevens.OrganisatieType));
            if (gegevens.IsOuder) return Uitkomst.Fout<Betrokkene>("Een professional is geen ouder in deze casus.", nameof(BetrokkeneGegevens.IsOuder));
        }
        else if (gegevens.OrganisatieId is not null || gegevens.MedewerkerId is not null)
        {
            return Uitkomst.Fout<Betrokkene>("Alleen een professional hoort bij een organisatie.", nameof(BetrokkeneGegevens.Soort));
        }
        if (gegevens.IsOuder && gegevens.Soort != BetrokkeneSoort.Gezinslid)
            return Uitkomst.Fout<Betrokkene>("Een ouder is een gezinslid.", nameof(BetrokkeneGegevens.IsOuder));
        var gezin = ControleerGezinsgegevens(gegevens.Soort, gegevens.IsOuder, gegevens.HeeftGezag, gegevens.Geboortedatum, van);
        if (gezin.IsFout) return gezin.Als<Betrokkene>();
        var organisatieNaam = Vereist.OptioneleTekst(gegevens.OrganisatieNaam, "De naam van de organisatie", 200, nameof(BetrokkeneGegevens.OrganisatieNaam));
        if (organisatieNaam.IsFout) return organisatieNaam.Als<Betrokkene>();

        var betrokkene = new Betrokkene(gegevens, van)
        {
            OrganisatieNaam = organisatieNaam.Waarde, HeeftGezag = gegevens.HeeftGezag, Geboortedatum = gegevens.Geboortedatum,
        };
        var contact = betrokkene.WijzigContact(gegevens.Naam, gegevens.RolOfRelatie, gegevens.Telefoon, gegevens.Email, gegevens.Bereikbaarheid);
        return contact.IsFout ? contact.Als<Betrokkene>() : Uitkomst.Ok(betrokkene);
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

    /// <summary>All or nothing: a refused field leaves every field as it was. A refusal names the property it is about.</summary>
    public Uitkomst WijzigContact(string? naam, string? rolOfRelatie, string? telefoon, string? email, string? bereikbaarheid)
    {
        var schoneNaam = Vereist.Tekst(naam, "De naam", 200, nameof(Naam));
        if (schoneNaam.IsFout) return schoneNaam;
        var rol = Vereist.Tekst(rolOfRelatie, "De rol of relatie", 200, nameof(RolOfRelatie));
        if (rol.IsFout) return rol;
        var tel = Vereist.OptioneleTekst(telefoon, "Het telefoonnummer", 50, nameof(Telefoon));
        if (tel.IsFout) return tel;
        var mail = Vereist.OptioneleTekst(email, "Het e-mailadres", 254, nameof(Email));
        if (mail.IsFout) return mail;
        var bereikbaar = Vereist.OptioneleTekst(bereikbaarheid, "De bereikbaarheid", 500, nameof(Bereikbaarheid));
        if (bereikbaar.IsFout) return bereikbaar;
        (Naam, RolOfRelatie, Telefoon, Email, Bereikbaarheid) = (schoneNaam.Waarde!, rol.Waarde!, tel.Waarde, mail.Waarde, bereikbaar.Waarde);
        return Uitkomst.Ok();
    }

    internal void Beeindig(DateOnly tot, string reden)
    {
        BetrokkenTot = tot;
        RedenEinde = reden;
    }
}
