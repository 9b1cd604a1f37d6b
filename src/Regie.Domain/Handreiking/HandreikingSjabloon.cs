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
        var controle = Controleer(lijst);
        if (controle.IsFout) throw new DomeinException(controle.Melding);
        Id = Guid.NewGuid();
        Versie = versie;
        Naam = Vereist.Tekst(naam, "De naam van het sjabloon", 200, nameof(Naam)).Zeker();
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

    public SjabloonStap Stap(StapSoort soort) => _stappen.Single(s => s.Soort == soort);

    /// <summary>The Beheerder's new wording and order. Refused when a kind of step is missing or doubled, because
    /// the rules (what must be filled in, what goes back to bespreking) look for each kind exactly once.</summary>
    public Uitkomst<HandreikingSjabloon> NieuweVersie(string naam, IEnumerable<SjabloonStap> stappen, DateTimeOffset nu)
    {
        var lijst = stappen.ToList();
        var controle = Controleer(lijst);
        return controle.IsFout ? Uitkomst.Fout<HandreikingSjabloon>(controle.Melding) : Uitkomst.Ok(new HandreikingSjabloon(Versie + 1, naam, lijst, nu));
    }

    /// <summary>Seven steps in the places 1 to 7, each kind exactly once.</summary>
    public static Uitkomst Controleer(IReadOnlyCollection<SjabloonStap> stappen)
    {
        var dubbel = stappen.GroupBy(s => s.Soort).Where(g => g.Count() > 1).Select(g => $"'{StapSoorten.Naam(g.Key)}'").ToList();
        if (dubbel.Count > 0)
            return Uitkomst.Fout($"De stap {string.Join(" en ", dubbel)} staat er meer dan één keer in. Een handreiking heeft zeven stappen: elke soort precies één keer.");
        var ontbreekt = Enum.GetValues<StapSoort>().Where(s => stappen.All(x => x.Soort != s)).Select(s => $"'{StapSoorten.Naam(s)}'").ToList();
        if (ontbreekt.Count > 0)
            return Uitkomst.Fout($"De stap {string.Join(" en ", ontbreekt)} ontbreekt. Een handreiking heeft zeven stappen: elke soort precies één keer.");
        var plekDubbel = stappen.GroupBy(s => s.Nummer).Where(g => g.Count() > 1).Select(g => g.Key).Order().ToList();
        if (plekDubbel.Count > 0)
            return Uitkomst.Fout($"Twee stappen hebben hetzelfde volgnummer ({string.Join(", ", plekDubbel)}). Geef elke stap een eigen nummer van 1 tot en met {AantalStappen}.");
        if (stappen.Count != AantalStappen || stappen.Any(s => s.Nummer is < 1 or > AantalStappen))
            return Uitkomst.Fout($"Een handreiking heeft precies zeven stappen, genummerd 1 tot en met {AantalStappen}.");
        return Uitkomst.Ok();
    }

    /// <summary>The regional default wording of "Regie in 7 samenwerkingsstappen".</summary>
    public static HandreikingSjabloon Standaard(DateTimeOffset nu) => new(1, "Regie in 7 samenwerkingsstappen",
    [
        new(1, StapSoort.Betrokkenen, "Betrokkenen", [
            "Wie zijn er betrokken bij het gezin, vanuit welke organisatie en in welke rol?",
            "Wie uit het netwerk doet mee?"]),
        new(2, StapSoort.Hulpvraag, "Hulpvraag en doelen", [
            "Wat is de hulpvraag van ouders en jeugdige?",
            "Aan welke resultaten werken we samen?"]),
        new(3, StapSoort.WieDoetWat, "Wie doet wat", [
            "Welke taken en verantwoordelijkheden heeft ieder, ook ouders en jeugdige zelf?",
            "Wat doen we niet dubbel?"]),
        new(4, StapSoort.Regie, "Regie", [
            "Wie voert de procesregie, wie heeft inhoudelijke regie op welk onderdeel?",
            "Wat verstaan we hier onder regie, en welk mandaat hoort erbij?"]),
        new(5, StapSoort.Communicatie, "Communicatie", [
            "Hoe houden we elkaar en het gezin op de hoogte?",
            "Wie is het aanspreekpunt voor ouders?",
            "Waarvoor hebben ouders toestemming gegeven?"]),
        new(6, StapSoort.Evaluatie, "Evaluatie", [
            "Wanneer en hoe evalueren we?",
            "Waaraan zien we dat het werkt?"]),
        new(7, StapSoort.Verandering, "Verandering, overdracht en afsluiting", [
            "Wat doen we als de hulpvraag verandert, iemand stopt of de regievoerder wisselt?",
            "Wanneer en hoe schalen we op?",
            "Wanneer sluiten we af?"]),
    ], nu);
}

public sealed record SjabloonStap
{
    public SjabloonStap(int nummer, StapSoort soort, string titel, IReadOnlyList<string> hulpvragen)
    {
        if (nummer is < 1 or > HandreikingSjabloon.AantalStappen) throw new DomeinException($"Stap {nummer} bestaat niet.");
        if (!Enum.IsDefined(soort)) throw new DomeinException("Deze soort stap bestaat niet.");
        Nummer = nummer;
        Soort = soort;
        Titel = Vereist.Tekst(titel, "De titel van de stap", 120, nameof(Titel)).Zeker();
        Hulpvragen = hulpvragen.Select(v => Vereist.Tekst(v, "Een hulpvraag", 500, "Hulpvragen").Zeker()).ToList();
    }

    /// <summary>The step's place in the handreiking, 1 to 7; the Beheerder may re-order.</summary>
    public int Nummer { get; init; }

    public StapSoort Soort { get; init; }
    public string Titel { get; init; }
    public IReadOnlyList<string> Hulpvragen { get; init; }
}
