using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Web.Demo;

namespace Regie.Web.Tests.Casussen.Betrokkenen;

/// <summary>The edit form per betrokkene (Pages/Casussen/BetrokkeneWijzigen), reached from the Betrokkenen page.</summary>
public sealed class BetrokkeneWijzigenTests(RegieApp app) : IClassFixture<RegieApp>
{
    private async Task<(Guid Casus, Guid Betrokkene)> BetrokkeneAsync(string naam, string code = DemoData.TukkerCode)
    {
        await using var db = app.NieuweDbContext();
        var casus = await db.Casussen.Where(c => c.Code == code).Select(c => c.Id).SingleAsync();
        return (casus, await db.Betrokkenen.Where(b => b.CasusId == casus && b.Naam == naam).Select(b => b.Id).SingleAsync());
    }

    private static string Url(Guid casus, Guid betrokkene) => $"/Casussen/{casus}/Betrokkenen/{betrokkene}/Wijzigen";

    private static async Task<Formulier> FormulierAsync(HttpClient client, Guid casus, Guid betrokkene)
    {
        var url = Url(casus, betrokkene);
        var html = await RegieApp.LeesHtmlAsync(await client.GetAsync(url));
        return Formulier.Van(html.Forms.Single(f => f.QuerySelector("input[name='Input.Versie']") is not null), url);
    }

    private static string? Fout(IHtmlDocument html, string veld) => html.QuerySelector($"[data-valmsg-for='{veld}']")?.TextContent.Trim();

    private async Task<int> GewijzigdAsync(Guid casus)
    {
        await using var db = app.NieuweDbContext();
        return await db.Logboek.CountAsync(l => l.CasusId == casus && l.Entiteit == "Betrokkene" && l.Actie == LogboekActie.Gewijzigd);
    }

