using Regie.Domain.Gedeeld;
using Regie.Domain.Organisaties;

namespace Regie.Domain.Tests.Organisaties;

public sealed class OrganisatieTests
{
    [Fact]
    public void Een_gemeente_met_een_CBS_code_wordt_aangemaakt()
    {
        var gemeente = new Organisatie("Gemeente Hengelo", OrganisatieType.Gemeente, " gm0164 ", "Twente");

        Assert.Equal("GM0164", gemeente.Gemeentecode);
        Assert.Equal(OrganisatieType.Gemeente, gemeente.Type);
        Assert.True(gemeente.Actief);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0164")]
    [InlineData("GM164")]
    [InlineData("GM01644")]
    [InlineData("GX0164")]
    public void Een_gemeente_zonder_geldige_gemeentecode_wordt_geweigerd(string? code)
    {
        var fout = Assert.Throws<DomeinException>(() => new Organisatie("Gemeente Hengelo", OrganisatieType.Gemeente, code, "Twente"));

        Assert.Contains("GM0141", fout.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OrganisatieType.GecertificeerdeInstelling)]
    [InlineData(OrganisatieType.Zorgaanbieder)]
    [InlineData(OrganisatieType.Onderwijs)]
    [InlineData(OrganisatieType.Overig)]
    public void Een_organisatie_die_geen_gemeente_is_heeft_geen_gemeentecode(OrganisatieType type)
    {
        var fout = Assert.Throws<DomeinException>(() => new Organisatie("Karakter", type, "GM0164", "Twente"));

        Assert.Contains("Alleen een gemeente", fout.Message, StringComparison.Ordinal);
        Assert.Null(new Organisatie("Karakter", type, null, "Twente").Gemeentecode);
    }

    [Fact]
    public void Een_gemeente_omzetten_naar_zorgaanbieder_zonder_de_code_te_wissen_wordt_geweigerd()
    {
        var organisatie = new Organisatie("Wijkteam", OrganisatieType.Gemeente, "GM0153", null);

        Assert.Throws<DomeinException>(() => organisatie.Wijzig("Wijkteam", OrganisatieType.Zorgaanbieder, "GM0153", null));

        Assert.Equal(OrganisatieType.Gemeente, organisatie.Type);
    }

    [Fact]
    public void Een_geweigerde_wijziging_laat_de_organisatie_ongemoeid()
    {
        var organisatie = new Organisatie("Gemeente Enschede", OrganisatieType.Gemeente, "GM0153", "Twente");

        Assert.Throws<DomeinException>(() => organisatie.Wijzig("Gemeente Hengelo", OrganisatieType.Gemeente, "0164", "Twente"));

        Assert.Equal(("Gemeente Enschede", "GM0153"), (organisatie.Naam, organisatie.Gemeentecode));
    }

    [Fact]
    public void Een_organisatie_zonder_naam_wordt_geweigerd()
    {
        Assert.Throws<DomeinException>(() => new Organisatie(" ", OrganisatieType.Zorgaanbieder, null, null));
    }
}
