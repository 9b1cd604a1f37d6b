using Regie.Domain.Casussen;
using Regie.Domain.Gedeeld;
using Regie.Domain.Organisaties;
using Regie.Domain.Regievoering;
using static Regie.Domain.Tests.TestCasus;

namespace Regie.Domain.Tests.Casussen;

/// <summary>The rules of opening a casus: who it starts with, from which day, under which code.</summary>
public sealed class CasusOpenenDoorMedewerkerTests
{
    private static (Casus Casus, Medewerker Opener) OpenDoorConsulent(Maatregel maatregel = Maatregel.Geen, DateTimeOffset? nu = null)
    {
        var gemeente = NieuweGemeente();
        var opener = new Medewerker(gemeente.Id, "Sanne de Vries", "sanne@enschede.nl", "jeugdconsulent", "053-4811111", "ma t/m do");
        var casus = Casus.Open("TW-2026-0042", "Tukker", gemeente, ["OB3B"], maatregel, "Rust in het gezin", Sjabloon(),
            opener, gemeente, nu ?? Nu);
        return (casus, opener);
    }

    [Fact]
    public void Wie_een_casus_opent_wordt_de_eerste_betrokkene_met_de_gegevens_van_het_account()
    {
        var (casus, opener) = OpenDoorConsulent();

        var ik = Assert.Single(casus.Betrokkenen);
        Assert.Equal(opener.Id, ik.MedewerkerId);
        Assert.Equal(BetrokkeneSoort.Professional, ik.Soort);
        Assert.Equal("Sanne de Vries", ik.Naam);
        Assert.Equal("jeugdconsulent", ik.RolOfRelatie);
        Assert.Equal("053-4811111", ik.Telefoon);
        Assert.Equal("Gemeente Enschede", ik.OrganisatieNaam);
        Assert.Equal(OrganisatieType.Gemeente, ik.OrganisatieType);
        Assert.True(casus.IsActiefBetrokken(opener.Id));
    }

    [Fact]
    public void Zonder_functie_heet_de_rol_van_de_opener_professional()
    {
        var gemeente = NieuweGemeente();
        var opener = new Medewerker(gemeente.Id, "Sanne de Vries", "sanne@enschede.nl", null, null, null);

        var casus = Casus.Open("TW-2026-0042", "Tukker", gemeente, [], Maatregel.Geen, "Rust", Sjabloon(), opener, gemeente, Nu);

        Assert.Equal("Professional", Assert.Single(casus.Betrokkenen).RolOfRelatie);
    }

    [Fact]
    public void Zonder_maatregel_is_de_opener_voorlopig_procesregievoerder()
    {
        var (casus, opener) = OpenDoorConsulent();

        Assert.Equal(opener.Id, casus.Procesregievoerder?.MedewerkerId);
        Assert.Equal(RegieSoort.Procesregie, casus.ActieveProcesregie!.Soort);
    }

    [Theory]
    [InlineData(Maatregel.Ots)]
    [InlineData(Maatregel.Voogdij)]
    public void Bij_een_maatregel_is_de_opener_betrokken_maar_geen_regievoerder(Maatregel maatregel)
    {
        var (casus, opener) = OpenDoorConsulent(maatregel);

        Assert.True(casus.IsActiefBetrokken(opener.Id));
        Assert.Null(casus.ActieveProcesregie);
    }

    [Fact]
    public void De_startdatum_is_de_dag_waarop_de_casus_wordt_geopend_in_utc()
    {
        var (casus, _) = OpenDoorConsulent(nu: new DateTimeOffset(2026, 3, 2, 0, 30, 0, TimeSpan.FromHours(1)));

        Assert.Equal(new DateOnly(2026, 3, 1), casus.Startdatum);
        Assert.Equal(new DateOnly(2026, 3, 1), Assert.Single(casus.Betrokkenen).BetrokkenVan);
    }

    [Fact]
    public void Een_opener_van_een_andere_organisatie_is_een_programmeerfout()
    {
        var gemeente = NieuweGemeente();
        var opener = new Medewerker(Guid.NewGuid(), "Sanne de Vries", "sanne@enschede.nl", null, null, null);

        Assert.Throws<DomeinException>(() =>
            Casus.Open("TW-2026-0042", "Tukker", gemeente, [], Maatregel.Geen, "Rust", Sjabloon(), opener, gemeente, Nu));
    }

    [Fact]
    public void De_eerste_casus_van_het_jaar_krijgt_nummer_1()
    {
        Assert.Equal("TW-2026-0001", Casus.VolgendeCode("TW", 2026, []));
    }

    [Fact]
    public void De_volgende_code_komt_na_de_hoogste_van_het_jaar_ook_als_er_gaten_zijn()
    {
        Assert.Equal("TW-2026-0043", Casus.VolgendeCode("TW", 2026, ["TW-2026-0001", "TW-2026-0042", "TW-2026-0007"]));
    }

    [Fact]
    public void Codes_van_een_ander_jaar_of_een_ander_voorvoegsel_tellen_niet_mee()
    {
        Assert.Equal("TW-2026-0003",
            Casus.VolgendeCode("TW", 2026, ["TW-2025-0099", "HG-2026-0050", "TW-2026-0002", "TWX-2026-0070"]));
    }

    [Fact]
    public void Een_voorvoegsel_in_kleine_letters_telt_de_bewaarde_hoofdletters_mee()
    {
        Assert.Equal("TW-", Casus.CodeBegin(" tw ", 2026)[..3]);
        Assert.Equal("TW-2026-0011", Casus.VolgendeCode("tw", 2026, ["TW-2026-0010"]));
    }
}
