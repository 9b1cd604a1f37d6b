using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Web.Benchmark;
using Regie.Web.Demo;

namespace Regie.Web.Tests.Benchmark;

/// <summary>The app with the benchmark-only minimal page switched on, as the load harness runs it.</summary>
public sealed class MinimalePaginaApp : RegieApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Regie:Benchmark:MinimalePagina", "true");
    }
}

public sealed class MinimalePaginaUitTests(RegieApp app) : IClassFixture<RegieApp>
{
    [Fact]
    public async Task Zonder_de_schakelaar_bestaat_de_minimale_pagina_niet()
    {
        var client = await app.IngelogdAlsAsync("jeugdconsulent");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(MinimalePagina.Pad)).StatusCode);
    }
}

public sealed class MinimalePaginaTests(MinimalePaginaApp app) : IClassFixture<MinimalePaginaApp>
{
    [Fact]
    public async Task Elke_keer_bekijken_schrijft_precies_een_logboekregel()
    {
        var client = await app.IngelogdAlsAsync("jeugdconsulent");
        var voor = await AantalRegelsAsync();

        var eerste = await client.GetAsync(MinimalePagina.Pad);
        var na1 = await AantalRegelsAsync();
        var tweede = await client.GetAsync(MinimalePagina.Pad);

        Assert.Equal(HttpStatusCode.OK, eerste.StatusCode);
        Assert.Equal(HttpStatusCode.OK, tweede.StatusCode);
        Assert.Equal("text/html", eerste.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Ingelogd als", await eerste.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(voor + 1, na1);
        Assert.Equal(voor + 2, await AantalRegelsAsync());
        await using var db = app.NieuweDbContext();
        var regel = await db.Logboek.OrderByDescending(r => r.Id).FirstAsync();
        var wie = await db.Users.Where(u => u.Email == $"jeugdconsulent@{DemoData.Domein}").Select(u => u.Id).SingleAsync();
        Assert.Equal(("Benchmark", LogboekActie.Bekeken, (Guid?)wie, (Guid?)null), (regel.Entiteit, regel.Actie, regel.GebruikerId, regel.CasusId));
    }

    [Fact]
    public async Task Zonder_inloggen_gaat_de_minimale_pagina_naar_het_inlogscherm()
    {
        var voor = await AantalRegelsAsync();

        var response = await app.NieuweClient().GetAsync(MinimalePagina.Pad);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Inloggen", response.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.Equal(voor, await AantalRegelsAsync());
    }

    private async Task<int> AantalRegelsAsync()
    {
        await using var db = app.NieuweDbContext();
        return await db.Logboek.CountAsync();
    }
}