    [Fact]
    public async Task Telefoon_en_bereikbaarheid_van_een_betrokkene_wijzigen_wordt_bewaard()
    {
        var (casus, johan) = await BetrokkeneAsync("Johan Tukker");
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var overzicht = await RegieApp.LeesHtmlAsync(await sanne.GetAsync($"/Casussen/{casus}/Betrokkenen"));
        Assert.NotNull(overzicht.QuerySelector($"#betrokkene-{johan} a[href='{Url(casus, johan)}']"));
        var formulier = await FormulierAsync(sanne, casus, johan);
        Assert.Equal("06 1234 5601", formulier["Input.Telefoon"]);

        var response = await formulier.Met("Input.Telefoon", "06 5555 0101").Met("Input.Bereikbaarheid", "Na 16.00 uur").PostAsync(sanne);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.NieuweDbContext();
        var b = await db.Betrokkenen.SingleAsync(x => x.Id == johan);
        Assert.Equal(("Vader", "06 5555 0101", "Na 16.00 uur"), (b.RolOfRelatie, b.Telefoon, b.Bereikbaarheid));
        var regel = await db.Logboek.Where(l => l.CasusId == casus && l.Entiteit == "Betrokkene" && l.Actie == LogboekActie.Gewijzigd)
            .OrderByDescending(l => l.Id).FirstAsync();
        Assert.Equal("Sanne de Vries", regel.Gebruiker);
        Assert.Equal("Gewijzigd: Telefoon, Bereikbaarheid", regel.Omschrijving);
        var pagina = await RegieApp.LeesHtmlAsync(await sanne.GetAsync(response.Headers.Location));
        Assert.Contains("De gegevens van Johan Tukker zijn bewaard", pagina.QuerySelector(".melding-ok")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("06 5555 0101", pagina.QuerySelector($"#betrokkene-{johan}")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dezelfde_gegevens_opnieuw_opslaan_zegt_dat_er_niets_veranderd_is()
    {
        var (casus, wesley) = await BetrokkeneAsync("Wesley Tukker");
        var ayse = await app.IngelogdAlsAsync("behandelaar");
        var voor = await GewijzigdAsync(casus);

        var response = await (await FormulierAsync(ayse, casus, wesley)).PostAsync(ayse);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var pagina = await RegieApp.LeesHtmlAsync(await ayse.GetAsync(response.Headers.Location));
        Assert.Equal("Er is niets veranderd.", pagina.QuerySelector(".melding-ok")!.TextContent.Trim());
        Assert.Equal(voor, await GewijzigdAsync(casus));
    }

    [Fact]
    public async Task Een_onjuist_telefoonnummer_en_e_mailadres_worden_geweigerd_en_de_invoer_blijft_staan()
    {
        var (casus, gerda) = await BetrokkeneAsync("Gerda Tukker");
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var formulier = await FormulierAsync(sanne, casus, gerda);

        var html = await RegieApp.LeesHtmlAsync(await formulier.Met("Input.Email", "gerda-at-thuis").Met("Input.Bereikbaarheid", "Alleen 's ochtends").PostAsync(sanne));
        var telefoon = await RegieApp.LeesHtmlAsync(await formulier.Met("Input.Email", "").Met("Input.Telefoon", "bel de buren").PostAsync(sanne));
        var teLang = await RegieApp.LeesHtmlAsync(await formulier.Met("Input.Telefoon", new string('1', 51)).Met("Input.RolOfRelatie", "").PostAsync(sanne));

        Assert.Equal("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.", Fout(html, "Input.Email"));
        Assert.Equal("gerda-at-thuis", html.QuerySelector("#Input_Email")!.GetAttribute("value"));
        Assert.Equal("Alleen 's ochtends", html.QuerySelector("#Input_Bereikbaarheid")!.GetAttribute("value"));
        Assert.Contains("cijfers", Fout(telefoon, "Input.Telefoon"), StringComparison.Ordinal);
        Assert.Equal("bel de buren", telefoon.QuerySelector("#Input_Telefoon")!.GetAttribute("value"));
        Assert.Equal("Het telefoonnummer mag hoogstens 50 tekens lang zijn.", Fout(teLang, "Input.Telefoon"));
        Assert.Equal("Vul de rol of relatie in.", Fout(teLang, "Input.RolOfRelatie"));
        await using var db = app.NieuweDbContext();
        var b = await db.Betrokkenen.SingleAsync(x => x.Id == gerda);
        Assert.Equal(("0546 123 456", null, "Vaak thuis"), (b.Telefoon, b.Email, b.Bereikbaarheid));
    }

    [Fact]
    public async Task Twee_wijzigingen_vanuit_dezelfde_stand_overschrijven_elkaar_niet()
    {
        var (casus, ellen) = await BetrokkeneAsync("Ellen Tukker");
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var peter = await app.IngelogdAlsAsync("maatschappelijkwerker");
        var vanSanne = await FormulierAsync(sanne, casus, ellen);
        var vanPeter = await FormulierAsync(peter, casus, ellen);
        Assert.Equal(HttpStatusCode.Redirect, (await vanPeter.Met("Input.Telefoon", "06 2222 0000").PostAsync(peter)).StatusCode);

        var response = await vanSanne.Met("Input.Bereikbaarheid", "Alleen op woensdag").PostAsync(sanne);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(response);
        Assert.Contains("Iemand anders heeft dit net gewijzigd", html.QuerySelector(".foutsamenvatting")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Alleen op woensdag", html.QuerySelector("#Input_Bereikbaarheid")!.GetAttribute("value"));
        Assert.Contains("06 2222 0000", html.QuerySelector("#nu-opgeslagen")!.TextContent, StringComparison.Ordinal);
        await using (var db = app.NieuweDbContext())
        {
            var b = await db.Betrokkenen.SingleAsync(x => x.Id == ellen);
            Assert.Equal(("06 2222 0000", "Liefst na 10.00 uur"), (b.Telefoon, b.Bereikbaarheid));
        }

        // Having seen the new stand, saving again is a deliberate choice and goes through.
        var opnieuw = await Formulier.Van(html.Forms.Single(f => f.QuerySelector("input[name='Input.Versie']") is not null), Url(casus, ellen)).PostAsync(sanne);
        Assert.Equal(HttpStatusCode.Redirect, opnieuw.StatusCode);
        await using var db2 = app.NieuweDbContext();
        Assert.Equal("Alleen op woensdag", await db2.Betrokkenen.Where(x => x.Id == ellen).Select(x => x.Bereikbaarheid).SingleAsync());
    }

    [Fact]
    public async Task Een_buitenstaander_krijgt_404_bij_bekijken_en_bij_versturen()
    {
        var (casus, johan) = await BetrokkeneAsync("Johan Tukker");
        var lotte = await app.IngelogdAlsAsync("buitenstaander");
        var token = (await RegieApp.LeesHtmlAsync(await lotte.GetAsync("/Account/Inloggen"))).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var get = await lotte.GetAsync(Url(casus, johan));
        var post = await lotte.PostAsync(Url(casus, johan), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.RolOfRelatie"] = "Vader", ["Input.Telefoon"] = "0900 0000",
        }));

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        await using var db = app.NieuweDbContext();
        Assert.NotEqual("0900 0000", await db.Betrokkenen.Where(b => b.Id == johan).Select(b => b.Telefoon).SingleAsync());
        Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == casus && l.Actie == LogboekActie.Geweigerd && l.Gebruiker == "Lotte Buiten"));
    }

