using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Web.Demo;

namespace Regie.Web.Tests.Casussen.WieDoetWat;

/// <summary>The edit form per taak (Pages/Casussen/TaakWijzigen), reached from "Wie doet wat".</summary>
public sealed class TaakWijzigenTests(RegieApp app) : IClassFixture<RegieApp>
{
    private async Task<Guid> TukkerAsync()
    {
        await using var db = app.NieuweDbContext();
        return await db.Casussen.Where(c => c.Code == DemoData.TukkerCode).Select(c => c.Id).SingleAsync();
    }

    private async Task<Guid> BetrokkeneAsync(string naam)
    {
        await using var db = app.NieuweDbContext();
        return await db.Betrokkenen.Where(b => b.Naam == naam).Select(b => b.Id).SingleAsync();
    }

    private async Task<Guid> TaakVanAsync(Guid casus, string naam)
    {
        var betrokkene = await BetrokkeneAsync(naam);
        await using var db = app.NieuweDbContext();
        return await db.Taken.Where(t => t.CasusId == casus && t.BetrokkeneId == betrokkene).Select(t => t.Id).FirstAsync();
    }

    private static string Url(Guid casus, Guid taak) => $"/Casussen/{casus}/Taken/{taak}/Wijzigen";

    private static async Task<Formulier> FormulierAsync(HttpClient client, Guid casus, Guid taak)
    {
        var html = await RegieApp.LeesHtmlAsync(await client.GetAsync(Url(casus, taak)));
        return Formulier.Van(html.Forms.Single(f => f.QuerySelector("input[name='Input.Versie']") is not null), Url(casus, taak));
    }

    private static string? Fout(IHtmlDocument html, string veld) => html.QuerySelector($"[data-valmsg-for='{veld}']")?.TextContent.Trim();

