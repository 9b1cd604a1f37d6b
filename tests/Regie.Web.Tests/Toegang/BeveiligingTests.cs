using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Web.Infrastructure;

namespace Regie.Web.Tests.Toegang;

public sealed class BeveiligingTests(RegieApp app) : IClassFixture<RegieApp>
{
    [Theory]
    [InlineData("/Account/Inloggen")]
    [InlineData("/Casussen")]
    [InlineData("/bestaat-niet")]
    public async Task Elke_pagina_stuurt_de_beveiligingsheaders_mee(string url)
    {
        var response = await app.NieuweClient().GetAsync(url);

        Assert.Equal(Beveiliging.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotContain("unsafe-inline", Beveiliging.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", Beveiliging.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Het_inlogcookie_is_HttpOnly_en_SameSite()
    {
        var client = app.NieuweClient();
        var response = await RegieApp.PostFormulierAsync(client, "/Account/Inloggen", new()
        {
            ["Input.Email"] = "behandelaar@demo.regie.test",
            ["Input.Wachtwoord"] = Demo.DemoData.Wachtwoord,
        });

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("Regie.Inlog=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Een_vervalst_antiforgery_token_wordt_geweigerd_en_gelogd()
    {
        var client = app.NieuweClient();
        await client.GetAsync("/Account/Inloggen");

        var response = await client.PostAsync("/Account/Inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "jeugdconsulent@demo.regie.test",
            ["Input.Wachtwoord"] = Demo.DemoData.Wachtwoord,
            ["__RequestVerificationToken"] = "CfDJ8-vervalst-token",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = app.NieuweDbContext();
        Assert.True(await db.Logboek.AnyAsync(l => l.Entiteit == "Formulier" && l.Actie == LogboekActie.Geweigerd));
    }
}

/// <summary>A second app instance on the first one's database: stateless instances behind one load balancer.</summary>
public sealed class TweedeInstantie(TestDatabase database) : RegieApp
{
    protected override Task<TestDatabase> DatabaseAsync() => Task.FromResult(database);
}

public sealed class TweeInstantiesTests(RegieApp eerste) : IClassFixture<RegieApp>
{
    [Fact]
    public async Task Twee_instanties_op_een_database_accepteren_elkaars_inlogcookie_en_formulieren()
    {
        await using var tweede = new TweedeInstantie(eerste.Database);
        await ((IAsyncLifetime)tweede).InitializeAsync();
        // Take the cookies the first instance issued and present them to the second.
        var inlog = await LoginCookiesAsync(eerste);
        var client = tweede.NieuweClient();
        client.DefaultRequestHeaders.Add("Cookie", inlog);

        var response = await client.GetAsync("/Casussen");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("TW-2026-0042", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<string> LoginCookiesAsync(RegieApp app)
    {
        var client = app.NieuweClient();
        var response = await RegieApp.PostFormulierAsync(client, "/Account/Inloggen", new()
        {
            ["Input.Email"] = "jeugdconsulent@demo.regie.test",
            ["Input.Wachtwoord"] = Demo.DemoData.Wachtwoord,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var inlog = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("Regie.Inlog=", StringComparison.Ordinal));
        return inlog.Split(';')[0];
    }
}

/// <summary>With a low limit: the sixth login attempt within a minute is refused with a Dutch message.</summary>
public sealed class InlogLimietApp : RegieApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Regie:RateLimit:InloggenPerMinuut", "5");
    }
}

public sealed class InlogLimietTests(InlogLimietApp app) : IClassFixture<InlogLimietApp>
{
    [Fact]
    public async Task Te_veel_inlogpogingen_achter_elkaar_worden_afgeremd()
    {
        var client = app.NieuweClient();
        var statussen = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            var response = await RegieApp.PostFormulierAsync(client, "/Account/Inloggen", new()
            {
                ["Input.Email"] = "niemand@demo.regie.test",
                ["Input.Wachtwoord"] = $"verkeerd-{i}-wachtwoord",
            });
            statussen.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
                Assert.Contains("te vaak", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.All(statussen.Take(5), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statussen[5]);
    }
}
