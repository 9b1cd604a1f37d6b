using Regie.Domain.Casussen;
using Regie.Domain.Gedeeld;
using Regie.Domain.Toestemmingen;

namespace Regie.Domain.Tests.Toestemmingen;

public sealed class ToestemmingTests
{
    private static readonly Guid Organisatie = Guid.NewGuid();
    private readonly TestCasus _t = TestCasus.Nieuw();

    private Betrokkene Gezinslid(string naam, bool isOuder = false, bool? gezag = null, int? leeftijd = null) =>
        _t.Casus.VoegBetrokkeneToe(new(BetrokkeneSoort.Gezinslid, naam, isOuder ? "ouder" : "kind", IsOuder: isOuder, HeeftGezag: gezag,
            // The birthday a day ago: exactly this age today.
            Geboortedatum: leeftijd is { } j ? TestCasus.Vandaag.AddYears(-j).AddDays(-1) : null), TestCasus.Startdatum).MoetLukken();

    private Uitkomst<Toestemming> Geef(Betrokkene gever, Betrokkene? samenMet = null, string? doel = "Afstemmen over school",
        DateOnly? op = null, DateOnly? tot = null) =>
        Toestemming.Geef(_t.Casus, gever.Id, samenMet?.Id, Organisatie, doel, op ?? TestCasus.Vandaag, tot, Guid.NewGuid(),
            "Sanne de Vries", TestCasus.Nu, TestCasus.Vandaag);

    [Fact]
    public void Ouder_met_gezag_geeft_alleen_toestemming()
    {
        var t = Geef(Gezinslid("Johan", true, true)).MoetLukken();
        Assert.True(t.IsGeldigOp(TestCasus.Vandaag));
        Assert.Equal("Johan", t.GegevenDoorNaam);
    }

    [Fact]
    public void Ouder_zonder_gezag_wordt_geweigerd()
    {
        var uitkomst = Geef(Gezinslid("Henk", true, false));
        Assert.True(uitkomst.IsFout);
        Assert.Contains("gezag", uitkomst.Melding, StringComparison.Ordinal);
        Assert.Equal(nameof(Toestemming.GegevenDoorId), uitkomst.Veld);
    }

    [Fact]
    public void Kind_onder_12_wordt_geweigerd_ook_met_een_ouder()
    {
        var uitkomst = Geef(Gezinslid("Noah", leeftijd: 11), Gezinslid("Johan", true, true));
        Assert.True(uitkomst.IsFout);
        Assert.Contains("jonger dan 12 jaar", uitkomst.Melding, StringComparison.Ordinal);
    }

    [Fact]
    public void Jongere_van_12_tot_16_alleen_met_een_ouder_met_gezag()
    {
        var wesley = Gezinslid("Wesley", leeftijd: 14);
        var alleen = Geef(wesley);
        Assert.True(alleen.IsFout);
        Assert.Equal(nameof(Toestemming.SamenMetId), alleen.Veld);
        Assert.Contains("samen met een ouder met gezag", alleen.Melding, StringComparison.Ordinal);
        Assert.True(Geef(wesley, Gezinslid("Henk", true, false)).IsFout);
        Assert.Equal(wesley.Id, Geef(wesley, Gezinslid("Johan", true, true)).MoetLukken().GegevenDoorId);
        Assert.True(Geef(Gezinslid("Twaalf", leeftijd: 12), Gezinslid("Anja", true, true)).Gelukt);
    }

    [Fact]
    public void Jongere_vanaf_16_geeft_alleen_toestemming()
    {
        Assert.True(Geef(Gezinslid("Lisa", leeftijd: 16)).Gelukt);
        Assert.True(Geef(Gezinslid("Tim", leeftijd: 15)).IsFout);
    }

    [Fact]
    public void Jeugdige_zonder_geboortedatum_wordt_geweigerd() =>
        Assert.Contains("geboortedatum", Geef(Gezinslid("Onbekend")).Melding, StringComparison.Ordinal);

    [Fact]
    public void Netwerk_en_professional_geven_geen_toestemming()
    {
        var oma = _t.Casus.VoegBetrokkeneToe(new(BetrokkeneSoort.Netwerk, "Gerda", "oma"), TestCasus.Startdatum).MoetLukken();
        Assert.True(Geef(oma).IsFout);
        Assert.True(Geef(_t.Consulent).IsFout);
    }

    [Theory]
    [InlineData(null, "Het doel is verplicht.")]
    [InlineData("  ", "Het doel is verplicht.")]
    public void Doel_is_verplicht(string? doel, string melding)
    {
        var uitkomst = Geef(Gezinslid("Johan", true, true), doel: doel);
        Assert.Equal(melding, uitkomst.Melding);
        Assert.Equal(nameof(Toestemming.Doel), uitkomst.Veld);
    }

    [Fact]
    public void Doel_hoogstens_500_tekens() =>
        Assert.Equal(nameof(Toestemming.Doel), Geef(Gezinslid("Johan", true, true), doel: new string('a', 501)).Veld);

    [Fact]
    public void Geldig_tot_niet_voor_de_datum_van_geven_en_niet_in_de_toekomst_gegeven()
    {
        var johan = Gezinslid("Johan", true, true);
        Assert.Equal(nameof(Toestemming.GeldigTot), Geef(johan, tot: TestCasus.Vandaag.AddDays(-1)).Veld);
        Assert.Equal(nameof(Toestemming.GegevenOp), Geef(johan, op: TestCasus.Vandaag.AddDays(1)).Veld);
        Assert.True(Geef(johan, tot: TestCasus.Vandaag).Gelukt);
    }

    [Fact]
    public void Geldig_tot_en_met_de_einddatum()
    {
        var t = Geef(Gezinslid("Johan", true, true), tot: TestCasus.Vandaag.AddDays(10)).MoetLukken();
        Assert.True(t.IsGeldigOp(TestCasus.Vandaag.AddDays(10)));
        Assert.False(t.IsGeldigOp(TestCasus.Vandaag.AddDays(11)));
    }

    [Fact]
    public void Twee_keer_intrekken_bewaart_een_intrekking()
    {
        var t = Geef(Gezinslid("Johan", true, true)).MoetLukken();
        Assert.True(t.TrekIn("Johan", TestCasus.Nu));
        Assert.False(t.TrekIn("Iemand anders", TestCasus.Nu.AddHours(1)));
        Assert.Equal(TestCasus.Nu, t.IngetrokkenOp);
        Assert.Equal("Johan", t.IngetrokkenDoor);
        Assert.False(t.IsGeldigOp(TestCasus.Vandaag));
    }

    [Fact]
    public void Wie_gaf_mag_intrekken()
    {
        var johan = Gezinslid("Johan", true, true);
        var wesley = Gezinslid("Wesley", leeftijd: 13);
        var t = Geef(wesley, johan).MoetLukken();
        Assert.True(t.IsGegevenDoor(johan.Id));
        Assert.True(t.IsGegevenDoor(wesley.Id));
        Assert.False(t.IsGegevenDoor(Guid.NewGuid()));
    }
}
