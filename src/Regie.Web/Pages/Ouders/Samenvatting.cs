using Regie.Domain.Casussen;

namespace Regie.Web.Pages.Ouders;

/// <summary>The afspraken in short, for the ouders, built from the live casus (not a version): who does what, the ouders'
/// own first, who holds regie and what the regievoerder may decide. Shown by <c>_Samenvatting.cshtml</c>.</summary>
public sealed record Samenvatting(IReadOnlyList<Samenvatting.Persoon> Personen, Samenvatting.Regie? Regievoerder)
{
    public sealed record Persoon(string Naam, bool IsIk, string? Organisatie, IReadOnlyList<Taakregel> Taken);

    public sealed record Taakregel(string Omschrijving, DateOnly? Termijn);

    public sealed record Regie(string Naam, string? Organisatie, string? Telefoon, string? Mandaat);

    /// <param name="ik">The betrokkene of the ouder who reads it: their own taken come first.</param>
    public static Samenvatting Van(Casus casus, Guid? ik)
    {
        var volgorde = StringComparer.Create(Weergave.Nl, true);
        var personen = casus.Taken.Where(t => t.Status is TaakStatus.Open or TaakStatus.Bezig)
            .GroupBy(t => t.BetrokkeneId)
            .Select(g => (Betrokkene: casus.Betrokkenen.Single(b => b.Id == g.Key), Taken: g))
            .OrderByDescending(p => p.Betrokkene.Id == ik).ThenByDescending(p => p.Betrokkene.IsOuder)
            .ThenBy(p => p.Betrokkene.Soort).ThenBy(p => p.Betrokkene.Naam, volgorde)
            .Select(p => new Persoon(p.Betrokkene.Naam, p.Betrokkene.Id == ik, p.Betrokkene.OrganisatieNaam,
                [.. p.Taken.OrderBy(t => t.Termijn ?? DateOnly.MaxValue).ThenBy(t => t.Omschrijving, volgorde)
                    .Select(t => new Taakregel(t.Omschrijving, t.Termijn))]))
            .ToList();
        var regie = casus.Procesregievoerder is { } r
            ? new Regie(r.Naam, r.OrganisatieNaam, r.Telefoon, casus.ActieveProcesregie!.Mandaat)
            : null;
        return new Samenvatting(personen, regie);
    }
}
