using Regie.Domain.Casussen;
using Regie.Domain.Gedeeld;
using Regie.Domain.Handreiking;
using Regie.Domain.Organisaties;

namespace Regie.Domain.Tests;

/// <summary>Familie Tukker from the brief: a casus with ouders, a jeugdconsulent of the gemeente,
/// a jeugdbeschermer of a GI and a zorgaanbieder. Time is fixed so every test reads the same clock.</summary>
internal sealed class TestCasus
{
    // Monday 2 March 2026, 10:00 Dutch winter time.
    public static readonly DateTimeOffset Nu = new(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(1));
    public static readonly DateOnly Vandaag = new(2026, 3, 2);
    public static readonly DateOnly Startdatum = new(2026, 2, 2);

    public const string Mandaat = "Mag afspraken vastleggen en knopen doorhakken; doorzettingsmacht bij de gemeente.";
    public const string TelefoonConsulent = "053-4811111";

    private TestCasus(Casus casus, Organisatie gemeente)
    {
        Casus = casus;
        Gemeente = gemeente;
        Vader = casus.VoegBetrokkeneToe(new(BetrokkeneSoort.Gezinslid, "Henk Tukker", "vader", "06-12345678", IsOuder: true), Startdatum).MoetLukken();
        Moeder = casus.VoegBetrokkeneToe(new(BetrokkeneSoort.Gezinslid, "Anja Tukker", "moeder", IsOuder: true), Startdatum).MoetLukken();
        Consulent = casus.VoegBetrokkeneToe(Professional("Sanne de Vries", "jeugdconsulent", gemeente.Naam, OrganisatieType.Gemeente,
            TelefoonConsulent, "ma t/m do 9-17 uur"), Startdatum).MoetLukken();
        Jeugdbeschermer = casus.VoegBetrokkeneToe(Professional("Peter Bos", "jeugdbeschermer", "Jeugdbescherming Overijssel",
            OrganisatieType.GecertificeerdeInstelling, "038-1234567"), Startdatum).MoetLukken();
        Zorgaanbieder = casus.VoegBetrokkeneToe(Professional("Fatima El Amrani", "behandelaar", "Karakter",
            OrganisatieType.Zorgaanbieder, "074-7654321"), Startdatum).MoetLukken();
    }

    public Casus Casus { get; }
    public Organisatie Gemeente { get; }
    public Betrokkene Vader { get; }
    public Betrokkene Moeder { get; }
    public Betrokkene Consulent { get; }
    public Betrokkene Jeugdbeschermer { get; }
    public Betrokkene Zorgaanbieder { get; }

    public static HandreikingSjabloon Sjabloon() => HandreikingSjabloon.Standaard(Nu);

    public static Organisatie NieuweGemeente() => new("Gemeente Enschede", OrganisatieType.Gemeente, "GM0153", "Twente");

    public static Casus Leeg(Maatregel maatregel = Maatregel.Geen, HandreikingSjabloon? sjabloon = null) =>
        Casus.Open("TW-2026-0042", "Tukker", NieuweGemeente(), ["OB3B"], maatregel,
            "Ouders willen rust en duidelijkheid; Wesley loopt vast op school.", sjabloon ?? Sjabloon(), Startdatum);

    public static TestCasus Nieuw(Maatregel maatregel = Maatregel.Geen, HandreikingSjabloon? sjabloon = null)
    {
        var gemeente = NieuweGemeente();
        var casus = Casus.Open("TW-2026-0042", "Tukker", gemeente, ["OB3B", "OB4A"], maatregel,
            "Ouders willen rust en duidelijkheid; Wesley loopt vast op school.", sjabloon ?? Sjabloon(), Startdatum);
        return new TestCasus(casus, gemeente);
    }

    public static BetrokkeneGegevens Professional(string naam, string rol, string organisatie, OrganisatieType type,
        string? telefoon = null, string? bereikbaarheid = null) =>
        new(BetrokkeneSoort.Professional, naam, rol, telefoon, null, bereikbaarheid, Guid.NewGuid(), organisatie, type, Guid.NewGuid());

    /// <summary>The regievoerder the rules demand: the jeugdbeschermer under a maatregel, otherwise the jeugdconsulent.</summary>
    public Betrokkene PassendeRegievoerder => Casus.Maatregel == Maatregel.Geen ? Consulent : Jeugdbeschermer;

    /// <summary>Everything vaststellen needs: procesregie, a taak, an evaluatiedatum, all seven steps agreed and an MDO.</summary>
    public Overleg MaakKlaarVoorVaststellen()
    {
        if (Casus.ActieveProcesregie is null) Casus.WijsProcesregieToe(PassendeRegievoerder.Id, Mandaat, Nu).MoetLukken();
        if (!Casus.Taken.Any(t => t.Status is TaakStatus.Open or TaakStatus.Bezig))
            Casus.VoegTaakToe("Onderzoek naar de problemen van Wesley op school", Zorgaanbieder.Id, "Onderwijs", Vandaag.AddDays(30), Vandaag).MoetLukken();
        Casus.PlanEvaluatie(Vandaag.AddDays(90), Vandaag).MoetLukken();
        SpreekAllesAf();
        return Casus.PlanOverleg(Nu, [Vader.Id, Moeder.Id, Consulent.Id, Zorgaanbieder.Id]).MoetLukken();
    }

    public void SpreekAllesAf()
    {
        foreach (var stap in Casus.Stappen.Where(s => s.Status != StapStatus.Afgesproken).ToList())
            Casus.WijzigStap(stap.Nummer, $"Afspraak bij {stap.Titel}", StapStatus.Afgesproken, "Sanne de Vries", Nu).MoetLukken();
    }

    public Handreikingversie StelVast(Overleg overleg, DateTimeOffset? op = null) =>
        Casus.StelVast(overleg.Id, new OudersAntwoord(true, null), Consulent.Id, Consulent.Naam, op ?? Nu).MoetLukken();

    public Handreikingversie StelVast() => StelVast(MaakKlaarVoorVaststellen());
}

internal static class UitkomstAsserties
{
    public static T MoetLukken<T>(this Uitkomst<T> uitkomst)
    {
        Assert.True(uitkomst.Gelukt, $"Verwacht gelukt, maar: {uitkomst.Melding}");
        return uitkomst.Waarde!;
    }

    public static void MoetLukken(this Uitkomst uitkomst) =>
        Assert.True(uitkomst.Gelukt, $"Verwacht gelukt, maar: {uitkomst.Melding}");

    /// <summary>Asserts the refusal and that its Dutch message contains each given fragment.</summary>
    public static string? MoetWeigerenMetVeld(this Uitkomst uitkomst)
    {
        Assert.True(uitkomst.IsFout, "Verwacht dat dit geweigerd werd.");
        return uitkomst.Veld;
    }

    public static string MoetWeigeren(this Uitkomst uitkomst, params string[] bevat)
    {
        Assert.True(uitkomst.IsFout, "Verwacht een weigering, maar de actie lukte.");
        foreach (var tekst in bevat) Assert.Contains(tekst, uitkomst.Melding, StringComparison.Ordinal);
        return uitkomst.Melding;
    }
}
