namespace Regie.Domain.Handreiking;

/// <summary>The whole handreiking as it was agreed, frozen in a <see cref="Handreikingversie"/>.
/// Plain data only, so that it can be stored as JSON and rendered years later exactly as agreed.</summary>
public sealed record HandreikingSnapshot(
    string CasusCode,
    string Gezinsnaam,
    IReadOnlyList<string> Indicaties,
    string Maatregel,
    string Hulpvraag,
    DateOnly? VolgendeEvaluatie,
    IReadOnlyList<SnapshotBetrokkene> Betrokkenen,
    IReadOnlyList<SnapshotStap> Stappen,
    IReadOnlyList<SnapshotTaak> Taken,
    SnapshotRegie Procesregie,
    IReadOnlyList<SnapshotRegie> InhoudelijkeRegie,
    SnapshotOverleg Overleg);

public sealed record SnapshotBetrokkene(
    Guid Id, string Soort, string Naam, string RolOfRelatie, string? Organisatie,
    string? Telefoon, string? Email, string? Bereikbaarheid);

/// <param name="Soort">The <see cref="StapSoort"/> as text; null in versions made before steps had a kind.</param>
public sealed record SnapshotStap(int Nummer, string Titel, IReadOnlyList<string> Hulpvragen, string Status, string? Afspraken, string? Soort = null);

public sealed record SnapshotTaak(string Omschrijving, string Wie, string? Resultaat, DateOnly? Termijn, string Status);

public sealed record SnapshotRegie(string Naam, string? Organisatie, string? Telefoon, string? Bereikbaarheid, string? Onderdeel, string? Mandaat);

public sealed record SnapshotOverleg(DateTimeOffset Datum, IReadOnlyList<string> Aanwezigen, string? Besluiten);
