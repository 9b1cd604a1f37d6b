using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Web.Demo;

namespace Regie.Web.Tests.Account;

/// <summary>A professional's own contact details (Pages/Account/Profiel) and how they reach the ouders' portal.</summary>
public sealed class ProfielTests(RegieApp app) : IClassFixture<RegieApp>
{
    private const string Url = "/Account/Profiel";

    private static async Task<Formulier> FormulierAsync(HttpClient client)
    {
        var html = await RegieApp.LeesHtmlAsync(await client.GetAsync(Url));
        return Formulier.Van(html.Forms.Single(f => f.QuerySelector("input[name='Input.Versie']") is not null), Url);
    }

    private static string? Fout(IHtmlDocument html, string veld) => html.QuerySelector($"[data-valmsg-for='{veld}']")?.TextContent.Trim();

    [Fact]
    public async Task Een_nieuw_telefoonnummer_in_het_profiel_ziet_de_ouder_meteen_in_het_portaal()
    {
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var menu = await RegieApp.LeesHtmlAsync(await sanne.GetAsync("/Casussen"));
        Assert.NotNull(menu.QuerySelector($"nav.menu a[href='{Url}']"));
        var formulier = await FormulierAsync(sanne);
        Assert.Equal("0546 541 100", formulier["Input.Telefoon"]);

        var response = await formulier.Met("Input.Telefoon", "0546 541 999").PostAsync(sanne);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.NieuweDbContext();
        var medewerker = await db.Medewerkers.SingleAsync(m => m.Email == $"jeugdconsulent@{DemoData.Domein}");
        Assert.Equal(("0546 541 999", "Jeugdconsulent"), (medewerker.Telefoon, medewerker.Functie));
        var tukker = await db.Casussen.Where(c => c.Code == DemoData.TukkerCode).Select(c => c.Id).SingleAsync();
        var rij = await db.Betrokkenen.SingleAsync(b => b.CasusId == tukker && b.MedewerkerId == medewerker.Id);
        Assert.Equal(("0546 541 999", "Maandag tot en met donderdag, 8.30–17.00 uur"), (rij.Telefoon, rij.Bereikbaarheid));
        Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == null && l.Entiteit == "Medewerker" && l.Actie == LogboekActie.Gewijzigd
            && l.Omschrijving == "Eigen profiel gewijzigd: Telefoon" && l.Gebruiker == "Sanne de Vries"));
        var casusregel = await db.Logboek.SingleAsync(l => l.CasusId == tukker && l.Entiteit == "Betrokkene" && l.Actie == LogboekActie.Gewijzigd);
        Assert.Equal("Gewijzigd vanuit het profiel van de professional: Telefoon", casusregel.Omschrijving);
        var pagina = await RegieApp.LeesHtmlAsync(await sanne.GetAsync(response.Headers.Location));
        Assert.Contains("ook in de casus waarbij u betrokken bent", pagina.QuerySelector(".melding-ok")!.TextContent, StringComparison.Ordinal);

        var ellen = await app.IngelogdAlsAsync("ouder@demo.regie.test");
        var portaal = await RegieApp.LeesHtmlAsync(await ellen.GetAsync("/Ouders"));
        var bellen = portaal.QuerySelector("section[aria-labelledby='kop-bellen']")!.TextContent;
        Assert.Contains("0546 541 999", bellen, StringComparison.Ordinal);
        Assert.DoesNotContain("0546 541 100", portaal.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_onjuist_telefoonnummer_wordt_geweigerd_en_de_invoer_blijft_staan()
    {
        var ayse = await app.IngelogdAlsAsync("behandelaar");

        var response = await (await FormulierAsync(ayse)).Met("Input.Telefoon", "bel het secretariaat").Met("Input.Bereikbaarheid", "Alleen dinsdag").PostAsync(ayse);
        var teLang = await RegieApp.LeesHtmlAsync(await (await FormulierAsync(ayse)).Met("Input.Functie", new string('x', 201)).PostAsync(ayse));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(response);
        Assert.Contains("cijfers", Fout(html, "Input.Telefoon"), StringComparison.Ordinal);
        Assert.Equal("bel het secretariaat", html.QuerySelector("#Input_Telefoon")!.GetAttribute("value"));
        Assert.Equal("Alleen dinsdag", html.QuerySelector("#Input_Bereikbaarheid")!.GetAttribute("value"));
        Assert.NotNull(html.QuerySelector(".foutsamenvatting a[href='#Input_Telefoon']"));
        Assert.Equal("De functie mag hoogstens 200 tekens lang zijn.", Fout(teLang, "Input.Functie"));
        await using var db = app.NieuweDbContext();
        var m = await db.Medewerkers.SingleAsync(x => x.Email == $"behandelaar@{DemoData.Domein}");
        Assert.Equal(("074 250 3300", "Dinsdag en donderdag"), (m.Telefoon, m.Bereikbaarheid));
    }

    [Fact]
    public async Task Twee_wijzigingen_vanuit_dezelfde_stand_overschrijven_elkaar_niet()
    {
        var peter = await app.IngelogdAlsAsync("maatschappelijkwerker");
        var eerste = await FormulierAsync(peter);
        var tweede = await FormulierAsync(peter);
        Assert.Equal(HttpStatusCode.Redirect, (await eerste.Met("Input.Bereikbaarheid", "Alleen maandag").PostAsync(peter)).StatusCode);

        var response = await tweede.Met("Input.Functie", "Schuldhulpverlener").PostAsync(peter);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(response);
        Assert.Contains("Iemand anders heeft dit net gewijzigd", html.QuerySelector(".foutsamenvatting")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Schuldhulpverlener", html.QuerySelector("#Input_Functie")!.GetAttribute("value"));
        Assert.Contains("Alleen maandag", html.QuerySelector("#nu-opgeslagen")!.TextContent, StringComparison.Ordinal);
        await using var db = app.NieuweDbContext();
        var m = await db.Medewerkers.SingleAsync(x => x.Email == $"maatschappelijkwerker@{DemoData.Domein}");
        Assert.Equal(("Maatschappelijk werker", "Alleen maandag"), (m.Functie, m.Bereikbaarheid));
    }

    [Fact]
    public async Task Niets_veranderen_zegt_dat_en_schrijft_geen_wijziging()
    {
        var martijn = await app.IngelogdAlsAsync("jeugdbeschermer");
        await using var db = app.NieuweDbContext();
        var voor = await db.Logboek.CountAsync(l => l.Actie == LogboekActie.Gewijzigd && l.Gebruiker == "Martijn Kok");

        var response = await (await FormulierAsync(martijn)).PostAsync(martijn);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Er is niets veranderd.", (await RegieApp.LeesHtmlAsync(await martijn.GetAsync(response.Headers.Location))).QuerySelector(".melding-ok")!.TextContent.Trim());
        Assert.Equal(voor, await db.Logboek.CountAsync(l => l.Actie == LogboekActie.Gewijzigd && l.Gebruiker == "Martijn Kok"));
    }

    [Theory]
    [InlineData("ouder@demo.regie.test")]
    [InlineData("beheerder")]
    public async Task Wie_geen_professional_is_heeft_geen_profielpagina(string account)
    {
        var client = await app.IngelogdAlsAsync(account);

        var response = await client.GetAsync(Url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Geweigerd", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Input.Versie=-1&Input.Telefoon=06")]
    [InlineData("Input.Versie=kapot&Input.Functie=Gedragswetenschapper")]
    public async Task Vervalste_invoer_geeft_een_melding_en_nooit_een_500(string velden)
    {
        var lotte = await app.IngelogdAlsAsync("buitenstaander");
        var waarden = velden.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(v => v.Split('='))
            .ToDictionary(v => v[0], v => Uri.UnescapeDataString(v[1]));

        var response = await RegieApp.PostFormulierAsync(lotte, Url, waarden);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await RegieApp.LeesHtmlAsync(response)).QuerySelector(".foutsamenvatting"));
    }

    [Fact]
    public async Task Een_nulteken_in_de_invoer_geeft_nooit_een_500()
    {
        var lotte = await app.IngelogdAlsAsync("buitenstaander");

        var response = await RegieApp.PostFormulierAsync(lotte, Url, new() { ["Input.Functie"] = "Begeleider\0" });

        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode}");
        await using var db = app.NieuweDbContext();
        Assert.Equal("Ambulant begeleider", await db.Medewerkers.Where(m => m.Email == $"buitenstaander@{DemoData.Domein}").Select(m => m.Functie).SingleAsync());
    }
}
