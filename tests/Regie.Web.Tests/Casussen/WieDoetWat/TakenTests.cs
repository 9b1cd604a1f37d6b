using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Web.Demo;

namespace Regie.Web.Tests.Casussen.WieDoetWat;

public sealed class TakenTests(RegieApp app) : IClassFixture<RegieApp>
{
    private async Task<Guid> TukkerAsync()
    {
        await using var db = app.NieuweDbContext();
        return await db.Casussen.Where(c => c.Code == DemoData.TukkerCode).Select(c => c.Id).SingleAsync();
    }

    private async Task<Guid> BetrokkeneAsync(string casusCode, string naam)
    {
        await using var db = app.NieuweDbContext();
        return await db.Betrokkenen.Where(b => b.Naam == naam && db.Casussen.Any(c => c.Id == b.CasusId && c.Code == casusCode)).Select(b => b.Id).SingleAsync();
    }

    private async Task<Guid> TaakVanAsync(Guid casus, string naam)
    {
        await using var db = app.NieuweDbContext();
        var betrokkene = await db.Betrokkenen.Where(b => b.CasusId == casus && b.Naam == naam).Select(b => b.Id).SingleAsync();
        return await db.Taken.Where(t => t.CasusId == casus && t.BetrokkeneId == betrokkene).Select(t => t.Id).FirstAsync();
    }

    private static string Url(Guid casus) => $"/Casussen/{casus}/Taken";

    private static Task<HttpResponseMessage> VerstuurAsync(HttpClient client, Guid casus, string handler, Dictionary<string, string> velden) =>
        RegieApp.PostFormulierAsync(client, $"{Url(casus)}?handler={handler}", velden);

    private static async Task<Formulier> StatusformulierAsync(HttpClient client, Guid casus, Guid taak)
    {
        var html = await RegieApp.LeesHtmlAsync(await client.GetAsync(Url(casus)));
        return Formulier.Van(html.Forms.Single(f => f.QuerySelector($"input[name='Wijziging.TaakId'][value='{taak}']") is not null));
    }

    private static string? Fout(IHtmlDocument html, string veld) => html.QuerySelector($"[data-valmsg-for='{veld}']")?.TextContent.Trim();

