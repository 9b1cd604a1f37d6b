using Regie.Domain.Casussen;
using Regie.Domain.Gedeeld;
using Regie.Domain.Handreiking;
using Regie.Domain.Organisaties;
using static Regie.Domain.Tests.TestCasus;

namespace Regie.Domain.Tests.Casussen;

public sealed class CasusOpenenTests
{
    [Fact]
    public void Een_nieuwe_casus_is_concept_met_zeven_open_stappen()
    {
        var casus = Casus.Open(" tw-2026-0042 ", "Tukker", NieuweGemeente(), ["ob3b", " OB3B ", ""], Maatregel.Geen,
            "Rust in het gezin", Sjabloon(), Startdatum);

        Assert.Equal("TW-2026-0042", casus.Code);
        Assert.Equal(CasusStatus.Concept, casus.Status);
        Assert.Equal(["OB3B"], casus.Indicaties);
        Assert.Equal(7, casus.Stappen.Count);
        Assert.All(casus.Stappen, s => Assert.Equal(StapStatus.Open, s.Status));
        Assert.False(casus.Herbeoordelen);
        Assert.Null(casus.GeldendeVersie);
    }

    [Fact]
    public void Een_casus_bij_een_organisatie_die_geen_gemeente_is_wordt_geweigerd()
    {
        var gi = new Organisatie("Jeugdbescherming Overijssel", OrganisatieType.GecertificeerdeInstelling, null, "Twente");

        var fout = Assert.Throws<DomeinException>(() =>
            Casus.Open("TW-2026-0042", "Tukker", gi, [], Maatregel.Geen, "Rust", Sjabloon(), Startdatum));

        Assert.Contains("gemeente", fout.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-0042")]
    [InlineData("TW-26-42")]
    [InlineData("TWENTE-2026-0042")]
    public void Een_casuscode_in_een_ander_formaat_wordt_geweigerd(string code)
    {
        var fout = Assert.Throws<DomeinException>(() =>
            Casus.Open(code, "Tukker", NieuweGemeente(), [], Maatregel.Geen, "Rust", Sjabloon(), Startdatum));

        Assert.Contains("TW-2026-0042", fout.Message, StringComparison.Ordinal);
    }
}
