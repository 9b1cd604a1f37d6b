using System.Text.Json;
using Regie.Domain.Handreiking;
using static Regie.Domain.Tests.TestCasus;

namespace Regie.Domain.Tests.Handreiking;

/// <summary>The rules follow the kind of a step, so a region may re-order and re-word the seven steps.</summary>
public sealed class StapSoortTests
{
    // Regie first, Hulpvraag fourth: the old step numbers 1, 3, 4 and 6 now point at other kinds.
    private static readonly StapSoort[] Volgorde =
        [StapSoort.Regie, StapSoort.Betrokkenen, StapSoort.Evaluatie, StapSoort.Hulpvraag, StapSoort.WieDoetWat, StapSoort.Communicatie, StapSoort.Verandering];

    private static HandreikingSjabloon Herordend()
    {
        var standaard = HandreikingSjabloon.Standaard(Nu);
        var stappen = Volgorde.Select((soort, i) => standaard.Stap(soort) with { Nummer = i + 1, Titel = $"Onze {StapSoorten.Naam(soort).ToLowerInvariant()}" });
        return standaard.NieuweVersie("Regie op z'n Twents", stappen, Nu).MoetLukken();
    }

    [Fact]
    public void Het_standaardsjabloon_geeft_elke_stap_zijn_soort_in_de_volgorde_van_de_handreiking()
    {
        var sjabloon = HandreikingSjabloon.Standaard(Nu);

        Assert.Equal(Enum.GetValues<StapSoort>(), sjabloon.Stappen.OrderBy(s => s.Nummer).Select(s => s.Soort));
    }

    [Fact]
    public void Een_casus_neemt_volgorde_en_soort_over_van_een_herordend_sjabloon()
    {
        var t = Nieuw(sjabloon: Herordend());

        Assert.Equal(Volgorde, t.Casus.Stappen.OrderBy(s => s.Nummer).Select(s => s.Soort));
        Assert.Equal("Onze regie", t.Casus.Stap(1).Titel);
        Assert.Equal(4, t.Casus.Stap(StapSoort.Hulpvraag).Nummer);
    }

    [Fact]
    public void Na_herordenen_vraagt_de_regiestap_nog_steeds_om_een_regievoerder()
    {
        var t = Nieuw(sjabloon: Herordend());

        t.Casus.WijzigStap(1, "Sanne voert regie", StapStatus.Afgesproken, "Sanne", Nu).MoetWeigeren("Wijs eerst de procesregievoerder aan");
        // Place 4 is now Hulpvraag, which rests on no structured data; place 3 is Evaluatie, which needs a date.
        t.Casus.WijzigStap(4, "De hulpvraag is helder", StapStatus.Afgesproken, "Sanne", Nu).MoetLukken();
        t.Casus.WijzigStap(3, "Evalueren in het MDO", StapStatus.Afgesproken, "Sanne", Nu).MoetWeigeren("datum van de volgende evaluatie");
        t.Casus.WijzigStap(5, "Ieder doet zijn deel", StapStatus.Afgesproken, "Sanne", Nu).MoetWeigeren("er is nog geen taak");
    }

    [Fact]
    public void Na_herordenen_gaan_bij_vertrek_de_stappen_betrokkenen_en_wie_doet_wat_terug_naar_bespreking()
    {
        var t = Nieuw(sjabloon: Herordend());
        t.StelVast();

        t.Casus.BeeindigBetrokkenheid(t.Moeder.Id, Vandaag, "Verhuisd", Nu).MoetLukken();

        var terug = t.Casus.Stappen.Where(s => s.Status == StapStatus.InBespreking).Select(s => s.Soort).Order();
        Assert.Equal([StapSoort.Betrokkenen, StapSoort.WieDoetWat], terug);
        Assert.Equal(StapStatus.Afgesproken, t.Casus.Stap(1).Status);
    }

