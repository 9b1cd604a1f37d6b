using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Domain.Regievoering;
using Regie.Web.Demo;

namespace Regie.Web.Tests.Casussen.Afsluiten;

/// <summary>Closes Tukker, so it has a database of its own. Bakker stays open.</summary>
public sealed class AfsluitenTests(RegieApp app) : IClassFixture<RegieApp>
{
    private async Task<Guid> CasusAsync(string code)
    {
        await using var db = app.NieuweDbContext();
        return await db.Casussen.Where(c => c.Code == code).Select(c => c.Id).SingleAsync();
    }

    private static string Url(Guid casusId) => $"/Casussen/{casusId}/Afsluiten";

    private static async Task<Formulier> FormulierAsync(HttpClient client, Guid casusId)
    {
        var response = await client.GetAsync(Url(casusId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Formulier.Van((await RegieApp.LeesHtmlAsync(response)).QuerySelector("main form[method=post]")!, Url(casusId));
    }

    private static string Foutmelding(IHtmlDocument pagina, string veld) =>
        pagina.QuerySelector($"[data-valmsg-for='{veld}']")?.TextContent ?? "";

    [Fact]
    public async Task De_jeugdconsulent_sluit_Tukker_af_en_daarna_kan_niemand_nog_iets_wijzigen()
    {
        var casus = await CasusAsync(DemoData.TukkerCode);
        var ayse = await app.IngelogdAlsAsync("behandelaar");
        Assert.Equal(HttpStatusCode.NotFound, (await ayse.GetAsync(Url(casus))).StatusCode);
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var regiePagina = await RegieApp.LeesHtmlAsync(await sanne.GetAsync($"/Casussen/{casus}/Regie"));
        Assert.NotNull(regiePagina.QuerySelector($"a[href='/Casussen/{casus}/Afsluiten']"));
        var formulier = await FormulierAsync(sanne, casus);
        Assert.Equal("2026-11-24", formulier["Input.Afsluitdatum"]);

        var leeg = await formulier.Met("Input.Reden", "").Met("Input.LaatsteEvaluatie", " ").Met("Input.Afsluitdatum", "").PostAsync(sanne);

        Assert.Equal(HttpStatusCode.OK, leeg.StatusCode);
        var fouten = await RegieApp.LeesHtmlAsync(leeg);
        Assert.Contains("Schrijf op waarom de casus wordt afgesloten.", Foutmelding(fouten, "Input.Reden"), StringComparison.Ordinal);
        Assert.Contains("Schrijf de laatste evaluatie op.", Foutmelding(fouten, "Input.LaatsteEvaluatie"), StringComparison.Ordinal);
        Assert.Contains("Kies de afsluitdatum.", Foutmelding(fouten, "Input.Afsluitdatum"), StringComparison.Ordinal);
        Assert.Contains("Kies of de ouders de vragenlijst willen invullen.", Foutmelding(fouten, "Input.VragenlijstOuders"), StringComparison.Ordinal);
        Assert.NotNull(fouten.QuerySelector(".foutsamenvatting a[href='#Input_Reden']"));

        var teVroeg = await formulier.Met("Input.Reden", "Resultaten bereikt.").Met("Input.LaatsteEvaluatie", "Het is rustig thuis.")
            .Met("Input.Afsluitdatum", "2026-01-01").Met("Input.VragenlijstOuders", "NogNietGevraagd").PostAsync(sanne);

        Assert.Equal(HttpStatusCode.OK, teVroeg.StatusCode);
        var datumFout = await RegieApp.LeesHtmlAsync(teVroeg);
        Assert.Contains("De afsluitdatum ligt vóór de startdatum van de casus.", Foutmelding(datumFout, "Input.Afsluitdatum"), StringComparison.Ordinal);
        Assert.Equal("Resultaten bereikt.", datumFout.QuerySelector("textarea[name='Input.Reden']")!.TextContent.Trim());
        Assert.Equal("2026-01-01", datumFout.QuerySelector("input[name='Input.Afsluitdatum']")!.GetAttribute("value"));
        Assert.NotNull(datumFout.QuerySelector("input[name='Input.VragenlijstOuders'][value='NogNietGevraagd'][checked]"));
        await using (var db = app.NieuweDbContext())
            Assert.Equal(CasusStatus.Actief, await db.Casussen.Where(c => c.Id == casus).Select(c => c.Status).SingleAsync());

        var afgesloten = await formulier.Met("Input.Afsluitdatum", "2026-11-24").PostAsync(sanne);

        Assert.Equal(HttpStatusCode.Redirect, afgesloten.StatusCode);
        var detail = await RegieApp.LeesHtmlAsync(await sanne.GetAsync(afgesloten.Headers.Location));
        Assert.Contains("Afgesloten", detail.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("De casus is afgesloten", detail.QuerySelector(".melding-ok")!.TextContent, StringComparison.Ordinal);
        await using (var db = app.NieuweDbContext())
        {
            var c = await db.Casussen.Include(x => x.Regietoewijzingen).SingleAsync(x => x.Id == casus);
            Assert.Equal(CasusStatus.Afgesloten, c.Status);
            Assert.Equal(new DateOnly(2026, 11, 24), c.Afsluitdatum);
            Assert.Equal("Resultaten bereikt.", c.AfsluitReden);
            Assert.Equal("Het is rustig thuis.", c.LaatsteEvaluatie);
            Assert.All(c.Regietoewijzingen, r => Assert.NotNull(r.Tot));
            Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == casus && l.Entiteit == "Casus" && l.Actie == LogboekActie.Gewijzigd && l.Gebruiker == "Sanne de Vries"));
        }

        // Closed: the regie page is read-only and every change answers 404, also for the gemeente that may still read.
        var regie = await RegieApp.LeesHtmlAsync(await sanne.GetAsync($"/Casussen/{casus}/Regie"));
        Assert.Contains("Deze casus is afgesloten op 24 november 2026", regie.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(regie.QuerySelectorAll("main form"));
        Assert.Null(regie.QuerySelector($"a[href='/Casussen/{casus}/Afsluiten']"));
        Assert.Equal(HttpStatusCode.NotFound, (await sanne.GetAsync(Url(casus))).StatusCode);
        var token = regie.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        Guid peter;
        await using (var db = app.NieuweDbContext())
            peter = await db.Betrokkenen.Where(b => b.CasusId == casus && b.Naam == "Peter Jansen").Select(b => b.Id).SingleAsync();
        var voorstel = await sanne.PostAsync($"/Casussen/{casus}/Regie/Overdracht?handler=Overdracht", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Voorstel.OpvolgerId"] = peter.ToString(),
        }));
        Assert.Equal(HttpStatusCode.NotFound, voorstel.StatusCode);
        var nogmaals = await sanne.PostAsync(Url(casus), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Reden"] = "Nog een keer",
            ["Input.LaatsteEvaluatie"] = "Nog een keer",
            ["Input.Afsluitdatum"] = "2026-11-24",
        }));
        Assert.Equal(HttpStatusCode.NotFound, nogmaals.StatusCode);
        await using var controle = app.NieuweDbContext();
        Assert.False(await controle.Overdrachten.AnyAsync(o => o.CasusId == casus && o.Status == OverdrachtStatus.Voorgesteld));
        Assert.Equal("Resultaten bereikt.", await controle.Casussen.Where(c => c.Id == casus).Select(c => c.AfsluitReden).SingleAsync());
    }

    [Fact]
    public async Task Onzinnige_waarden_bij_afsluiten_geven_een_melding_en_geen_serverfout()
    {
        var casus = await CasusAsync(DemoData.BakkerCode);
        var martijn = await app.IngelogdAlsAsync("jeugdbeschermer");
        var formulier = await FormulierAsync(martijn, casus);

        foreach (var (veld, waarde) in new[] { ("Input.Afsluitdatum", "gisteren"), ("Input.VragenlijstOuders", "Misschien"), ("Input.Reden", new string('x', 2001)), ("Input.LaatsteEvaluatie", new string('x', 4001)) })
        {
            var response = await formulier.Met("Input.Reden", "Klaar").Met("Input.LaatsteEvaluatie", "Goed").Met("Input.Afsluitdatum", "2026-11-24")
                .Met("Input.VragenlijstOuders", "Nee").Met(veld, waarde).PostAsync(martijn);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotEqual("", Foutmelding(await RegieApp.LeesHtmlAsync(response), veld).Trim());
        }
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.IngelogdAlsAsync("jeugdconsulent")).GetAsync(Url(casus))).StatusCode);
        await using var db = app.NieuweDbContext();
        Assert.Equal(CasusStatus.Concept, await db.Casussen.Where(c => c.Id == casus).Select(c => c.Status).SingleAsync());
    }
}