    [Fact]
    public async Task Omschrijving_wie_resultaat_en_termijn_van_een_taak_wijzigen_wordt_bewaard()
    {
        var casus = await TukkerAsync();
        var taak = await TaakVanAsync(casus, "Johan Tukker");
        var ellen = await BetrokkeneAsync("Ellen Tukker");
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var overzicht = await RegieApp.LeesHtmlAsync(await sanne.GetAsync($"/Casussen/{casus}/Taken"));
        Assert.NotNull(overzicht.QuerySelector($"#taak-{taak} a[href='{Url(casus, taak)}']"));

        var response = await (await FormulierAsync(sanne, casus, taak))
            .Met("Input.Omschrijving", "Samen naar het werkplein").Met("Input.BetrokkeneId", ellen.ToString())
            .Met("Input.Resultaat", "Werk en inkomen voor het gezin").Met("Input.Termijn", "2027-01-15").PostAsync(sanne);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.NieuweDbContext();
        var t = await db.Taken.SingleAsync(x => x.Id == taak);
        Assert.Equal(("Samen naar het werkplein", ellen, "Werk en inkomen voor het gezin", new DateOnly(2027, 1, 15)), (t.Omschrijving, t.BetrokkeneId, t.Resultaat, t.Termijn));
        var regel = await db.Logboek.Where(l => l.CasusId == casus && l.Entiteit == "Taak" && l.Actie == LogboekActie.Gewijzigd).OrderByDescending(l => l.Id).FirstAsync();
        Assert.Equal(("Sanne de Vries", "Gewijzigd: Omschrijving, Wie, Resultaat, Termijn"), (regel.Gebruiker, regel.Omschrijving));
        var pagina = await RegieApp.LeesHtmlAsync(await sanne.GetAsync(response.Headers.Location));
        Assert.Equal("De taak is bewaard.", pagina.QuerySelector(".melding-ok")!.TextContent.Trim());
        Assert.Contains("Ellen Tukker (gezin)", pagina.QuerySelector($"#taak-{taak}")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dezelfde_taak_opnieuw_opslaan_zegt_dat_er_niets_veranderd_is()
    {
        var casus = await TukkerAsync();
        var taak = await TaakVanAsync(casus, "Wesley Tukker");
        var ayse = await app.IngelogdAlsAsync("behandelaar");
        await using var db = app.NieuweDbContext();
        var voor = await db.Logboek.CountAsync(l => l.CasusId == casus && l.Entiteit == "Taak" && l.Actie == LogboekActie.Gewijzigd);

        var response = await (await FormulierAsync(ayse, casus, taak)).PostAsync(ayse);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Er is niets veranderd.", (await RegieApp.LeesHtmlAsync(await ayse.GetAsync(response.Headers.Location))).QuerySelector(".melding-ok")!.TextContent.Trim());
        Assert.Equal(voor, await db.Logboek.CountAsync(l => l.CasusId == casus && l.Entiteit == "Taak" && l.Actie == LogboekActie.Gewijzigd));
    }

    [Fact]
    public async Task Een_termijn_in_het_verleden_wordt_geweigerd_en_de_invoer_blijft_staan()
    {
        var casus = await TukkerAsync();
        var taak = await TaakVanAsync(casus, "Peter Jansen");
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");

        var response = await (await FormulierAsync(sanne, casus, taak)).Met("Input.Omschrijving", "Schulden in kaart").Met("Input.Termijn", "2026-11-01").PostAsync(sanne);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(response);
        Assert.Equal("De termijn ligt in het verleden.", Fout(html, "Input.Termijn"));
        Assert.Equal("Schulden in kaart", html.QuerySelector("#Input_Omschrijving")!.TextContent.Trim());
        Assert.Equal("2026-11-01", html.QuerySelector("#Input_Termijn")!.GetAttribute("value"));
        await using var db = app.NieuweDbContext();
        Assert.NotEqual("Schulden in kaart", await db.Taken.Where(t => t.Id == taak).Select(t => t.Omschrijving).SingleAsync());
    }

    [Fact]
    public async Task Twee_wijzigingen_vanuit_dezelfde_stand_overschrijven_elkaar_niet()
    {
        var casus = await TukkerAsync();
        var taak = await TaakVanAsync(casus, "Ellen Tukker");
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var peter = await app.IngelogdAlsAsync("maatschappelijkwerker");
        var vanSanne = await FormulierAsync(sanne, casus, taak);
        Assert.Equal(HttpStatusCode.Redirect, (await (await FormulierAsync(peter, casus, taak)).Met("Input.Resultaat", "Gezondheid en rust").PostAsync(peter)).StatusCode);

        var response = await vanSanne.Met("Input.Omschrijving", "Elke maand bij de bedrijfsarts").PostAsync(sanne);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(response);
        Assert.Contains("Iemand anders heeft dit net gewijzigd", html.QuerySelector(".foutsamenvatting")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Elke maand bij de bedrijfsarts", html.QuerySelector("#Input_Omschrijving")!.TextContent.Trim());
        Assert.Contains("Gezondheid en rust", html.QuerySelector("#nu-opgeslagen")!.TextContent, StringComparison.Ordinal);
        await using var db = app.NieuweDbContext();
        var t = await db.Taken.SingleAsync(x => x.Id == taak);
        Assert.Equal(("Gezondheid en rust", "De afspraken met de bedrijfsarts nakomen en laten weten als het niet gaat."), (t.Resultaat, t.Omschrijving));
    }

    [Fact]
    public async Task Een_buitenstaander_krijgt_404_bij_bekijken_en_bij_versturen()
    {
        var casus = await TukkerAsync();
        var taak = await TaakVanAsync(casus, "Peter Jansen");
        var lotte = await app.IngelogdAlsAsync("buitenstaander");
        var token = (await RegieApp.LeesHtmlAsync(await lotte.GetAsync("/Account/Inloggen"))).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var get = await lotte.GetAsync(Url(casus, taak));
        var post = await lotte.PostAsync(Url(casus, taak), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Omschrijving"] = "Indringen", ["Input.BetrokkeneId"] = (await BetrokkeneAsync("Peter Jansen")).ToString(),
        }));

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        await using var db = app.NieuweDbContext();
        Assert.False(await db.Taken.AnyAsync(t => t.Omschrijving == "Indringen"));
    }

    [Fact]
    public async Task Een_taak_van_een_andere_casus_geeft_404()
    {
        var tukker = await TukkerAsync();
        await using var db = app.NieuweDbContext();
        var bakkerTaak = await db.Taken.Where(t => db.Casussen.Any(c => c.Id == t.CasusId && c.Code == DemoData.BakkerCode)).Select(t => t.Id).FirstAsync();
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var eigen = await FormulierAsync(sanne, tukker, await TaakVanAsync(tukker, "Peter Jansen"));

        var get = await sanne.GetAsync(Url(tukker, bakkerTaak));
        var post = await sanne.PostAsync(Url(tukker, bakkerTaak), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = eigen["__RequestVerificationToken"]!, ["Input.Omschrijving"] = "Overgenomen",
            ["Input.BetrokkeneId"] = eigen["Input.BetrokkeneId"]!, ["Input.Versie"] = eigen["Input.Versie"]!,
        }));

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.False(await db.Taken.AnyAsync(t => t.Omschrijving == "Overgenomen"));
    }

    [Theory]
    [InlineData("", "Kies wie dit doet.")]
    [InlineData("Input.Omschrijving=x&Input.BetrokkeneId=LINDA", "Een taak is voor iemand die nu betrokken is.")]
    [InlineData("Input.Omschrijving=x&Input.BetrokkeneId=00000000-0000-0000-0000-000000000001", "Een taak is voor iemand die nu betrokken is.")]
    [InlineData("Input.Omschrijving=%20&Input.BetrokkeneId=kapot&Input.Termijn=2026-13-45&Input.Versie=-1", null)]
    public async Task Vervalste_invoer_geeft_een_melding_en_nooit_een_500(string velden, string? melding)
    {
        var casus = await TukkerAsync();
        var taak = await TaakVanAsync(casus, "Ayşe Yılmaz");
        var linda = await BetrokkeneAsync("Linda Bakker");
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var waarden = velden.Replace("LINDA", linda.ToString(), StringComparison.Ordinal).Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(v => v.Split('=')).ToDictionary(v => v[0], v => Uri.UnescapeDataString(v[1]));

        var response = await RegieApp.PostFormulierAsync(sanne, Url(casus, taak), waarden);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var samenvatting = (await RegieApp.LeesHtmlAsync(response)).QuerySelector(".foutsamenvatting");
        Assert.NotNull(samenvatting);
        if (melding is not null) Assert.Contains(melding, samenvatting.TextContent, StringComparison.Ordinal);
    }
}