    [Fact]
    public void Na_herordenen_zet_een_nieuwe_hulpvraag_hulpvraag_wie_doet_wat_en_evaluatie_terug()
    {
        var t = Nieuw(sjabloon: Herordend());
        t.StelVast();

        t.Casus.WijzigHulpvraag("Moeder is weer aan het werk; nu vooral Wesley.", Nu).MoetLukken();

        var terug = t.Casus.Stappen.Where(s => s.Status == StapStatus.InBespreking).Select(s => s.Soort).Order();
        Assert.Equal([StapSoort.Hulpvraag, StapSoort.WieDoetWat, StapSoort.Evaluatie], terug);
    }

    [Fact]
    public void Na_herordenen_zet_een_overdracht_regie_en_communicatie_terug()
    {
        var t = Nieuw(sjabloon: Herordend());
        t.StelVast();
        var overdracht = t.Casus.StelOverdrachtVoor(t.Zorgaanbieder.Id, null, Nu).MoetLukken();

        t.Casus.AccepteerOverdracht(overdracht.Id, Nu).MoetLukken();

        Assert.Equal(StapStatus.InBespreking, t.Casus.Stap(1).Status);
        Assert.Equal(StapStatus.InBespreking, t.Casus.Stap(6).Status);
        Assert.Equal(2, t.Casus.Stappen.Count(s => s.Status == StapStatus.InBespreking));
    }

    [Fact]
    public void De_vastgestelde_versie_bewaart_de_soort_van_elke_stap()
    {
        var t = Nieuw(sjabloon: Herordend());

        var versie = t.StelVast();

        Assert.Equal(Volgorde.Select(s => s.ToString()), versie.Inhoud.Stappen.OrderBy(s => s.Nummer).Select(s => s.Soort));
    }

    [Fact]
    public void Een_oude_versie_zonder_soort_is_nog_te_lezen()
    {
        const string json = """{"nummer":4,"titel":"Regie","hulpvragen":["Wie voert de regie?"],"status":"Afgesproken","afspraken":"Sanne"}""";

        var stap = JsonSerializer.Deserialize<SnapshotStap>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

        Assert.Equal((4, "Regie", "Sanne"), (stap.Nummer, stap.Titel, stap.Afspraken));
        Assert.Null(stap.Soort);
    }

    [Fact]
    public void De_soort_van_een_sjabloonstap_staat_als_tekst_in_de_json()
    {
        var opties = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var stap = HandreikingSjabloon.Standaard(Nu).Stap(StapSoort.WieDoetWat);

        var json = JsonSerializer.Serialize(stap, opties);

        Assert.Contains("\"soort\":\"WieDoetWat\"", json, StringComparison.Ordinal);
        var terug = JsonSerializer.Deserialize<SjabloonStap>(json, opties)!;
        Assert.Equal((stap.Nummer, stap.Soort, stap.Titel), (terug.Nummer, terug.Soort, terug.Titel));
    }

    [Fact]
    public void Een_nieuwe_versie_zonder_een_soort_stap_wordt_geweigerd()
    {
        var v1 = HandreikingSjabloon.Standaard(Nu);
        // The Regie step is replaced by a second Communicatie step: one kind doubled, one dropped.
        var stappen = v1.Stappen.Select(s => s.Soort == StapSoort.Regie ? s with { Soort = StapSoort.Communicatie } : s).ToList();

        v1.NieuweVersie("Zonder regie", stappen, Nu).MoetWeigeren("'Communicatie'", "meer dan één keer");
        v1.NieuweVersie("Zes stappen", v1.Stappen.Where(s => s.Soort != StapSoort.Evaluatie), Nu).MoetWeigeren("'Evaluatie' ontbreekt");
    }

    [Fact]
    public void Een_nieuwe_versie_met_twee_stappen_op_dezelfde_plek_wordt_geweigerd()
    {
        var v1 = HandreikingSjabloon.Standaard(Nu);
        var stappen = v1.Stappen.Select(s => s.Soort == StapSoort.Regie ? s with { Nummer = 3 } : s).ToList();

        v1.NieuweVersie("Dubbel nummer", stappen, Nu).MoetWeigeren("hetzelfde volgnummer (3)");
    }
}
