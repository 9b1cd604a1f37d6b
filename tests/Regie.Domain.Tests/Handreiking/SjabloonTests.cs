using Regie.Domain.Gedeeld;
using Regie.Domain.Handreiking;
using static Regie.Domain.Tests.TestCasus;

namespace Regie.Domain.Tests.Handreiking;

public sealed class SjabloonTests
{
    [Fact]
    public void Het_standaardsjabloon_heeft_de_zeven_stappen_uit_de_handreiking()
    {
        var sjabloon = HandreikingSjabloon.Standaard(Nu);

        Assert.Equal(1, sjabloon.Versie);
        Assert.Equal(
            ["Betrokkenen", "Hulpvraag en doelen", "Wie doet wat", "Regie", "Communicatie", "Evaluatie", "Verandering, overdracht en afsluiting"],
            sjabloon.Stappen.Select(s => s.Titel));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], sjabloon.Stappen.Select(s => s.Nummer));
        Assert.All(sjabloon.Stappen, s => Assert.NotEmpty(s.Hulpvragen));
        Assert.Contains("Wie uit het netwerk doet mee?", sjabloon.Stap(1).Hulpvragen);
    }

    [Fact]
    public void Een_nieuwe_versie_hoogt_het_versienummer_op()
    {
        var v1 = HandreikingSjabloon.Standaard(Nu);

        var v2 = v1.NieuweVersie("Regie in Twente", EigenWoorden(v1), Nu.AddDays(1)).MoetLukken();
        var v3 = v2.NieuweVersie("Regie in Twente", EigenWoorden(v2), Nu.AddDays(2)).MoetLukken();

        Assert.Equal(2, v2.Versie);
        Assert.Equal(3, v3.Versie);
        Assert.NotEqual(v1.Id, v2.Id);
        Assert.Equal("Samen afspreken", v2.Stap(2).Titel);
        Assert.Equal("Hulpvraag en doelen", v1.Stap(2).Titel);
    }

    [Fact]
    public void Een_casus_houdt_de_woorden_van_het_sjabloon_waarmee_hij_begon()
    {
        var v1 = HandreikingSjabloon.Standaard(Nu);
        var casus = Leeg(sjabloon: v1);

        var v2 = v1.NieuweVersie("Regie in Twente", EigenWoorden(v1), Nu.AddDays(1)).MoetLukken();
        var nieuweCasus = Leeg(sjabloon: v2);

        Assert.Equal(1, casus.SjabloonVersie);
        Assert.Equal(v1.Id, casus.SjabloonId);
        Assert.Equal("Hulpvraag en doelen", casus.Stap(2).Titel);
        Assert.Equal(v1.Stap(2).Hulpvragen, casus.Stap(2).Hulpvragen);
        Assert.Equal(2, nieuweCasus.SjabloonVersie);
        Assert.Equal("Samen afspreken", nieuweCasus.Stap(2).Titel);
    }

    [Fact]
    public void Een_sjabloon_met_zes_stappen_wordt_geweigerd()
    {
        var zes = HandreikingSjabloon.Standaard(Nu).Stappen.Take(6);

        var fout = Assert.Throws<DomeinException>(() => new HandreikingSjabloon(2, "Te kort", zes, Nu));

        Assert.Contains("zeven stappen", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Een_sjabloon_met_een_dubbele_stap_wordt_geweigerd()
    {
        var stappen = HandreikingSjabloon.Standaard(Nu).Stappen.Take(6).Append(new SjabloonStap(6, StapSoort.Evaluatie, "Nog een evaluatie", [])).ToList();

        Assert.Throws<DomeinException>(() => new HandreikingSjabloon(2, "Dubbel", stappen, Nu));
    }

    [Fact]
    public void Een_sjabloon_met_acht_stappen_wordt_geweigerd()
    {
        var standaard = HandreikingSjabloon.Standaard(Nu).Stappen;
        var acht = standaard.Append(new SjabloonStap(3, StapSoort.WieDoetWat, "Nog eens wie doet wat", [])).ToList();

        Assert.Throws<DomeinException>(() => new HandreikingSjabloon(2, "Te lang", acht, Nu));
    }

    [Fact]
    public void Een_stap_buiten_1_tot_7_bestaat_niet()
    {
        Assert.Throws<DomeinException>(() => new SjabloonStap(8, StapSoort.Verandering, "Nazorg", []));
        Assert.Throws<DomeinException>(() => new SjabloonStap(0, StapSoort.Betrokkenen, "Intake", []));
    }

    private static List<SjabloonStap> EigenWoorden(HandreikingSjabloon basis) =>
        basis.Stappen.Select(s => s.Nummer == 2 ? new SjabloonStap(2, StapSoort.Hulpvraag, "Samen afspreken", ["Wat willen jullie bereiken?"]) : s).ToList();
}