    [Fact]
    public async Task De_pagina_toont_wie_wat_doet_en_biedt_ook_ouders_en_jeugdige_aan()
    {
        var casus = await TukkerAsync();
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");

        var html = await RegieApp.LeesHtmlAsync(await sanne.GetAsync(Url(casus)));

        Assert.Equal("Wie doet wat", html.QuerySelector("nav.tabs a[aria-current=page]")!.TextContent.Trim());
        var rijen = html.QuerySelectorAll("main table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rijen, r => r.Contains("Peter Jansen (Wijkracht Maatschappelijk Werk)", StringComparison.Ordinal) && r.Contains("Financiën op orde", StringComparison.Ordinal));
        Assert.Contains(rijen, r => r.Contains("Johan Tukker (gezin)", StringComparison.Ordinal) && r.Contains("15 december 2026", StringComparison.Ordinal));
        var keuzes = html.QuerySelectorAll("select[name='Nieuw.BetrokkeneId'] option").Select(o => o.TextContent).ToList();
        Assert.Contains(keuzes, k => k.StartsWith("Johan Tukker (gezin)", StringComparison.Ordinal));
        Assert.Contains(keuzes, k => k.StartsWith("Wesley Tukker (gezin)", StringComparison.Ordinal));
        Assert.Contains(keuzes, k => k.StartsWith("Gerda Tukker (netwerk)", StringComparison.Ordinal));
        await using var db = app.NieuweDbContext();
        Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == casus && l.Entiteit == "Taak" && l.Actie == LogboekActie.Bekeken && l.Gebruiker == "Sanne de Vries"));
    }

    [Fact]
    public async Task Een_taak_voor_een_ouder_wordt_toegevoegd()
    {
        var casus = await TukkerAsync();
        var ellen = await BetrokkeneAsync(DemoData.TukkerCode, "Ellen Tukker");
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");

        var response = await VerstuurAsync(sanne, casus, "Nieuw", new()
        {
            ["Nieuw.Omschrijving"] = "Een afspraak maken met de huisarts over de vermoeidheid.",
            ["Nieuw.BetrokkeneId"] = ellen.ToString(),
            ["Nieuw.Resultaat"] = "Gezondheid",
            ["Nieuw.Termijn"] = "2026-12-15",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.NieuweDbContext();
        var taak = await db.Taken.SingleAsync(t => t.CasusId == casus && t.Omschrijving == "Een afspraak maken met de huisarts over de vermoeidheid.");
        Assert.Equal((ellen, "Gezondheid", new DateOnly(2026, 12, 15), TaakStatus.Open), (taak.BetrokkeneId, taak.Resultaat, taak.Termijn, taak.Status));
        Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == casus && l.Entiteit == "Taak" && l.Actie == LogboekActie.Aangemaakt && l.Gebruiker == "Sanne de Vries"));
        var pagina = await RegieApp.LeesHtmlAsync(await sanne.GetAsync(response.Headers.Location));
        Assert.Contains("De taak voor Ellen Tukker is toegevoegd.", pagina.QuerySelector(".melding-ok")!.TextContent, StringComparison.Ordinal);
        var rij = pagina.QuerySelector($"#taak-{taak.Id}")!.TextContent;
        Assert.Contains("Ellen Tukker (gezin)", rij, StringComparison.Ordinal);
        Assert.Contains("15 december 2026", rij, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_termijn_in_het_verleden_wordt_geweigerd_en_de_invoer_blijft_staan()
    {
        var casus = await TukkerAsync();
        var johan = await BetrokkeneAsync(DemoData.TukkerCode, "Johan Tukker");
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");

        var response = await VerstuurAsync(sanne, casus, "Nieuw", new()
        {
            ["Nieuw.Omschrijving"] = "<i>Sollicitatiebrief</i> schrijven",
            ["Nieuw.BetrokkeneId"] = johan.ToString(),
            ["Nieuw.Resultaat"] = "Werk",
            ["Nieuw.Termijn"] = "2026-11-01",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(response);
        Assert.Equal("De termijn ligt in het verleden.", Fout(html, "Nieuw.Termijn"));
        Assert.Equal("<i>Sollicitatiebrief</i> schrijven", html.QuerySelector("#Nieuw_Omschrijving")!.TextContent.Trim());
        Assert.Null(html.QuerySelector("main i"));
        Assert.Equal("2026-11-01", html.QuerySelector("#Nieuw_Termijn")!.GetAttribute("value"));
        Assert.True(((IHtmlOptionElement)html.QuerySelector($"#Nieuw_BetrokkeneId option[value='{johan}']")!).IsSelected);
        Assert.NotNull(html.QuerySelector(".foutsamenvatting a[href='#Nieuw_Termijn']"));
        await using var db = app.NieuweDbContext();
        Assert.False(await db.Taken.AnyAsync(t => t.Resultaat == "Werk" && t.CasusId == casus));
    }

    [Fact]
    public async Task Zonder_omschrijving_en_wie_staan_de_meldingen_bij_de_velden()
    {
        var casus = await TukkerAsync();
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");

        var html = await RegieApp.LeesHtmlAsync(await VerstuurAsync(sanne, casus, "Nieuw", new() { ["Nieuw.Resultaat"] = "Rust", ["Nieuw.Termijn"] = "volgende week" }));

        Assert.Equal("Schrijf op wat er gedaan wordt.", Fout(html, "Nieuw.Omschrijving"));
        Assert.Equal("Kies wie dit doet.", Fout(html, "Nieuw.BetrokkeneId"));
        Assert.Contains("niet geldig", Fout(html, "Nieuw.Termijn"), StringComparison.Ordinal);
        Assert.Equal("Rust", html.QuerySelector("#Nieuw_Resultaat")!.GetAttribute("value"));
    }

    [Fact]
    public async Task De_status_van_een_taak_wordt_opgeslagen_met_een_regel_in_het_logboek()
    {
        var casus = await TukkerAsync();
        var taak = await TaakVanAsync(casus, "Peter Jansen");
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");

        var response = await (await StatusformulierAsync(sanne, casus, taak)).Met("Wijziging.Status", "Bezig").PostAsync(sanne);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.NieuweDbContext();
        Assert.Equal(TaakStatus.Bezig, await db.Taken.Where(t => t.Id == taak).Select(t => t.Status).SingleAsync());
        Assert.Single(await db.Logboek.Where(l => l.CasusId == casus && l.Entiteit == "Taak" && l.Actie == LogboekActie.Gewijzigd && l.Gebruiker == "Sanne de Vries").ToListAsync());
        var pagina = await RegieApp.LeesHtmlAsync(await sanne.GetAsync(Url(casus)));
        Assert.True(((IHtmlOptionElement)pagina.QuerySelector($"#status-{taak} option[value='Bezig']")!).IsSelected);
    }

    [Fact]
    public async Task De_behandelaar_zet_haar_eigen_taak_op_klaar()
    {
        var casus = await TukkerAsync();
        var taak = await TaakVanAsync(casus, "Ayşe Yılmaz");
        var ayse = await app.IngelogdAlsAsync("behandelaar");

        var response = await (await StatusformulierAsync(ayse, casus, taak)).Met("Wijziging.Status", "Klaar").PostAsync(ayse);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.NieuweDbContext();
        Assert.Equal(TaakStatus.Klaar, await db.Taken.Where(t => t.Id == taak).Select(t => t.Status).SingleAsync());
        Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == casus && l.Entiteit == "Taak" && l.Actie == LogboekActie.Gewijzigd && l.Gebruiker == "Ayşe Yılmaz"));
    }

    [Fact]
    public async Task Een_status_die_iemand_anders_net_opsloeg_wordt_niet_overschreven()
    {
        var casus = await TukkerAsync();
        var taak = await TaakVanAsync(casus, "Marloes van Dam");
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var ayse = await app.IngelogdAlsAsync("behandelaar");
        var oud = await StatusformulierAsync(sanne, casus, taak);
        Assert.Equal(HttpStatusCode.Redirect, (await (await StatusformulierAsync(ayse, casus, taak)).Met("Wijziging.Status", "Bezig").PostAsync(ayse)).StatusCode);

        var response = await oud.Met("Wijziging.Status", "Gestopt").PostAsync(sanne);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(response);
        Assert.Contains("Iemand anders heeft dit net gewijzigd", Fout(html, "Wijziging.Status"), StringComparison.Ordinal);
        Assert.True(((IHtmlOptionElement)html.QuerySelector("#Wijziging_Status option[value='Gestopt']")!).IsSelected);
        await using var db = app.NieuweDbContext();
        Assert.Equal(TaakStatus.Bezig, await db.Taken.Where(t => t.Id == taak).Select(t => t.Status).SingleAsync());
    }

    [Fact]
    public async Task Een_buitenstaander_krijgt_404_bij_bekijken_en_bij_versturen()
    {
        var casus = await TukkerAsync();
        var taak = await TaakVanAsync(casus, "Peter Jansen");
        var johan = await BetrokkeneAsync(DemoData.TukkerCode, "Johan Tukker");
        var lotte = await app.IngelogdAlsAsync("buitenstaander");
        var token = (await RegieApp.LeesHtmlAsync(await lotte.GetAsync("/Account/Inloggen"))).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        Task<HttpResponseMessage> Post(string handler, Dictionary<string, string> velden)
        {
            velden["__RequestVerificationToken"] = token;
            return lotte.PostAsync($"{Url(casus)}?handler={handler}", new FormUrlEncodedContent(velden));
        }

        var get = await lotte.GetAsync(Url(casus));
        var status = await Post("Status", new() { ["Wijziging.TaakId"] = taak.ToString(), ["Wijziging.Status"] = "Gestopt" });
        var nieuw = await Post("Nieuw", new() { ["Nieuw.Omschrijving"] = "Indringen", ["Nieuw.BetrokkeneId"] = johan.ToString() });

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, status.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, nieuw.StatusCode);
        await using var db = app.NieuweDbContext();
        Assert.NotEqual(TaakStatus.Gestopt, await db.Taken.Where(t => t.Id == taak).Select(t => t.Status).SingleAsync());
        Assert.False(await db.Taken.AnyAsync(t => t.Omschrijving == "Indringen"));
        Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == casus && l.Actie == LogboekActie.Geweigerd && l.Gebruiker == "Lotte Buiten"));
    }

    [Theory]
    [InlineData("Status", "Wijziging.TaakId=00000000-0000-0000-0000-000000000001&Wijziging.Status=Klaar", "Deze taak hoort niet bij deze casus.")]
    [InlineData("Status", "Wijziging.TaakId=kapot&Wijziging.Status=Klaar", null)]
    [InlineData("Status", "Wijziging.TaakId=00000000-0000-0000-0000-000000000001&Wijziging.Status=Weg&Wijziging.Versie=-1", null)]
    [InlineData("Status", "", null)]
    [InlineData("Nieuw", "Nieuw.Omschrijving=x&Nieuw.BetrokkeneId=00000000-0000-0000-0000-000000000001", "Een taak is voor iemand die nu betrokken is.")]
    [InlineData("Nieuw", "Nieuw.Omschrijving=x&Nieuw.BetrokkeneId=BAKKER", "Een taak is voor iemand die nu betrokken is.")]
    [InlineData("Nieuw", "Nieuw.Omschrijving=%20%20&Nieuw.BetrokkeneId=geen-guid&Nieuw.Termijn=2026-13-45", null)]
    [InlineData("Nieuw", "", null)]
    public async Task Vervalste_invoer_geeft_een_melding_en_nooit_een_500(string handler, string velden, string? melding)
    {
        var casus = await TukkerAsync();
        var linda = await BetrokkeneAsync(DemoData.BakkerCode, "Linda Bakker");
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var waarden = velden.Replace("BAKKER", linda.ToString(), StringComparison.Ordinal).Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(v => v.Split('=')).ToDictionary(v => v[0], v => Uri.UnescapeDataString(v[1]));

        var response = await VerstuurAsync(sanne, casus, handler, waarden);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(response);
        var samenvatting = html.QuerySelector(".foutsamenvatting");
        Assert.NotNull(samenvatting);
        if (melding is not null) Assert.Contains(melding, samenvatting.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_post_zonder_bekend_formulier_geeft_404()
    {
        var casus = await TukkerAsync();
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");

        var response = await RegieApp.PostFormulierAsync(sanne, Url(casus), []);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
