using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Domain.Regievoering;
using Regie.Web.Demo;

namespace Regie.Web.Tests.Casussen.Regievoering;

/// <summary>The gemeente follows the process: it takes no inhoudelijke regie, and only the procesregievoerder vaststelt and closes.</summary>
public sealed class RegieRegelsTests(RegieApp app) : IClassFixture<RegieApp>
{
    private async Task<(Guid Casus, Dictionary<string, Guid> Betrokkenen)> CasusAsync(string code)
    {
        await using var db = app.NieuweDbContext();
        var casus = await db.Casussen.Where(c => c.Code == code).Select(c => c.Id).SingleAsync();
        return (casus, await db.Betrokkenen.Where(b => b.CasusId == casus).ToDictionaryAsync(b => b.Naam, b => b.Id));
    }

    private static async Task<IHtmlDocument> HtmlAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await RegieApp.LeesHtmlAsync(response);
    }

    [Theory]
    [InlineData("Ellen Tukker")]
    [InlineData("Sanne de Vries")]
    [InlineData("Marloes van Dam")]
    public async Task Inhoudelijke_regie_voor_een_gezinslid_de_gemeente_of_school_wordt_geweigerd_met_een_melding_bij_wie(string wie)
    {
        var (casus, b) = await CasusAsync(DemoData.TukkerCode);
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var pagina = await HtmlAsync(sanne, $"/Casussen/{casus}/Regie");
        var keuzes = pagina.QuerySelectorAll("select[name='Inhoudelijk.BetrokkeneId'] option").Select(o => o.TextContent).ToList();
        Assert.DoesNotContain(keuzes, k => k.StartsWith(wie, StringComparison.Ordinal));
        Assert.Contains(keuzes, k => k.StartsWith("Peter Jansen", StringComparison.Ordinal));

        var response = await Formulier.Van(pagina.QuerySelector("form[action*='handler=InhoudelijkeRegie']")!)
            .Met("Inhoudelijk.BetrokkeneId", b[wie].ToString())
            .Met("Inhoudelijk.Onderdeel", "Gezinsplan")
            .PostAsync(sanne);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(response);
        var melding = html.QuerySelector("[data-valmsg-for='Inhoudelijk.BetrokkeneId']")!.TextContent;
        Assert.Contains($"{wie} kan geen inhoudelijke regie krijgen", melding, StringComparison.Ordinal);
        Assert.Contains("zorgaanbieder of gecertificeerde instelling", melding, StringComparison.Ordinal);
        Assert.Equal("Gezinsplan", html.QuerySelector("input[name='Inhoudelijk.Onderdeel']")!.GetAttribute("value"));
        await using var db = app.NieuweDbContext();
        Assert.False(await db.Regietoewijzingen.AnyAsync(r => r.CasusId == casus && r.Onderdeel == "Gezinsplan"));
    }

    [Theory]
    [InlineData(DemoData.BakkerCode, "Femke Smit", "wijkcoach.hengelo@demo.regie.test")]
    [InlineData(DemoData.TukkerCode, "Fenna Wolters", "fenna.wolters@demo.regie.test")]
    public async Task Vaststellen_en_afsluiten_door_een_gemeentebetrokkene_zonder_regie_geeft_404(string code, string naam, string email)
    {
        var (casus, _) = await CasusAsync(code);
        var gemeente = await Gemeenteprofessional.IngelogdAsync(app, code, naam, email);
        // The casus itself is open to them: they are betrokken.
        var regie = await HtmlAsync(gemeente, $"/Casussen/{casus}/Regie");
        var versies = await HtmlAsync(gemeente, $"/Casussen/{casus}/Versies");
        Assert.Null(regie.QuerySelector($"a[href='/Casussen/{casus}/Afsluiten']"));
        Assert.Null(versies.QuerySelector($"a[href='/Casussen/{casus}/Vaststellen']"));
        var token = (await HtmlAsync(gemeente, "/Account/Geweigerd")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        await using var db = app.NieuweDbContext();
        var voor = await db.Logboek.CountAsync(l => l.CasusId == casus && l.Actie == LogboekActie.Geweigerd);

        foreach (var pagina in new[] { "Vaststellen", "Afsluiten" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await gemeente.GetAsync($"/Casussen/{casus}/{pagina}")).StatusCode);
            var post = await gemeente.PostAsync($"/Casussen/{casus}/{pagina}", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Reden"] = "Doelen bereikt",
                ["Input.LaatsteEvaluatie"] = "Goed",
                ["Input.Afsluitdatum"] = "2026-11-24",
                ["Input.OverlegId"] = Guid.NewGuid().ToString(),
                ["Input.OudersAkkoord"] = "true",
                ["__RequestVerificationToken"] = token,
            }));
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }

        Assert.Equal(voor + 4, await db.Logboek.CountAsync(l => l.CasusId == casus && l.Actie == LogboekActie.Geweigerd));
        Assert.NotEqual(CasusStatus.Afgesloten, await db.Casussen.Where(c => c.Id == casus).Select(c => c.Status).SingleAsync());
    }

    [Theory]
    [InlineData(DemoData.BakkerCode, "jeugdbeschermer")]
    [InlineData(DemoData.TukkerCode, "jeugdconsulent")]
    public async Task De_procesregievoerder_ziet_vaststellen_en_afsluiten(string code, string account)
    {
        var (casus, _) = await CasusAsync(code);
        var regievoerder = await app.IngelogdAlsAsync(account);

        var regie = await HtmlAsync(regievoerder, $"/Casussen/{casus}/Regie");
        var versies = await HtmlAsync(regievoerder, $"/Casussen/{casus}/Versies");

        Assert.NotNull(regie.QuerySelector($"a[href='/Casussen/{casus}/Afsluiten']"));
        Assert.NotNull(versies.QuerySelector($"a[href='/Casussen/{casus}/Vaststellen']"));
        Assert.Equal(HttpStatusCode.OK, (await regievoerder.GetAsync($"/Casussen/{casus}/Afsluiten")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await regievoerder.GetAsync($"/Casussen/{casus}/Vaststellen")).StatusCode);
        await using var db = app.NieuweDbContext();
        Assert.True(await db.Regietoewijzingen.AnyAsync(r => r.CasusId == casus && r.Soort == RegieSoort.Procesregie && r.Tot == null));
    }
}
