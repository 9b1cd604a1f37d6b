using Regie.Domain.Gedeeld;

namespace Regie.Domain.Handreiking;

/// <summary>The wording of the seven samenwerkingsstappen and their guiding questions.
/// A sjabloon is never changed once saved: the Beheerder makes a new version, and every casus keeps the one it started with.</summary>
public sealed class HandreikingSjabloon
{
    public const int AantalStappen = 7;
    private readonly List<SjabloonStap> _stappen = [];

    private HandreikingSjabloon() { Naam = ""; }

    public HandreikingSjabloon(int versie, string naam, IEnumerable<SjabloonStap> stappen, DateTimeOffset gemaaktOp)
    {
        if (versie < 1) throw new DomeinException("Een sjabloonversie begint bij 1.");
        var lijst = stappen.OrderBy(s => s.Nummer).ToList();
        if (lijst.Count != AantalStappen || lijst.Select(s => s.Nummer).Distinct().Count() != AantalStappen
            || lijst[0].Nummer != 1 || lijst[^1].Nummer != AantalStappen)
            throw new DomeinException("Een handreiking heeft precies zeven stappen, genummerd 1 tot en met 7.");
        Id = Guid.NewGuid();
        Versie = versie;
        Naam = Vereist.Tekst(naam, "De naam van het sjabloon", 200);
        GemaaktOp = gemaaktOp;
        _stappen.AddRange(lijst);
    }

    public Guid Id { get; private set; }
    public int Versie { get; private set; }
    public string Naam { get; private set; }
    public DateTimeOffset GemaaktOp { get; private set; }
    public IReadOnlyList<SjabloonStap> Stappen => _stappen;

    public SjabloonStap Stap(int nummer) =>
        _stappen.SingleOrDefault(s => s.Nummer == nummer) ?? throw new DomeinException($"Stap {nummer} bestaat niet.");

    public HandreikingSjabloon NieuweVersie(string naam, IEnumerable<SjabloonStap> stappen, DateTimeOffset nu) =>
        new(Versie + 1, naam, stappen, nu);

    /// <summary>The regional default wording of "Regie in 7 samenwerkingsstappen".</summary>
    public static HandreikingSjabloon Standaard(DateTimeOffset nu) => new(1, "Regie in 7 samenwerkingsstappen",
    [
        new(1, "Betrokkenen", [
            "Wie zijn er betrokken bij het gezin, vanuit welke organisatie en in welke rol?",
            "Wie uit het netwerk doet mee?"]),
        new(2, "Hulpvraag en doelen", [
            "Wat is de hulpvraag van ouders en jeugdige?",
            "Aan welke resultaten werken we samen?"]),
        new(3, "Wie doet wat", [
            "Welke taken en verantwoordelijkheden heeft ieder, ook ouders en jeugdige zelf?",
            "Wat doen we niet dubbel?"]),
        new(4, "Regie", [
            "Wie voert de procesregie, wie heeft inhoudelijke regie op welk onderdeel?",
            "Wat verstaan we hier onder regie, en welk mandaat hoort erbij?"]),
        new(5, "Communicatie", [
            "Hoe houden we elkaar en het gezin op de hoogte?",
            "Wie is het aanspreekpunt voor ouders?",
            "Waarvoor hebben ouders toestemming gegeven?"]),
        new(6, "Evaluatie", [
            "Wanneer en hoe evalueren we?",
            "Waaraan zien we dat het werkt?"]),
        new(7, "Verandering, overdracht en afsluiting", [
            "Wat doen we als de hulpvraag verandert, iemand stopt of de regievoerder wisselt?",
            "Wanneer en hoe schalen we op?",
            "Wanneer sluiten we af?"]),
    ], nu);
}

public sealed record SjabloonStap
{
    public SjabloonStap(int nummer, string titel, IReadOnlyList<string> hulpvragen)
    {
        if (nummer is < 1 or > HandreikingSjabloon.AantalStappen) throw new DomeinException($"Stap {nummer} bestaat niet.");
        Nummer = nummer;
        Titel = Vereist.Tekst(titel, "De titel van de stap", 120);
        Hulpvragen = hulpvragen.Select(v => Vereist.Tekst(v, "Een hulpvraag", 500)).ToList();
    }

    public int Nummer { get; init; }
    public string Titel { get; init; }
    public IReadOnlyList<string> Hulpvragen { get; init; }
}
