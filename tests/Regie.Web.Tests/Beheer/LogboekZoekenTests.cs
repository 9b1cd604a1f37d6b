using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Web.Demo;

namespace Regie.Web.Tests.Beheer;

public sealed class LogboekZoekenTests(RegieApp app) : IClassFixture<RegieApp>
{
    private async Task<Guid> TukkerIdAsync()
    {
        await using var db = app.NieuweDbContext();
        return await db.Casussen.Where(c => c.Code == DemoData.TukkerCode).Select(c => c.Id).SingleAsync();
    }

    private static readonly Regex GuidPatroon =
        new("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.IgnoreCase);

    private static IEnumerable<string> Rijen(AngleSharp.Html.Dom.IHtmlDocument html) =>
        html.QuerySelectorAll("table tbody tr").Select(r => r.TextContent);

    [Fact]
    public async Task Zoeken_op_gebruiker_en_periode_vindt_de_regel_met_de_casuscode_maar_zonder_inhoud()
    {
        var tukker = await TukkerIdAsync();
        (await (await app.IngelogdAlsAsync("jeugdconsulent")).GetAsync($"/Casussen/{tukker}")).EnsureSuccessStatusCode();
        var beheerder = await app.IngelogdAlsAsync("beheerder");

        var html = await RegieApp.LeesHtmlAsync(await beheerder.GetAsync("/Beheer/Logboek?gebruiker=sanne&van=2026-11-24&tot=2026-11-24"));

        var rijen = Rijen(html).ToList();
        Assert.NotEmpty(rijen);
        Assert.All(rijen, r => Assert.Contains("Sanne de Vries", r, StringComparison.Ordinal));
        Assert.Contains(rijen, r => r.Contains(DemoData.TukkerCode, StringComparison.Ordinal) && r.Contains("Bekeken", StringComparison.Ordinal));
        Assert.DoesNotContain("Tukker", html.Body!.TextContent, StringComparison.Ordinal);
        // The intro promises the casus code; a GUID tells the beheerder nothing.
        Assert.DoesNotMatch(GuidPatroon, html.QuerySelector("table.logboek")!.TextContent);

        var perEmail = await RegieApp.LeesHtmlAsync(await beheerder.GetAsync($"/Beheer/Logboek?gebruiker=JEUGDCONSULENT@{DemoData.Domein}"));
        Assert.Contains(Rijen(perEmail), r => r.Contains(DemoData.TukkerCode, StringComparison.Ordinal));

        var andereDag = await RegieApp.LeesHtmlAsync(await beheerder.GetAsync("/Beheer/Logboek?gebruiker=sanne&van=2026-11-25"));
        Assert.Empty(Rijen(andereDag));
        Assert.Contains("0 regels gevonden", andereDag.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_regel_van_een_casus_die_niet_meer_bestaat_toont_onbekende_casus_en_geen_id()
    {
        var weg = Guid.NewGuid();
        await using (var db = app.NieuweDbContext())
        {
            db.Logboek.Add(new LogboekRegel(RegieApp.Start.AddDays(-20), Guid.NewGuid(), "Verdwenen Tester", weg, "Casus",
                LogboekActie.Bekeken, null, "127.0.0.1"));
            await db.SaveChangesAsync();
        }
        var beheerder = await app.IngelogdAlsAsync("beheerder");

        var html = await RegieApp.LeesHtmlAsync(await beheerder.GetAsync("/Beheer/Logboek?gebruiker=verdwenen"));

        var rij = Assert.Single(Rijen(html));
        Assert.Contains("onbekende casus", rij, StringComparison.Ordinal);
        Assert.DoesNotContain(weg.ToString(), html.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("van=abc", "Van", "‘Van’ is geen geldige datum")]
    [InlineData("tot=31-02-2026", "Tot", "‘Tot en met’ is geen geldige datum")]
    [InlineData("van=2026-11-24&tot=2026-11-01", "Tot", "ligt vóór de datum ‘van’")]
    [InlineData("van=0001-01-01", "Van", "geen geldige datum")]
    public async Task Een_verkeerde_datum_of_periode_geeft_een_melding_en_geen_foutpagina(string query, string veld, string melding)
    {
        var beheerder = await app.IngelogdAlsAsync("beheerder");

        var response = await beheerder.GetAsync($"/Beheer/Logboek?{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(response);
        Assert.Contains(melding, html.QuerySelector($"[data-valmsg-for='{veld}']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(melding, html.QuerySelector(".foutsamenvatting[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(html.QuerySelector("table.logboek"));
    }

    [Theory]
    [InlineData("pagina=abc")]
    [InlineData("pagina=-5")]
    [InlineData("pagina=99999999999999")]
    [InlineData("gebruiker=%25_%27%3B--")]
    public async Task Rare_zoekwaarden_geven_geen_foutpagina(string query)
    {
        var beheerder = await app.IngelogdAlsAsync("beheerder");

        var response = await beheerder.GetAsync($"/Beheer/Logboek?{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Het_logboek_toont_50_regels_per_pagina_de_nieuwste_eerst()
    {
        await using (var db = app.NieuweDbContext())
        {
            for (var i = 0; i < 120; i++)
                db.Logboek.Add(new LogboekRegel(RegieApp.Start.AddDays(-10).AddMinutes(i), Guid.NewGuid(), "Pagineer Tester", null, "Test",
                    LogboekActie.Gewijzigd, $"Regel {i:000}", "127.0.0.1"));
            await db.SaveChangesAsync();
        }
        var beheerder = await app.IngelogdAlsAsync("beheerder");

        var eerste = await RegieApp.LeesHtmlAsync(await beheerder.GetAsync("/Beheer/Logboek?gebruiker=pagineer"));
        var derde = await RegieApp.LeesHtmlAsync(await beheerder.GetAsync("/Beheer/Logboek?gebruiker=pagineer&pagina=3"));

        Assert.Equal(50, Rijen(eerste).Count());
        Assert.Contains("Regel 119", Rijen(eerste).First(), StringComparison.Ordinal);
        Assert.Contains("120 regels gevonden", eerste.Body!.TextContent, StringComparison.Ordinal);
        var volgende = eerste.QuerySelector(".paginering a[rel=next]")!.GetAttribute("href")!;
        Assert.Contains("pagina=2", volgende, StringComparison.Ordinal);
        Assert.Contains("gebruiker=pagineer", volgende, StringComparison.Ordinal);
        Assert.Equal(20, Rijen(derde).Count());
        Assert.Contains("Regel 000", Rijen(derde).Last(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_ouder_staat_in_het_logboek_als_Ouder_en_is_niet_op_naam_te_vinden()
    {
        await using (var db = app.NieuweDbContext())
        {
            var ellen = await db.Users.SingleAsync(u => u.Email == $"ouder@{DemoData.Domein}");
            db.Logboek.Add(new LogboekRegel(RegieApp.Start, ellen.Id, ellen.Naam, await TukkerIdAsync(), "Ouderportaal", LogboekActie.Bekeken, null, null));
            await db.SaveChangesAsync();
        }
        var beheerder = await app.IngelogdAlsAsync("beheerder");

        var opNaam = await RegieApp.LeesHtmlAsync(await beheerder.GetAsync("/Beheer/Logboek?gebruiker=Ellen"));
        var alles = await RegieApp.LeesHtmlAsync(await beheerder.GetAsync("/Beheer/Logboek?van=2026-11-24"));

        Assert.Empty(Rijen(opNaam));
        Assert.Contains(Rijen(alles), r => r.Contains("Ouderportaal", StringComparison.Ordinal) && r.Contains("Ouder", StringComparison.Ordinal));
        Assert.DoesNotContain("Tukker", alles.Body!.TextContent, StringComparison.Ordinal);
    }
}
