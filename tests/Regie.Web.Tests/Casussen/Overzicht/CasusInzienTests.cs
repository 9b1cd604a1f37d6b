using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Web.Demo;

namespace Regie.Web.Tests.Casussen.Overzicht;

public sealed class CasusInzienTests(RegieApp app) : IClassFixture<RegieApp>
{
    private async Task<Guid> CasusIdAsync(string code)
    {
        await using var db = app.NieuweDbContext();
        return await db.Casussen.Where(c => c.Code == code).Select(c => c.Id).SingleAsync();
    }

    [Fact]
    public async Task Jeugdconsulent_ziet_Tukker_in_mijn_casussen_maar_niet_Bakker()
    {
        var client = await app.IngelogdAlsAsync("jeugdconsulent");

        var html = await RegieApp.LeesHtmlAsync(await client.GetAsync("/Casussen"));

        var rijen = html.QuerySelectorAll("table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Single(rijen);
        Assert.Contains(DemoData.TukkerCode, rijen[0], StringComparison.Ordinal);
        Assert.Contains("Sanne de Vries", rijen[0], StringComparison.Ordinal);
        Assert.DoesNotContain(DemoData.BakkerCode, html.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jeugdconsulent_opent_de_Tukker_casus_met_betrokkenen_regie_en_alle_zeven_stappen()
    {
        var client = await app.IngelogdAlsAsync("jeugdconsulent");
        var id = await CasusIdAsync(DemoData.TukkerCode);

        var response = await client.GetAsync($"/Casussen/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(response);
        Assert.Equal("Gezin Tukker TW-2026-0042", html.QuerySelector("h1")!.TextContent.Trim());
        var tekst = html.Body!.TextContent;
        foreach (var naam in new[] { "Johan Tukker", "Ellen Tukker", "Wesley Tukker", "Peter Jansen", "Ayşe Yılmaz", "Marloes van Dam" })
            Assert.Contains(naam, tekst, StringComparison.Ordinal);
        Assert.Contains("Procesregie: Sanne de Vries (Gemeente Almelo)", System.Text.RegularExpressions.Regex.Replace(tekst, @"\s+", " "), StringComparison.Ordinal);
        var stappen = html.QuerySelectorAll(".stap h3").Select(h => h.TextContent).ToList();
        Assert.Equal(7, stappen.Count);
        Assert.All(stappen, s => Assert.Contains("Afgesproken", s, StringComparison.Ordinal));
        Assert.Contains("Versie 1, vastgesteld op", tekst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bekijken_van_een_casus_komt_in_het_logboek()
    {
        var client = await app.IngelogdAlsAsync("behandelaar");
        var id = await CasusIdAsync(DemoData.TukkerCode);

        (await client.GetAsync($"/Casussen/{id}")).EnsureSuccessStatusCode();

        await using var db = app.NieuweDbContext();
        var regels = await db.Logboek.Where(l => l.CasusId == id && l.Actie == LogboekActie.Bekeken && l.Gebruiker == "Ayşe Yılmaz").ToListAsync();
        var regel = Assert.Single(regels);
        Assert.Equal("Casus", regel.Entiteit);
        Assert.NotNull(regel.GebruikerId);
        Assert.Equal(RegieApp.Start, regel.Tijdstip);
    }

    [Theory]
    [InlineData("buitenstaander")]
    [InlineData("jeugdbeschermer")]
    public async Task Wie_niet_betrokken_is_krijgt_404_op_Tukker_en_de_poging_wordt_gelogd(string account)
    {
        var client = await app.IngelogdAlsAsync(account);
        var id = await CasusIdAsync(DemoData.TukkerCode);

        var response = await client.GetAsync($"/Casussen/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var tekst = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Tukker", tekst, StringComparison.Ordinal);
        await using var db = app.NieuweDbContext();
        Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == id && l.Actie == LogboekActie.Geweigerd));
    }

    [Fact]
    public async Task Jeugdbeschermer_ziet_Bakker_met_de_regie_bij_de_GI()
    {
        var client = await app.IngelogdAlsAsync("jeugdbeschermer");
        var id = await CasusIdAsync(DemoData.BakkerCode);

        var html = await RegieApp.LeesHtmlAsync(await client.GetAsync($"/Casussen/{id}"));

        var tekst = System.Text.RegularExpressions.Regex.Replace(html.Body!.TextContent, @"\s+", " ");
        Assert.Contains("Procesregie: Martijn Kok (Jeugdbescherming Oost)", tekst, StringComparison.Ordinal);
        Assert.Contains("ondertoezichtstelling (OTS)", tekst, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ouder")]
    [InlineData("regiocoordinator")]
    [InlineData("beheerder")]
    public async Task Wie_geen_professional_is_leest_geen_casus(string account)
    {
        var client = await app.IngelogdAlsAsync(account);
        var id = await CasusIdAsync(DemoData.TukkerCode);

        var response = await client.GetAsync($"/Casussen/{id}");

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.Redirect });
        Assert.DoesNotContain("Wesley", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Zonder_inloggen_gaat_mijn_casussen_naar_het_inlogscherm()
    {
        var response = await app.NieuweClient().GetAsync("/Casussen");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Inloggen", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Casussen/niet-een-guid")]
    [InlineData("/Casussen/00000000-0000-0000-0000-000000000000")]
    [InlineData("/Casussen/%27%3B--%20drop")]
    [InlineData("/Casussen/" + "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task Een_kapotte_of_onbekende_casus_id_geeft_404_en_geen_foutpagina(string url)
    {
        var client = await app.IngelogdAlsAsync("jeugdconsulent");

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Deze pagina bestaat niet", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class MijnCasussenZoekenTests(RegieApp app) : IClassFixture<RegieApp>
{
    [Theory]
    [InlineData("tukk", 1)]
    [InlineData("TW-2026-0042", 1)]
    [InlineData("bakker", 0)]
    [InlineData("%", 0)]
    [InlineData("_", 0)]
    [InlineData("'; drop table \"Casussen\"; --", 0)]
    public async Task Zoeken_vindt_alleen_eigen_casussen_op_naam_of_code(string zoek, int verwacht)
    {
        var client = await app.IngelogdAlsAsync("jeugdconsulent");

        var response = await client.GetAsync($"/Casussen?zoek={Uri.EscapeDataString(zoek)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(verwacht, (await RegieApp.LeesHtmlAsync(response)).QuerySelectorAll("table tbody tr").Length);
    }

    [Theory]
    [InlineData("?pagina=-1")]
    [InlineData("?pagina=999999999999")]
    [InlineData("?pagina=abc")]
    [InlineData("?pagina=100000000")]
    [InlineData("?zoek=" + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    public async Task Rare_zoek_en_paginawaarden_geven_geen_fout(string query)
    {
        var client = await app.IngelogdAlsAsync("jeugdconsulent");

        var response = await client.GetAsync($"/Casussen{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Een_pagina_voorbij_het_einde_toont_de_laatste_pagina_met_het_totaal()
    {
        var client = await app.IngelogdAlsAsync("jeugdconsulent");

        var html = await RegieApp.LeesHtmlAsync(await client.GetAsync("/Casussen?pagina=2147483647"));
        var eerste = await RegieApp.LeesHtmlAsync(await client.GetAsync("/Casussen"));

        var rijen = html.QuerySelectorAll("table tbody tr").Select(r => r.TextContent).ToList();
        Assert.NotEmpty(rijen);
        Assert.Equal(eerste.QuerySelectorAll("table tbody tr").Select(r => r.TextContent), rijen);
    }
}