    [Fact]
    public async Task Een_betrokkene_van_een_andere_casus_of_een_onbekende_geeft_404()
    {
        var (tukker, _) = await BetrokkeneAsync("Johan Tukker");
        var (_, linda) = await BetrokkeneAsync("Linda Bakker", DemoData.BakkerCode);
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var eigen = await FormulierAsync(sanne, tukker, (await BetrokkeneAsync("Wesley Tukker")).Betrokkene);

        Task<HttpResponseMessage> Post(string url) => sanne.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = eigen["__RequestVerificationToken"]!, ["Input.RolOfRelatie"] = "Moeder",
            ["Input.Telefoon"] = "06 0000 0000", ["Input.Versie"] = eigen["Input.Versie"]!,
        }));

        var get = await sanne.GetAsync(Url(tukker, linda));
        var post = await Post(Url(tukker, linda));
        var onbekend = await Post(Url(tukker, Guid.NewGuid()));
        var geenGuid = await sanne.GetAsync($"/Casussen/{tukker}/Betrokkenen/kapot/Wijzigen");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, onbekend.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, geenGuid.StatusCode);
        await using var db = app.NieuweDbContext();
        Assert.Equal("06 9876 5401", await db.Betrokkenen.Where(b => b.Id == linda).Select(b => b.Telefoon).SingleAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("Input.Versie=-1&Input.RolOfRelatie=Oom")]
    [InlineData("Input.Versie=kapot&Input.Email=%40%40")]
    public async Task Vervalste_invoer_geeft_een_melding_en_nooit_een_500(string velden)
    {
        var (casus, gerda) = await BetrokkeneAsync("Gerda Tukker");
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var waarden = velden.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(v => v.Split('='))
            .ToDictionary(v => v[0], v => Uri.UnescapeDataString(v[1]));

        var response = await RegieApp.PostFormulierAsync(sanne, Url(casus, gerda), waarden);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await RegieApp.LeesHtmlAsync(response)).QuerySelector(".foutsamenvatting"));
    }

    [Fact]
    public async Task De_gegevens_van_iemand_die_gestopt_is_blijven_zoals_ze_waren()
    {
        var (casus, marloes) = await BetrokkeneAsync("Marloes van Dam");
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var formulier = await FormulierAsync(sanne, casus, marloes);
        Assert.Equal(HttpStatusCode.Redirect, (await RegieApp.PostFormulierAsync(sanne, $"/Casussen/{casus}/Betrokkenen?handler=Beeindig", new()
        {
            ["Einde.BetrokkeneId"] = marloes.ToString(), ["Einde.Datum"] = "2026-11-24", ["Einde.Reden"] = "Andere school",
        })).StatusCode);

        var response = await formulier.Met("Input.Telefoon", "0546 000 000").PostAsync(sanne);
        var pagina = await RegieApp.LeesHtmlAsync(await sanne.GetAsync(Url(casus, marloes)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("niet meer betrokken", (await RegieApp.LeesHtmlAsync(response)).QuerySelector(".foutsamenvatting")!.TextContent, StringComparison.Ordinal);
        Assert.Null(pagina.QuerySelector("input[name='Input.Versie']"));
        await using var db = app.NieuweDbContext();
        Assert.Equal("0546 800 800", await db.Betrokkenen.Where(b => b.Id == marloes).Select(b => b.Telefoon).SingleAsync());
    }
}
