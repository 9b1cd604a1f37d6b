using Regie.Domain.Gedeeld;
using Regie.Domain.Organisaties;

namespace Regie.Domain.Tests.Organisaties;

public sealed class OrganisatieTests
{
    [Fact]
    public void Een_gemeente_met_een_CBS_code_wordt_aangemaakt()
    {
        var gemeente = Organisatie.Maak("Gemeente Hengelo", OrganisatieType.Gemeente, " gm0164 ", "Twente").MoetLukken();

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
    public void Een_gemeente_zonder_geldige_gemeentecode_wordt_geweigerd_bij_de_gemeentecode(string? code)
    {
        var fout = Organisatie.Maak("Gemeente Hengelo", OrganisatieType.Gemeente, code, "Twente");

        Assert.True(fout.IsFout);
        Assert.Equal("Een gemeente heeft een CBS-gemeentecode zoals GM0141.", fout.Melding);
        Assert.Equal(nameof(Organisatie.Gemeentecode), fout.Veld);
    }

    [Theory]
    [InlineData(OrganisatieType.GecertificeerdeInstelling)]
    [InlineData(OrganisatieType.Zorgaanbieder)]
    [InlineData(OrganisatieType.Onderwijs)]
    [InlineData(OrganisatieType.Overig)]
    public void Een_organisatie_die_geen_gemeente_is_heeft_geen_gemeentecode(OrganisatieType type)
    {
        var fout = Organisatie.Maak("Karakter", type, "GM0164", "Twente");

        Assert.Equal("Alleen een gemeente heeft een gemeentecode.", fout.Melding);
        Assert.Equal(nameof(Organisatie.Gemeentecode), fout.Veld);
        Assert.Null(Organisatie.Maak("Karakter", type, null, "Twente").MoetLukken().Gemeentecode);
    }

    [Fact]
    public void Een_gemeente_omzetten_naar_zorgaanbieder_zonder_de_code_te_wissen_wordt_geweigerd()
    {
        var organisatie = new Organisatie("Wijkteam", OrganisatieType.Gemeente, "GM0153", null);

        var fout = organisatie.Wijzig("Wijkteam", OrganisatieType.Zorgaanbieder, "GM0153", null);

        Assert.Equal(nameof(Organisatie.Gemeentecode), fout.Veld);
        Assert.Equal(OrganisatieType.Gemeente, organisatie.Type);
    }

    [Fact]
    public void Een_geweigerde_wijziging_laat_de_organisatie_ongemoeid()
    {
        var organisatie = new Organisatie("Gemeente Enschede", OrganisatieType.Gemeente, "GM0153", "Twente");

        Assert.True(organisatie.Wijzig("Gemeente Hengelo", OrganisatieType.Gemeente, "0164", "Twente").IsFout);
        Assert.True(organisatie.Wijzig("Gemeente Hengelo", OrganisatieType.Gemeente, "GM0164", new string('r', 101)).IsFout);

        Assert.Equal(("Gemeente Enschede", "GM0153", "Twente"), (organisatie.Naam, organisatie.Gemeentecode, organisatie.Regio));
    }

    [Fact]
    public void Een_organisatie_zonder_naam_wordt_geweigerd_bij_de_naam()
    {
        var fout = Organisatie.Maak(" ", OrganisatieType.Zorgaanbieder, null, null);

        Assert.Equal("De naam van de organisatie is verplicht.", fout.Melding);
        Assert.Equal(nameof(Organisatie.Naam), fout.Veld);
    }

    [Fact]
    public void Een_te_lange_regio_wordt_geweigerd_bij_de_regio()
    {
        var fout = Organisatie.Maak("Karakter", OrganisatieType.Zorgaanbieder, null, new string('r', 101));

        Assert.Equal("De regio mag hoogstens 100 tekens lang zijn.", fout.Melding);
        Assert.Equal(nameof(Organisatie.Regio), fout.Veld);
    }

    [Fact]
    public void Een_onmogelijke_organisatie_in_code_is_een_programmeerfout()
    {
        Assert.Throws<DomeinException>(() => new Organisatie(" ", OrganisatieType.Zorgaanbieder, null, null));
    }
}
