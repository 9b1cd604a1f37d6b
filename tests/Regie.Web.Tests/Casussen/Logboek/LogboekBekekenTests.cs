using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Web.Demo;

namespace Regie.Web.Tests.Casussen.Logboek;

/// <summary>NEN 7513: every page that shows casus content leaves exactly one Bekeken line, also when a refused form
/// post shows the page again.</summary>
public sealed class LogboekBekekenTests(RegieApp app) : IClassFixture<RegieApp>
{
    private async Task<Guid> TukkerAsync()
    {
        await using var db = app.NieuweDbContext();
        return await db.Casussen.Where(c => c.Code == DemoData.TukkerCode).Select(c => c.Id).SingleAsync();
    }

    private async Task<long> LaatsteRegelAsync()
    {
        await using var db = app.NieuweDbContext();
        return await db.Logboek.MaxAsync(l => (long?)l.Id) ?? 0;
    }

    private async Task<List<LogboekRegel>> RegelsNaAsync(long na)
    {
        await using var db = app.NieuweDbContext();
        return await db.Logboek.Where(l => l.Id > na).OrderBy(l => l.Id).ToListAsync();
    }

    [Theory]
    [InlineData("Mdo", "Evaluatie", "Evaluatie.Datum")]
    [InlineData("Taken", "Nieuw", "Nieuw.Omschrijving")]
    [InlineData("Betrokkenen", "Persoon", "Persoon.Naam")]
    public async Task Een_geweigerd_formulier_dat_de_casus_opnieuw_toont_schrijft_precies_een_Bekeken_regel(string pagina, string handler, string veld)
    {
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var casus = await TukkerAsync();
        var html = await RegieApp.LeesHtmlAsync(await sanne.GetAsync($"/Casussen/{casus}/{pagina}"));
        var formulier = Formulier.Van(html.QuerySelector($"form[action*='handler={handler}']")!).Met(veld, "");
        var voor = await LaatsteRegelAsync();

        var response = await formulier.PostAsync(sanne);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Gezin Tukker", (await RegieApp.LeesHtmlAsync(response)).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var regel = Assert.Single(await RegelsNaAsync(voor));
        Assert.Equal((casus, LogboekActie.Bekeken, "Sanne de Vries"), (regel.CasusId, regel.Actie, regel.Gebruiker));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/Mdo")]
    [InlineData("/Taken")]
    [InlineData("/Betrokkenen")]
    [InlineData("/Regie")]
    [InlineData("/Gegevens")]
    [InlineData("/Versies")]
    [InlineData("/Versies/1")]
    [InlineData("/Versies/Vergelijk?a=1&b=1")]
    [InlineData("/Logboek")]
    [InlineData("/Ouders")]
    [InlineData("/Afsluiten")]
    [InlineData("/Vaststellen")]
    [InlineData("/Betrokkenen/{betrokkene}/Wijzigen")]
    [InlineData("/Taken/{taak}/Wijzigen")]
    public async Task Elke_casuspagina_schrijft_bij_bekijken_precies_een_Bekeken_regel(string pad)
    {
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var casus = await TukkerAsync();
        await using (var db = app.NieuweDbContext())
        {
            var betrokkene = await db.Betrokkenen.Where(b => b.CasusId == casus && b.Naam == "Johan Tukker").Select(b => b.Id).SingleAsync();
            var taak = await db.Taken.Where(t => t.CasusId == casus).Select(t => t.Id).FirstAsync();
            pad = pad.Replace("{betrokkene}", betrokkene.ToString(), StringComparison.Ordinal).Replace("{taak}", taak.ToString(), StringComparison.Ordinal);
        }
        var voor = await LaatsteRegelAsync();

        var response = await sanne.GetAsync($"/Casussen/{casus}{pad}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var regel = Assert.Single(await RegelsNaAsync(voor));
        Assert.Equal((casus, LogboekActie.Bekeken), (regel.CasusId, regel.Actie));
    }

    [Theory]
    [InlineData("Taken/{onbekend}/Wijzigen")]
    [InlineData("Betrokkenen/{onbekend}/Wijzigen")]
    [InlineData("Versies/99")]
    [InlineData("Versies/Vergelijk?a=1&b=99")]
    public async Task Een_onderdeel_dat_er_niet_is_geeft_404_zonder_Bekeken_regel(string pad)
    {
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var casus = await TukkerAsync();
        var voor = await LaatsteRegelAsync();

        var response = await sanne.GetAsync($"/Casussen/{casus}/{pad.Replace("{onbekend}", Guid.NewGuid().ToString(), StringComparison.Ordinal)}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(await RegelsNaAsync(voor), r => r.Actie == LogboekActie.Bekeken);
    }

    [Fact]
    public async Task Het_logboek_doorzoeken_in_beheer_komt_zelf_in_het_logboek_zonder_de_zoekterm()
    {
        var beheerder = await app.IngelogdAlsAsync("beheerder");
        var voor = await LaatsteRegelAsync();

        var response = await beheerder.GetAsync("/Beheer/Logboek?gebruiker=Sanne&van=2026-11-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var regel = Assert.Single(await RegelsNaAsync(voor));
        Assert.Equal((null, "Logboek", LogboekActie.Bekeken), (regel.CasusId, regel.Entiteit, regel.Actie));
        Assert.Equal("Pagina 1, gezocht op: Gebruiker, Van", regel.Omschrijving);
    }
}
