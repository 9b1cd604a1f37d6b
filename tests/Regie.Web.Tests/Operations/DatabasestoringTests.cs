using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Regie.Web.Demo;
using Regie.Web.Infrastructure.Database;

namespace Regie.Web.Tests.Operations;

public sealed class DatabasestoringTests(StoringApp app) : DatabasestoringScenario(app), IClassFixture<StoringApp>;

public sealed class DatabasestoringInOntwikkelingTests(StoringAppInOntwikkeling app)
    : DatabasestoringScenario(app), IClassFixture<StoringAppInOntwikkeling>;

/// <summary>PostgreSQL stopped under a logged-in user: a page and a save answer 503 with the Dutch page (no stack
/// trace), ready says Unhealthy, live stays up; started again, the same session works and nothing was half-written.</summary>
public abstract class DatabasestoringScenario(StoringApp app)
{
    private const string GetyptTijdensStoring = "Getypt terwijl de database weg was.";

    [Fact]
    public async Task Zonder_database_geeft_elke_pagina_503_met_uitleg_en_daarna_werkt_dezelfde_sessie_weer()
    {
        var casusId = await TukkerAsync();
        var client = await app.IngelogdAlsAsync("jeugdconsulent");
        var mdo = await RegieApp.LeesHtmlAsync(await client.GetAsync($"/Casussen/{casusId}/Mdo"));
        var stap = Formulier.Van(mdo.QuerySelector("#stap-1 form[action*='handler=Stap']")!)
            .Met("Stap.Afspraken", GetyptTijdensStoring).Met("Stap.Status", "InBespreking");
        var storing = app.Services.GetRequiredService<Databasestoring>();
        var storingenVoor = storing.Storingen;
        // Several open connections in the app's pool: they all die with the server and must not come back afterwards.
        var tegelijk = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.GetAsync($"/Casussen/{casusId}")));
        Assert.All(tegelijk, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.True(await AppVerbindingenAsync() >= 2, "De pool van de app heeft geen verbindingen open: dan test dit niets.");

        await app.Postgres.StopServerAsync();
        try
        {
            await IsStoringspaginaAsync(await client.GetAsync($"/Casussen/{casusId}"));
            await IsStoringspaginaAsync(await stap.PostAsync(client));
            // Past the session cache: now authentication's session store is the first to need the database.
            app.Klok.Advance(TimeSpan.FromSeconds(10));
            await IsStoringspaginaAsync(await client.GetAsync($"/Casussen/{casusId}/Mdo"));

            var ready = await app.NieuweClient().GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, (await app.NieuweClient().GetAsync("/health/live")).StatusCode);
            Assert.Equal(storingenVoor + 1, storing.Storingen); // one outage, logged once
        }
        finally
        {
            await app.Postgres.StartServerAgainAsync();
        }
        // Only the test's own (owner) pool: the app's pools are what this test is about.
        NpgsqlConnection.ClearPool(new NpgsqlConnection(app.ConnectionString));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Casussen/{casusId}")).StatusCode);
        var daarna = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.GetAsync($"/Casussen/{casusId}")));
        Assert.All(daarna, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(HttpStatusCode.OK, (await app.NieuweClient().GetAsync("/health/ready")).StatusCode);
        Assert.NotEqual(GetyptTijdensStoring, await StapAsync(casusId));

        var opnieuw = Formulier.Van((await RegieApp.LeesHtmlAsync(await client.GetAsync($"/Casussen/{casusId}/Mdo")))
                .QuerySelector("#stap-1 form[action*='handler=Stap']")!)
            .Met("Stap.Afspraken", GetyptTijdensStoring).Met("Stap.Status", "InBespreking");
        Assert.Equal(HttpStatusCode.Redirect, (await opnieuw.PostAsync(client)).StatusCode);
        Assert.Equal(GetyptTijdensStoring, await StapAsync(casusId));
    }

    /// <summary>A restart nobody noticed: the first request may meet a connection that died with the server and get the
    /// 503 page; Npgsql then drops the pool's other dead connections, so every request after it works.</summary>
    [Fact]
    public async Task Na_een_herstart_zonder_verzoeken_ertussen_krijgt_hooguit_het_eerste_verzoek_de_storingspagina()
    {
        var casusId = await TukkerAsync();
        var client = await app.IngelogdAlsAsync("behandelaar");
        var tegelijk = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.GetAsync($"/Casussen/{casusId}")));
        Assert.All(tegelijk, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.True(await AppVerbindingenAsync() >= 2, "De pool van de app heeft geen verbindingen open: dan test dit niets.");

        await app.Postgres.StopServerAsync();
        await app.Postgres.StartServerAgainAsync();
        NpgsqlConnection.ClearPool(new NpgsqlConnection(app.ConnectionString));

        // Whether the first one meets a dead connection depends on which one the pool hands out.
        var eerste = await client.GetAsync($"/Casussen/{casusId}");
        if (eerste.StatusCode != HttpStatusCode.OK) await IsStoringspaginaAsync(eerste);
        var daarna = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.GetAsync($"/Casussen/{casusId}")));
        Assert.All(daarna, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }

    private static async Task IsStoringspaginaAsync(HttpResponseMessage response)
    {
        var tekst = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode}: {tekst[..Math.Min(tekst.Length, 2000)]}");
        Assert.Equal(TimeSpan.FromSeconds(60), response.Headers.RetryAfter?.Delta);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(response.Headers.GetValues("Content-Security-Policy"));
        var pagina = await RegieApp.LeesHtmlAsync(response);
        Assert.Equal(DatabasestoringPagina.Kop, pagina.QuerySelector("h1")?.TextContent);
        Assert.Contains("Uw gegevens zijn veilig; probeer het over een minuut opnieuw.", pagina.Body!.TextContent, StringComparison.Ordinal);
        foreach (var verraad in new[] { "Exception", "Npgsql", "Stack", " at Regie.", "57P01", "refused" })
            Assert.DoesNotContain(verraad, tekst, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<long> AppVerbindingenAsync()
    {
        await using var db = app.NieuweDbContext();
        return await db.Database.SqlQuery<long>(
            $"SELECT count(*) AS \"Value\" FROM pg_stat_activity WHERE usename = {TestDatabaseServer.AppLogin}").SingleAsync();
    }

    private async Task<Guid> TukkerAsync()
    {
        await using var db = app.NieuweDbContext();
        return await db.Casussen.Where(c => c.Code == DemoData.TukkerCode).Select(c => c.Id).SingleAsync();
    }

    private async Task<string?> StapAsync(Guid casusId)
    {
        await using var db = app.NieuweDbContext();
        return await db.CasusStappen.Where(s => s.CasusId == casusId && s.Nummer == 1).Select(s => s.Afspraken).SingleAsync();
    }
}
