using Regie.Domain.Casussen;
using Regie.Domain.Organisaties;

namespace Regie.Datagenerator;

public sealed record BetrokkeneRij(Guid Id, Guid CasusId, BetrokkeneSoort Soort, string Naam, string RolOfRelatie, bool IsOuder,
    Guid? OrganisatieId, string? OrganisatieNaam, OrganisatieType? OrganisatieType, Guid? MedewerkerId, string? Telefoon, string? Email,
    string? Bereikbaarheid, DateOnly BetrokkenVan, DateOnly? BetrokkenTot, string? RedenEinde)
{
    /// <summary>The medewerker behind a professional, for the logboek; null for the family and network.</summary>
    public MedewerkerRij? Medewerker { get; init; }

    public bool IsActiefOp(DateOnly datum) => BetrokkenVan <= datum && (BetrokkenTot is null || BetrokkenTot > datum);

    public static BetrokkeneRij Professional(Guid casusId, MedewerkerRij m, string rol, DateOnly van) =>
        new(Guid.NewGuid(), casusId, BetrokkeneSoort.Professional, m.Naam, rol, false, m.Organisatie.Id, m.Organisatie.Naam, m.Organisatie.Type,
            m.Id, m.Telefoon, m.Email, m.Bereikbaarheid, van, null, null) { Medewerker = m };
}

/// <summary>Gezinsleden, netwerk and professionals of each casus.</summary>
public static class Betrokkenen
{
    public static readonly Tabel<BetrokkeneRij> Tabel = new("Betrokkenen",
        "\"Id\", \"CasusId\", \"Soort\", \"Naam\", \"RolOfRelatie\", \"IsOuder\", \"OrganisatieId\", \"OrganisatieNaam\", \"OrganisatieType\", "
        + "\"MedewerkerId\", \"Telefoon\", \"Email\", \"Bereikbaarheid\", \"BetrokkenVan\", \"BetrokkenTot\", \"RedenEinde\"", (k, b) =>
        {
            k.Id(b.Id); k.Id(b.CasusId); k.Soort(b.Soort); k.Tekst(b.Naam); k.Tekst(b.RolOfRelatie); k.Waar(b.IsOuder); k.Id(b.OrganisatieId);
            k.Tekst(b.OrganisatieNaam); k.Soort(b.OrganisatieType); k.Id(b.MedewerkerId); k.Tekst(b.Telefoon); k.Tekst(b.Email);
            k.Tekst(b.Bereikbaarheid); k.Datum(b.BetrokkenVan); k.Datum(b.BetrokkenTot); k.Tekst(b.RedenEinde);
        });

    /// <summary>Network roles; family on the father's side carries the family name.</summary>
    public static readonly (string Rol, bool Vrouw, bool Familienaam)[] Netwerk =
        [("Oma (moeder van moeder)", true, false), ("Opa (vader van vader)", false, true), ("Tante", true, false), ("Buurvrouw", true, false),
         ("Vriend van de familie", false, false), ("Oom", false, true), ("Peettante", true, false)];
}
