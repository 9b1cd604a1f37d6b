using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Handreiking;
using Regie.Domain.Logboek;
using Regie.Web.Demo;

namespace Regie.Web.Tests.Casussen.Gegevens;

/// <summary>Indicatie and maatregel after opening (Pages/Casussen/Gegevens), reached from the overview.</summary>
public sealed class GegevensTests(RegieApp app) : IClassFixture<RegieApp>
{
    private async Task<Guid> CasusAsync(string code)
    {
        await using var db = app.NieuweDbContext();
        return await db.Casussen.Where(c => c.Code == code).Select(c => c.Id).SingleAsync();
    }

    private static string Url(Guid casus) => $"/Casussen/{casus}/Gegevens";

    private static async Task<Formulier> FormulierAsync(HttpClient client, Guid casus)
    {
        var html = await RegieApp.LeesHtmlAsync(await client.GetAsync(Url(casus)));
        return Formulier.Van(html.Forms.Single(f => f.QuerySelector("input[name='Input.Versie']") is not null), Url(casus));
    }

    [Fact]
    public async Task Een_maatregel_terwijl_de_gemeente_regie_voert_zet_stap_4_terug_in_bespreking()
    {
        var casus = await CasusAsync(DemoData.TukkerCode);
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var overzicht = await RegieApp.LeesHtmlAsync(await sanne.GetAsync($"/Casussen/{casus}"));
        Assert.NotNull(overzicht.QuerySelector($"a[href='{Url(casus)}']"));

        var response = await (await FormulierAsync(sanne, casus)).Met("Input.Maatregel", "Ots").PostAsync(sanne);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.NieuweDbContext();
        var c = await db.Casussen.Include(x => x.Stappen).SingleAsync(x => x.Id == casus);
        Assert.Equal(Maatregel.Ots, c.Maatregel);
        Assert.Equal(StapStatus.InBespreking, c.Stap(4).Status);
        Assert.True(c.Herbeoordelen);
        var regel = await db.Logboek.Where(l => l.CasusId == casus && l.Entiteit == "Casus" && l.Actie == LogboekActie.Gewijzigd).OrderByDescending(l => l.Id).FirstAsync();
        Assert.Equal(("Sanne de Vries", "Gewijzigd: Maatregel"), (regel.Gebruiker, regel.Omschrijving));
        var pagina = await RegieApp.LeesHtmlAsync(await sanne.GetAsync(response.Headers.Location));
        var melding = pagina.QuerySelector(".melding-ok")!.TextContent;
        Assert.Contains("De maatregel is bewaard: ondertoezichtstelling (OTS).", melding, StringComparison.Ordinal);
        Assert.Contains("gecertificeerde instelling", melding, StringComparison.Ordinal);
        Assert.Contains("weer ‘in bespreking’: 4.", melding, StringComparison.Ordinal);
        Assert.Contains("In bespreking", pagina.QuerySelectorAll(".stappen > li")[3].QuerySelector(".label")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Indicaties_wijzigen_wordt_bewaard_met_alleen_de_veldnaam_in_het_logboek()
    {
        var casus = await CasusAsync(DemoData.BakkerCode);
        var martijn = await app.IngelogdAlsAsync("jeugdbeschermer");
        var formulier = await FormulierAsync(martijn, casus);
        Assert.Equal("OB4C", formulier["Input.Indicaties"]);

        var response = await formulier.Met("Input.Indicaties", "OB3B").Met("Input.AndereIndicatie", "jb-2").PostAsync(martijn);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.NieuweDbContext();
        var c = await db.Casussen.SingleAsync(x => x.Id == casus);
        Assert.Equal(["OB3B", "JB-2"], c.Indicaties);
        Assert.Equal(Maatregel.Ots, c.Maatregel);
        var regel = await db.Logboek.Where(l => l.CasusId == casus && l.Entiteit == "Casus" && l.Actie == LogboekActie.Gewijzigd).OrderByDescending(l => l.Id).FirstAsync();
        Assert.Equal("Gewijzigd: Indicaties", regel.Omschrijving);
        // A code that is not in the region's list stays offered, so opening the page loses nothing.
        var opnieuw = await RegieApp.LeesHtmlAsync(await martijn.GetAsync(Url(casus)));
        Assert.NotNull(opnieuw.QuerySelector("input[name='Input.Indicaties'][value='JB-2'][checked]"));
    }

    [Fact]
    public async Task Niets_veranderen_zegt_dat_en_schrijft_geen_wijziging()
    {
        var casus = await CasusAsync(DemoData.BakkerCode);
        var martijn = await app.IngelogdAlsAsync("jeugdbeschermer");
        await using var db = app.NieuweDbContext();
        var voor = await db.Logboek.CountAsync(l => l.CasusId == casus && l.Actie == LogboekActie.Gewijzigd);

        var response = await (await FormulierAsync(martijn, casus)).PostAsync(martijn);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Er is niets veranderd.", (await RegieApp.LeesHtmlAsync(await martijn.GetAsync(response.Headers.Location))).QuerySelector(".melding-ok")!.TextContent.Trim());
        Assert.Equal(voor, await db.Logboek.CountAsync(l => l.CasusId == casus && l.Actie == LogboekActie.Gewijzigd));
    }

    [Fact]
    public async Task Twee_wijzigingen_vanuit_dezelfde_stand_overschrijven_elkaar_niet()
    {
        var casus = await CasusAsync(DemoData.BakkerCode);
        var martijn = await app.IngelogdAlsAsync("jeugdbeschermer");
        var eerste = await FormulierAsync(martijn, casus);
        var tweede = await FormulierAsync(martijn, casus);
        Assert.Equal(HttpStatusCode.Redirect, (await eerste.Met("Input.Maatregel", "Voogdij").PostAsync(martijn)).StatusCode);

        var response = await tweede.Met("Input.AndereIndicatie", "OB9").PostAsync(martijn);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(response);
        Assert.Contains("Iemand anders heeft dit net gewijzigd", html.QuerySelector(".foutsamenvatting")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("OB9", html.QuerySelector("#Input_AndereIndicatie")!.GetAttribute("value"));
        Assert.Contains("voogdij", html.QuerySelector("#nu-opgeslagen")!.TextContent, StringComparison.Ordinal);
        await using var db = app.NieuweDbContext();
        var c = await db.Casussen.SingleAsync(x => x.Id == casus);
        Assert.Equal(Maatregel.Voogdij, c.Maatregel);
        Assert.DoesNotContain("OB9", c.Indicaties);
    }

    [Fact]
    public async Task Een_buitenstaander_krijgt_404_bij_bekijken_en_bij_versturen()
    {
        var casus = await CasusAsync(DemoData.TukkerCode);
        var lotte = await app.IngelogdAlsAsync("buitenstaander");
        var token = (await RegieApp.LeesHtmlAsync(await lotte.GetAsync("/Account/Inloggen"))).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var get = await lotte.GetAsync(Url(casus));
        var post = await lotte.PostAsync(Url(casus), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Maatregel"] = "Voogdij",
        }));

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        await using var db = app.NieuweDbContext();
        Assert.NotEqual(Maatregel.Voogdij, await db.Casussen.Where(c => c.Id == casus).Select(c => c.Maatregel).SingleAsync());
    }

    [Theory]
    [InlineData("", "Kies of er een jeugdbeschermingsmaatregel is.")]
    [InlineData("Input.Maatregel=Huisarrest", null)]
    [InlineData("Input.Maatregel=7", null)]
    [InlineData("Input.Maatregel=Geen&Input.Indicaties=NEP1", "Kies indicaties uit de lijst")]
    [InlineData("Input.Maatregel=Geen&Input.AndereIndicatie=EEN-HEEL-LANGE-CODE-VAN-30-TEKENS", "hoogstens 20 tekens")]
    [InlineData("Input.Maatregel=Geen&Input.Versie=-1", null)]
    public async Task Vervalste_invoer_geeft_een_melding_en_nooit_een_500(string velden, string? melding)
    {
        var casus = await CasusAsync(DemoData.TukkerCode);
        var ayse = await app.IngelogdAlsAsync("behandelaar");
        var waarden = velden.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(v => v.Split('='))
            .ToDictionary(v => v[0], v => Uri.UnescapeDataString(v[1]));

        var response = await RegieApp.PostFormulierAsync(ayse, Url(casus), waarden);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var samenvatting = (await RegieApp.LeesHtmlAsync(response)).QuerySelector(".foutsamenvatting");
        Assert.NotNull(samenvatting);
        if (melding is not null) Assert.Contains(melding, samenvatting.TextContent, StringComparison.Ordinal);
    }
}
