using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Handreiking;
using Regie.Domain.Logboek;
using Regie.Web.Demo;

namespace Regie.Web.Tests.Casussen.Mdo;

public sealed class MdoTests(RegieApp app) : IClassFixture<RegieApp>
{
    private async Task<Guid> TukkerAsync()
    {
        await using var db = app.NieuweDbContext();
        return await db.Casussen.Where(c => c.Code == DemoData.TukkerCode).Select(c => c.Id).SingleAsync();
    }

    private static async Task<IHtmlDocument> PaginaAsync(HttpClient client, Guid casusId)
    {
        var response = await client.GetAsync($"/Casussen/{casusId}/Mdo");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await RegieApp.LeesHtmlAsync(response);
    }

    private static Formulier StapFormulier(IHtmlDocument pagina, int nummer) =>
        Formulier.Van(pagina.QuerySelector($"#stap-{nummer} form[action*='handler=Stap']")!);

    private async Task<CasusStap> StapAsync(Guid casusId, int nummer)
    {
        await using var db = app.NieuweDbContext();
        return await db.CasusStappen.AsNoTracking().SingleAsync(s => s.CasusId == casusId && s.Nummer == nummer);
    }

    [Fact]
    public async Task De_MDO_modus_toont_alle_zeven_stappen_met_hulpvragen_en_aanwezigen()
    {
        var client = await app.IngelogdAlsAsync("jeugdconsulent");
        var pagina = await PaginaAsync(client, await TukkerAsync());

        Assert.Equal(7, pagina.QuerySelectorAll("li.stap").Length);
        Assert.Equal(7, pagina.QuerySelectorAll("form[action*='handler=Stap']").Length);
        Assert.Contains("Wie voert de procesregie", pagina.QuerySelector("#stap-4")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(8, pagina.QuerySelectorAll("#overleg input[name='Overleg.Aanwezigen']").Length);
    }

    [Fact]
    public async Task Een_stap_opslaan_bewaart_de_tekst_en_schrijft_het_logboek()
    {
        var casusId = await TukkerAsync();
        var client = await app.IngelogdAlsAsync("behandelaar");
        var formulier = StapFormulier(await PaginaAsync(client, casusId), 5)
            .Met("Stap.Afspraken", "Ouders krijgen elke vrijdag een kort bericht van Sanne.")
            .Met("Stap.Status", "InBespreking");

        var response = await formulier.PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stap = await StapAsync(casusId, 5);
        Assert.Equal("Ouders krijgen elke vrijdag een kort bericht van Sanne.", stap.Afspraken);
        Assert.Equal(StapStatus.InBespreking, stap.Status);
        Assert.Equal("Ayşe Yılmaz", stap.GewijzigdDoor);
        await using var db = app.NieuweDbContext();
        Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == casusId && l.Entiteit == "Stap" && l.Actie == LogboekActie.Gewijzigd));
    }

    [Fact]
    public async Task Afgesproken_zonder_afspraken_wordt_geweigerd_en_de_invoer_blijft_staan()
    {
        var casusId = await TukkerAsync();
        var client = await app.IngelogdAlsAsync("jeugdconsulent");
        var formulier = StapFormulier(await PaginaAsync(client, casusId), 7).Met("Stap.Afspraken", "   ").Met("Stap.Status", "Afgesproken");

        var response = await formulier.PostAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pagina = await RegieApp.LeesHtmlAsync(response);
        Assert.Contains("Schrijf de afspraken bij", pagina.QuerySelector("#fout-7")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Afgesproken", pagina.QuerySelector("#stap-7 input[name='Stap.Status']:checked")!.GetAttribute("value"));
        Assert.NotNull((await StapAsync(casusId, 7)).Afspraken);
    }

    [Fact]
    public async Task Twee_mensen_op_dezelfde_stap_zien_allebei_teksten_en_niets_wordt_stil_overschreven()
    {
        var casusId = await TukkerAsync();
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var peter = await app.IngelogdAlsAsync("maatschappelijkwerker");
        var formulierSanne = StapFormulier(await PaginaAsync(sanne, casusId), 3).Met("Stap.Afspraken", "Tekst van Sanne").Met("Stap.Status", "InBespreking");
        var formulierPeter = StapFormulier(await PaginaAsync(peter, casusId), 3).Met("Stap.Afspraken", "Tekst van Peter").Met("Stap.Status", "InBespreking");

        Assert.Equal(HttpStatusCode.Redirect, (await formulierSanne.PostAsync(sanne)).StatusCode);
        var botsing = await formulierPeter.PostAsync(peter);

        Assert.Equal(HttpStatusCode.OK, botsing.StatusCode);
        Assert.Equal("Tekst van Sanne", (await StapAsync(casusId, 3)).Afspraken);
        var pagina = await RegieApp.LeesHtmlAsync(botsing);
        Assert.Contains("Tekst van Sanne", pagina.QuerySelector("#stap-3 .conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Tekst van Peter", pagina.QuerySelector("#afspraken-3")!.TextContent);

        // Peter merges and saves again from the form he got back: now it goes through.
        var opnieuw = StapFormulier(pagina, 3).Met("Stap.Afspraken", "Tekst van Sanne, aangevuld door Peter");
        Assert.Equal(HttpStatusCode.Redirect, (await opnieuw.PostAsync(peter)).StatusCode);
        Assert.Equal("Tekst van Sanne, aangevuld door Peter", (await StapAsync(casusId, 3)).Afspraken);
    }

    [Fact]
    public async Task Twee_mensen_op_verschillende_stappen_houden_allebei_hun_werk()
    {
        var casusId = await TukkerAsync();
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var ayse = await app.IngelogdAlsAsync("behandelaar");
        var a = StapFormulier(await PaginaAsync(sanne, casusId), 1).Met("Stap.Afspraken", "Betrokkenen volgens Sanne");
        var b = StapFormulier(await PaginaAsync(ayse, casusId), 2).Met("Stap.Afspraken", "Doelen volgens Ayşe");

        Assert.Equal(HttpStatusCode.Redirect, (await a.PostAsync(sanne)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await b.PostAsync(ayse)).StatusCode);

        Assert.Equal("Betrokkenen volgens Sanne", (await StapAsync(casusId, 1)).Afspraken);
        Assert.Equal("Doelen volgens Ayşe", (await StapAsync(casusId, 2)).Afspraken);
    }

    [Theory]
    [InlineData("Stap.Nummer", "99")]
    [InlineData("Stap.Nummer", "abc")]
    [InlineData("Stap.Status", "Verzonnen")]
    [InlineData("Stap.Versie", "-5")]
    public async Task Kapotte_formuliervelden_geven_een_melding_en_geen_fout(string veld, string waarde)
    {
        var casusId = await TukkerAsync();
        var client = await app.IngelogdAlsAsync("jeugdconsulent");
        var formulier = StapFormulier(await PaginaAsync(client, casusId), 6).Met(veld, waarde);

        var response = await formulier.PostAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var samenvatting = (await RegieApp.LeesHtmlAsync(response)).QuerySelector(".foutsamenvatting")!.TextContent;
        Assert.Contains("niet opgeslagen", samenvatting, StringComparison.Ordinal);
        Assert.DoesNotContain("is not valid", samenvatting, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_evaluatiedatum_in_het_verleden_wordt_geweigerd()
    {
        var casusId = await TukkerAsync();
        var client = await app.IngelogdAlsAsync("jeugdconsulent");
        var pagina = await PaginaAsync(client, casusId);
        var formulier = Formulier.Van(pagina.QuerySelector("form[action*='handler=Evaluatie']")!).Met("Evaluatie.Datum", "2026-01-01");

        var response = await formulier.PostAsync(client);

        Assert.Contains("in het verleden", (await RegieApp.LeesHtmlAsync(response)).QuerySelector("#fout-evaluatie")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aanwezigen_worden_vastgelegd_en_een_onbekende_persoon_wordt_geweigerd()
    {
        var casusId = await TukkerAsync();
        var client = await app.IngelogdAlsAsync("jeugdconsulent");
        var pagina = await PaginaAsync(client, casusId);
        var ids = pagina.QuerySelectorAll("#overleg input[name='Overleg.Aanwezigen']").Take(3).Select(i => i.GetAttribute("value")!).ToList();
        var formulier = Formulier.Van(pagina.QuerySelector("#overleg form")!).Met("Overleg.Besluiten", "We starten met de schulden.");
        foreach (var id in ids) formulier.Plus("Overleg.Aanwezigen", id);

        Assert.Equal(HttpStatusCode.Redirect, (await formulier.PostAsync(client)).StatusCode);
        await using (var db = app.NieuweDbContext())
        {
            var overleg = await db.Overleggen.Where(o => o.CasusId == casusId).OrderByDescending(o => o.Datum).FirstAsync();
            Assert.Equal(RegieApp.Start, overleg.Datum);
            Assert.Equal(3, overleg.Aanwezigen.Count);
        }

        var vreemd = Formulier.Van((await PaginaAsync(client, casusId)).QuerySelector("#overleg form")!).Plus("Overleg.Aanwezigen", Guid.NewGuid().ToString());
        var response = await vreemd.PostAsync(client);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Alleen betrokkenen", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wie_niet_betrokken_is_krijgt_404_en_kan_niets_opslaan()
    {
        var casusId = await TukkerAsync();
        var eigen = StapFormulier(await PaginaAsync(await app.IngelogdAlsAsync("jeugdconsulent"), casusId), 4);
        var buiten = await app.IngelogdAlsAsync("buitenstaander");
        var token = (await RegieApp.LeesHtmlAsync(await buiten.GetAsync("/Casussen"))).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        Assert.Equal(HttpStatusCode.NotFound, (await buiten.GetAsync($"/Casussen/{casusId}/Mdo")).StatusCode);
        var response = await eigen.Met("__RequestVerificationToken", token).Met("Stap.Afspraken", "Ingebroken").PostAsync(buiten);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual("Ingebroken", (await StapAsync(casusId, 4)).Afspraken);
    }
}

/// <summary>Changing the hulpvraag touches several steps, so it gets a database of its own.</summary>
public sealed class HulpvraagWijzigenTests(RegieApp app) : IClassFixture<RegieApp>
{
    [Fact]
    public async Task Een_nieuwe_hulpvraag_zet_stap_2_3_en_6_terug_en_vraagt_herbeoordeling()
    {
        Guid casusId;
        await using (var db = app.NieuweDbContext())
            casusId = await db.Casussen.Where(c => c.Code == DemoData.TukkerCode).Select(c => c.Id).SingleAsync();
        var client = await app.IngelogdAlsAsync("jeugdconsulent");
        var pagina = await RegieApp.LeesHtmlAsync(await client.GetAsync($"/Casussen/{casusId}/Mdo"));
        var formulier = Formulier.Van(pagina.QuerySelector("form[action*='handler=Hulpvraag']")!)
            .Met("Vraag.Tekst", "Moeder is weer aan het werk; de vraag is nu vooral rust voor Wesley.");

        var response = await formulier.PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var daarna = await RegieApp.LeesHtmlAsync(await client.GetAsync($"/Casussen/{casusId}/Mdo"));
        Assert.Contains("Herbeoordelen", daarna.Body!.TextContent, StringComparison.Ordinal);
        await using var controle = app.NieuweDbContext();
        var statussen = await controle.CasusStappen.Where(s => s.CasusId == casusId).OrderBy(s => s.Nummer).Select(s => s.Status).ToListAsync();
        Assert.Equal([StapStatus.Afgesproken, StapStatus.InBespreking, StapStatus.InBespreking, StapStatus.Afgesproken,
            StapStatus.Afgesproken, StapStatus.InBespreking, StapStatus.Afgesproken], statussen);
    }
}

public sealed class MdoLegePostsTests(RegieApp app) : IClassFixture<RegieApp>
{
    /// <summary>A forged post without the form's own fields (bare names, no prefix) is refused like an empty form:
    /// the page comes back with a message and nothing of the casus changes.</summary>
    [Theory]
    [InlineData("Stap")]
    [InlineData("Overleg")]
    [InlineData("Hulpvraag")]
    [InlineData("Evaluatie")]
    [InlineData("Taak")]
    public async Task Een_leeg_of_vervalst_formulier_wordt_geweigerd_en_verandert_niets(string handler)
    {
        Guid casusId;
        await using (var db = app.NieuweDbContext())
            casusId = await db.Casussen.Where(c => c.Code == Demo.DemoData.TukkerCode).Select(c => c.Id).SingleAsync();
        var client = await app.IngelogdAlsAsync("jeugdconsulent");
        var token = (await RegieApp.LeesHtmlAsync(await client.GetAsync($"/Casussen/{casusId}/Mdo")))
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        string voor;
        await using (var db = app.NieuweDbContext()) voor = await CasusStand.LeesAsync(db, casusId);

        var response = await client.PostAsync($"/Casussen/{casusId}/Mdo?handler={handler}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Datum"] = "2030-01-01",
            ["Afspraken"] = "zonder voorvoegsel",
            ["Nummer"] = "3",
            ["Omschrijving"] = "zonder voorvoegsel",
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fouten = (await RegieApp.LeesHtmlAsync(response)).QuerySelectorAll(".foutsamenvatting li");
        Assert.NotEmpty(fouten);
        Assert.All(fouten, f => Assert.False(string.IsNullOrWhiteSpace(f.TextContent)));
        await using (var db = app.NieuweDbContext()) Assert.Equal(voor, await CasusStand.LeesAsync(db, casusId));
    }

    [Fact]
    public async Task Een_post_naar_een_onbekend_formulier_geeft_404()
    {
        Guid casusId;
        await using (var db = app.NieuweDbContext())
            casusId = await db.Casussen.Where(c => c.Code == Demo.DemoData.TukkerCode).Select(c => c.Id).SingleAsync();
        var client = await app.IngelogdAlsAsync("jeugdconsulent");
        var token = (await RegieApp.LeesHtmlAsync(await client.GetAsync($"/Casussen/{casusId}/Mdo")))
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await client.PostAsync($"/Casussen/{casusId}/Mdo?handler=BestaatNiet",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
