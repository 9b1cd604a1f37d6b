namespace Regie.Web.Afdrukken;

/// <summary>All Regie keeps about one family, for one ouder (AVG artikel 15): the JSON download and its PDF. Made by
/// <c>Pages/Ouders/Gegevensexport</c>, which also decides what is left out and says so in <see cref="Weggelaten"/>.</summary>
public sealed record AlleGegevens(DateTimeOffset GemaaktOp, string GemaaktVoor, AlleGegevens.Casusgegevens Casus,
    IReadOnlyList<AlleGegevens.Persoon> Betrokkenen, IReadOnlyList<AlleGegevens.Stapafspraken> Afspraken,
    IReadOnlyList<AlleGegevens.Taakgegevens> Taken, IReadOnlyList<AlleGegevens.Versiegegevens> VastgesteldeVersies,
    IReadOnlyList<AlleGegevens.Signaalgegevens> Signalen, IReadOnlyList<AlleGegevens.Logboekregel> Logboek, IReadOnlyList<string> Weggelaten)
{
    public sealed record Casusgegevens(string Code, string Gezinsnaam, string Gemeente, string Status, string Hulpvraag,
        DateOnly Startdatum, DateOnly? Afsluitdatum, DateOnly? VolgendeEvaluatie);

    public sealed record Persoon(string Naam, string Rol, string Soort, string? Organisatie, string? Telefoon, string? Email,
        string? Bereikbaarheid, DateOnly? Geboortedatum, DateOnly BetrokkenVan, DateOnly? BetrokkenTot);

    public sealed record Stapafspraken(int Nummer, string Titel, string Status, string? Afspraken, DateTimeOffset? GewijzigdOp);

    public sealed record Taakgegevens(string Omschrijving, string Wie, string? Resultaat, DateOnly? Termijn, string Status);

    public sealed record Versiegegevens(int Nummer, DateTimeOffset VastgesteldOp, bool Geldend);

    public sealed record Signaalgegevens(string Soort, string? Toelichting, DateTimeOffset IngediendOp, string Status,
        IReadOnlyList<Bericht> Berichten);

    public sealed record Bericht(string Door, string Tekst, DateTimeOffset Op);

    public sealed record Logboekregel(DateTimeOffset Tijdstip, string Wie, string? Organisatie, string Wat);
}
