using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Demo;

namespace Regie.Web.Tests.Casussen.Logboek;

/// <summary>The casus' logboek as the regievoerder reads it: names put back where the casus allows it.</summary>
public sealed class LogboekLijstTests(RegieApp app) : IClassFixture<RegieApp>
{
    [Fact]
    public async Task Een_ouder_van_deze_casus_staat_in_het_logboek_met_naam_een_ander_account_niet()
    {
        var casus = await LogboekTestdata.TukkerAsync(app);
        await using (var db = app.NieuweDbContext())
        {
            var ellen = await db.Users.SingleAsync(u => u.Email == $"ouder@{DemoData.Domein}");
            var martijn = await db.Users.SingleAsync(u => u.Email == $"jeugdbeschermer@{DemoData.Domein}");
            db.Logboek.Add(new LogboekRegel(RegieApp.Start.AddDays(2), ellen.Id, Rollen.Ouder, casus, "Ouderportaal", LogboekActie.Bekeken, null, null));
            // An id that is no ouder of this casus gets no name, whatever the line says.
            db.Logboek.Add(new LogboekRegel(RegieApp.Start.AddDays(1), martijn.Id, Rollen.Ouder, casus, "Signaal", LogboekActie.Aangemaakt, null, null));
            await db.SaveChangesAsync();
        }
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");

        var rijen = LogboekTestdata.Rijen(await LogboekTestdata.PaginaAsync(sanne, $"/Casussen/{casus}/Logboek"));

        Assert.Equal("Ellen Tukker (ouder)", Assert.Single(rijen, r => r.Wat == "Ouderportaal bekeken").Wie);
        Assert.Equal("Ouder", Assert.Single(rijen, r => r.Wat == "Signaal aangemaakt").Wie);
    }

    [Fact]
    public async Task Een_omschrijving_met_een_betrokkene_toont_de_naam_van_vandaag()
    {
        var casus = await LogboekTestdata.TukkerAsync(app);
        await using (var db = app.NieuweDbContext())
        {
            var johan = await db.Betrokkenen.Where(b => b.CasusId == casus && b.Naam == "Johan Tukker").Select(b => b.Id).SingleAsync();
            db.Logboek.Add(new LogboekRegel(RegieApp.Start.AddDays(3), null, "Sanne de Vries", casus, "Betrokkene", LogboekActie.Gewijzigd,
                $"Telefoon van betrokkene {johan}", null));
            await db.SaveChangesAsync();
        }
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");

        var rijen = LogboekTestdata.Rijen(await LogboekTestdata.PaginaAsync(sanne, $"/Casussen/{casus}/Logboek"));

        Assert.Contains(rijen, r => r.Wat == "Betrokkene gewijzigd: Telefoon van Johan Tukker");
    }
}

/// <summary>Adds 150 lines, so it gets a database of its own.</summary>
public sealed class LogboekPaginasTests(RegieApp app) : IClassFixture<RegieApp>
{
    [Fact]
    public async Task Het_logboek_toont_honderd_regels_per_pagina_de_nieuwste_eerst()
    {
        var casus = await LogboekTestdata.TukkerAsync(app);
        await using (var db = app.NieuweDbContext())
        {
            for (var i = 0; i < 150; i++)
                db.Logboek.Add(new LogboekRegel(RegieApp.Start.AddDays(1).AddMinutes(i), null, "Pagineer Tester", casus, "Test",
                    LogboekActie.Bekeken, $"Regel {i:000}", null));
            await db.SaveChangesAsync();
        }
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");

        var eerste = await LogboekTestdata.PaginaAsync(sanne, $"/Casussen/{casus}/Logboek");
        var tweede = await LogboekTestdata.PaginaAsync(sanne, $"/Casussen/{casus}/Logboek?pagina=2");

        var opEerste = LogboekTestdata.Rijen(eerste);
        Assert.Equal(100, opEerste.Count);
        Assert.Equal("Test bekeken: Regel 149", opEerste[0].Wat);
        Assert.Equal("Test bekeken: Regel 050", opEerste[^1].Wat);
        Assert.NotNull(eerste.QuerySelector("a[href='?pagina=2']"));
        var opTweede = LogboekTestdata.Rijen(tweede);
        Assert.Equal("Test bekeken: Regel 049", opTweede[0].Wat);
        Assert.Equal("Test bekeken: Regel 000", opTweede[49].Wat);
        // The rest are the demo's and this test's own lines: fewer than a page, so no next page.
        Assert.InRange(opTweede.Count, 51, 100);
        Assert.Null(tweede.QuerySelector("a[href='?pagina=3']"));
        Assert.NotNull(tweede.QuerySelector("a[href='?pagina=1']"));
    }
}

internal static class LogboekTestdata
{
    public static async Task<Guid> TukkerAsync(RegieApp app)
    {
        await using var db = app.NieuweDbContext();
        return await db.Casussen.Where(c => c.Code == DemoData.TukkerCode).Select(c => c.Id).SingleAsync();
    }

    public static async Task<IHtmlDocument> PaginaAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await RegieApp.LeesHtmlAsync(response);
    }

    public static List<(string Wie, string Wat)> Rijen(IHtmlDocument pagina) =>
        [.. pagina.QuerySelectorAll("tbody tr").Select(r => (
            r.QuerySelector("td[data-label='Wie']")!.TextContent.Trim(), r.QuerySelector("td[data-label='Wat']")!.TextContent.Trim()))];
}
