using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Web.Demo;

namespace Regie.Web.Tests.Casussen.Betrokkenen;

/// <summary>Who may decide: an ouder's gezag and a jeugdige's geboortedatum, on the edit form and when adding someone.</summary>
public sealed class GezagEnGeboortedatumTests(RegieApp app) : IClassFixture<RegieApp>
{
    private static readonly DateOnly Vandaag = DateOnly.FromDateTime(RegieApp.Start.UtcDateTime);

    private static string Iso(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<(Guid Casus, Guid Betrokkene)> BetrokkeneAsync(string naam)
    {
        await using var db = app.NieuweDbContext();
        var casus = await db.Casussen.Where(c => c.Code == DemoData.TukkerCode).Select(c => c.Id).SingleAsync();
        return (casus, await db.Betrokkenen.Where(b => b.CasusId == casus && b.Naam == naam).Select(b => b.Id).SingleAsync());
    }

    private static string Url(Guid casus, Guid betrokkene) => $"/Casussen/{casus}/Betrokkenen/{betrokkene}/Wijzigen";

    private static async Task<(IHtmlDocument Html, Formulier Formulier)> FormulierAsync(HttpClient client, Guid casus, Guid betrokkene)
    {
        var html = await RegieApp.LeesHtmlAsync(await client.GetAsync(Url(casus, betrokkene)));
        return (html, Formulier.Van(html.Forms.Single(f => f.QuerySelector("input[name='Input.Versie']") is not null), Url(casus, betrokkene)));
    }

    private static string? Fout(IHtmlDocument html, string veld) => html.QuerySelector($"[data-valmsg-for='{veld}']")?.TextContent.Trim();

    private async Task<string?> LaatsteWijzigingAsync(Guid casus)
    {
        await using var db = app.NieuweDbContext();
        return await db.Logboek.Where(l => l.CasusId == casus && l.Entiteit == "Betrokkene" && l.Actie == LogboekActie.Gewijzigd)
            .OrderByDescending(l => l.Id).Select(l => l.Omschrijving).FirstAsync();
    }

    [Fact]
    public async Task Gezag_van_een_ouder_wijzigen_wordt_bewaard_en_het_logboek_noemt_het_veld()
    {
        var (casus, johan) = await BetrokkeneAsync("Johan Tukker");
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var (html, formulier) = await FormulierAsync(sanne, casus, johan);
        Assert.Equal("true", formulier["Input.HeeftGezag"]);
        Assert.Null(html.QuerySelector("input[name='Input.Geboortedatum']"));

        var nee = await formulier.Met("Input.HeeftGezag", "false").PostAsync(sanne);

        Assert.Equal(HttpStatusCode.Redirect, nee.StatusCode);
        Assert.Equal("Gewijzigd: HeeftGezag", await LaatsteWijzigingAsync(casus));
        var overzicht = await RegieApp.LeesHtmlAsync(await sanne.GetAsync(nee.Headers.Location));
        Assert.Contains("Heeft gezagnee", overzicht.QuerySelector($"#betrokkene-{johan}")!.TextContent, StringComparison.Ordinal);

        var (_, opnieuw) = await FormulierAsync(sanne, casus, johan);
        Assert.Equal("false", opnieuw["Input.HeeftGezag"]);
        Assert.Equal(HttpStatusCode.Redirect, (await opnieuw.Met("Input.HeeftGezag", "").Met("Input.Telefoon", "06 1234 5699").PostAsync(sanne)).StatusCode);
        Assert.Equal("Gewijzigd: Telefoon, HeeftGezag", await LaatsteWijzigingAsync(casus));
        await using var db = app.NieuweDbContext();
        Assert.Null(await db.Betrokkenen.Where(b => b.Id == johan).Select(b => b.HeeftGezag).SingleAsync());
    }

    [Fact]
    public async Task De_geboortedatum_van_een_jeugdige_wijzigen_wordt_bewaard_en_de_leeftijd_getoond()
    {
        var (casus, wesley) = await BetrokkeneAsync("Wesley Tukker");
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var (html, formulier) = await FormulierAsync(sanne, casus, wesley);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", formulier["Input.Geboortedatum"]);
        Assert.Null(html.QuerySelector("input[name='Input.HeeftGezag']"));
        var twaalf = Vandaag.AddYears(-12);

        var response = await formulier.Met("Input.Geboortedatum", Iso(twaalf)).PostAsync(sanne);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Gewijzigd: Geboortedatum", await LaatsteWijzigingAsync(casus));
        await using (var db = app.NieuweDbContext())
            Assert.Equal(twaalf, await db.Betrokkenen.Where(b => b.Id == wesley).Select(b => b.Geboortedatum).SingleAsync());
        var overzicht = await RegieApp.LeesHtmlAsync(await sanne.GetAsync(response.Headers.Location));
        Assert.Contains("12 jaar", overzicht.QuerySelector($"#betrokkene-{wesley}")!.TextContent, StringComparison.Ordinal);
        var (_, opnieuw) = await FormulierAsync(sanne, casus, wesley);
        Assert.Equal(Iso(twaalf), opnieuw["Input.Geboortedatum"]);
    }

    [Theory]
    [InlineData(1, "De geboortedatum ligt in de toekomst.")]
    [InlineData(-26 * 365, "De geboortedatum ligt meer dan 25 jaar terug. Kijk of het jaar klopt.")]
    public async Task Een_onmogelijke_geboortedatum_wordt_geweigerd_en_de_invoer_blijft_staan(int dagen, string melding)
    {
        var (casus, wesley) = await BetrokkeneAsync("Wesley Tukker");
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var (_, formulier) = await FormulierAsync(sanne, casus, wesley);
        var voor = formulier["Input.Geboortedatum"];
        var datum = Iso(Vandaag.AddDays(dagen));

        var response = await formulier.Met("Input.Geboortedatum", datum).Met("Input.Telefoon", "06 4444 0000").PostAsync(sanne);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(response);
        Assert.Equal(melding, Fout(html, "Input.Geboortedatum"));
        Assert.Equal(datum, html.QuerySelector("#Input_Geboortedatum")!.GetAttribute("value"));
        Assert.Equal("06 4444 0000", html.QuerySelector("#Input_Telefoon")!.GetAttribute("value"));
        await using var db = app.NieuweDbContext();
        var b = await db.Betrokkenen.SingleAsync(x => x.Id == wesley);
        Assert.Equal((voor, null), (b.Geboortedatum is { } g ? Iso(g) : null, b.Telefoon));
    }

    [Theory]
    [InlineData("Input.Geboortedatum", "2011-13-45")]
    [InlineData("Input.HeeftGezag", "misschien")]
    public async Task Vervalste_waarden_geven_een_nederlandse_melding_en_geen_500(string veld, string waarde)
    {
        var (casus, ellen) = await BetrokkeneAsync("Ellen Tukker");
        var (_, wesley) = await BetrokkeneAsync("Wesley Tukker");
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var (_, formulier) = await FormulierAsync(sanne, casus, veld == "Input.HeeftGezag" ? ellen : wesley);

        var response = await formulier.Met(veld, waarde).PostAsync(sanne);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("niet geldig", Fout(await RegieApp.LeesHtmlAsync(response), veld), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_professional_of_ouder_krijgt_via_een_gemaakt_verzoek_geen_geboortedatum()
    {
        var (casus, ayse) = await BetrokkeneAsync("Ayşe Yılmaz");
        var (_, ellen) = await BetrokkeneAsync("Ellen Tukker");
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var (_, professional) = await FormulierAsync(sanne, casus, ayse);
        var (_, ouder) = await FormulierAsync(sanne, casus, ellen);

        var bijProfessional = await RegieApp.LeesHtmlAsync(await professional.Plus("Input.Geboortedatum", "2000-01-01").PostAsync(sanne));
        var bijOuder = await RegieApp.LeesHtmlAsync(await ouder.Plus("Input.Geboortedatum", "2012-01-01").PostAsync(sanne));

        Assert.Contains("Van een professional bewaren we geen geboortedatum.", bijProfessional.QuerySelector(".foutsamenvatting")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("alleen bij een kind of jongere", bijOuder.QuerySelector(".foutsamenvatting")!.TextContent, StringComparison.Ordinal);
        await using var db = app.NieuweDbContext();
        Assert.False(await db.Betrokkenen.AnyAsync(b => (b.Id == ayse || b.Id == ellen) && b.Geboortedatum != null));
    }

    [Fact]
    public async Task Twee_wijzigingen_van_gezag_vanuit_dezelfde_stand_overschrijven_elkaar_niet()
    {
        var (casus, ellen) = await BetrokkeneAsync("Ellen Tukker");
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var peter = await app.IngelogdAlsAsync("maatschappelijkwerker");
        var (_, vanSanne) = await FormulierAsync(sanne, casus, ellen);
        var (_, vanPeter) = await FormulierAsync(peter, casus, ellen);
        Assert.Equal(HttpStatusCode.Redirect, (await vanPeter.Met("Input.HeeftGezag", "false").PostAsync(peter)).StatusCode);

        var response = await vanSanne.Met("Input.Bereikbaarheid", "Alleen op dinsdag").PostAsync(sanne);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(response);
        Assert.Contains("Iemand anders heeft dit net gewijzigd", html.QuerySelector(".foutsamenvatting")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Heeft gezagnee", html.QuerySelector("#nu-opgeslagen")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Alleen op dinsdag", html.QuerySelector("#Input_Bereikbaarheid")!.GetAttribute("value"));
        await using var db = app.NieuweDbContext();
        var b = await db.Betrokkenen.SingleAsync(x => x.Id == ellen);
        Assert.Equal((false, "Liefst na 10.00 uur"), (b.HeeftGezag, b.Bereikbaarheid));
    }

    [Fact]
    public async Task Een_ouder_met_gezag_en_een_jeugdige_met_geboortedatum_toevoegen()
    {
        var (casus, _) = await BetrokkeneAsync("Johan Tukker");
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var geboren = Vandaag.AddYears(-9);

        var ouder = await RegieApp.PostFormulierAsync(sanne, $"/Casussen/{casus}/Betrokkenen?handler=Persoon", new()
        {
            ["Persoon.Soort"] = "Gezinslid", ["Persoon.Naam"] = "Kees Tukker", ["Persoon.RolOfRelatie"] = "Stiefvader",
            ["Persoon.IsOuder"] = "true", ["Persoon.HeeftGezag"] = "false",
        });
        var kind = await RegieApp.PostFormulierAsync(sanne, $"/Casussen/{casus}/Betrokkenen?handler=Persoon", new()
        {
            ["Persoon.Soort"] = "Gezinslid", ["Persoon.Naam"] = "Lieke Tukker", ["Persoon.RolOfRelatie"] = "Dochter",
            ["Persoon.Geboortedatum"] = Iso(geboren), ["Persoon.HeeftGezag"] = "",
        });

        Assert.Equal(HttpStatusCode.Redirect, ouder.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, kind.StatusCode);
        await using var db = app.NieuweDbContext();
        var nieuw = await db.Betrokkenen.Where(b => b.CasusId == casus && (b.Naam == "Kees Tukker" || b.Naam == "Lieke Tukker"))
            .OrderBy(b => b.Naam).Select(b => new { b.HeeftGezag, b.Geboortedatum }).ToListAsync();
        Assert.Equal([new { HeeftGezag = (bool?)false, Geboortedatum = (DateOnly?)null }, new { HeeftGezag = (bool?)null, Geboortedatum = (DateOnly?)geboren }], nieuw);
        var overzicht = await RegieApp.LeesHtmlAsync(await sanne.GetAsync($"/Casussen/{casus}/Betrokkenen"));
        Assert.Contains("9 jaar", overzicht.QuerySelectorAll(".betrokkenen li").Single(li => li.TextContent.Contains("Lieke Tukker", StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_geboortedatum_bij_iemand_uit_het_netwerk_wordt_geweigerd_en_de_invoer_blijft_staan()
    {
        var (casus, _) = await BetrokkeneAsync("Johan Tukker");
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");

        var response = await RegieApp.PostFormulierAsync(sanne, $"/Casussen/{casus}/Betrokkenen?handler=Persoon", new()
        {
            ["Persoon.Soort"] = "Netwerk", ["Persoon.Naam"] = "Tante Joke", ["Persoon.RolOfRelatie"] = "Tante",
            ["Persoon.Geboortedatum"] = "1980-05-05", ["Persoon.Telefoon"] = "06 7777 0000",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(response);
        Assert.Equal("Een geboortedatum staat alleen bij een kind of jongere uit het gezin.", Fout(html, "Persoon.Geboortedatum"));
        Assert.Equal("1980-05-05", html.QuerySelector("#Persoon_Geboortedatum")!.GetAttribute("value"));
        Assert.Equal("Tante Joke", html.QuerySelector("#Persoon_Naam")!.GetAttribute("value"));
        await using var db = app.NieuweDbContext();
        Assert.False(await db.Betrokkenen.AnyAsync(b => b.Naam == "Tante Joke"));
    }
}
