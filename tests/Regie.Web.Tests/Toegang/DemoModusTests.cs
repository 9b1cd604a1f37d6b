using Microsoft.AspNetCore.Hosting;

namespace Regie.Web.Tests.Toegang;

public sealed class DemoModusApp : RegieApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Regie:DemoModus", "true");
    }
}

/// <summary>A demo with public passwords says so on every page, so nobody types a real family into it.</summary>
public sealed class DemoModusTests(DemoModusApp app) : IClassFixture<DemoModusApp>
{
    [Theory]
    [InlineData(null, "/Account/Inloggen")]
    [InlineData("jeugdconsulent", "/Casussen")]
    [InlineData("ouder", "/Ouders")]
    public async Task Elke_pagina_toont_dat_het_een_demo_is(string? account, string pagina)
    {
        var client = account is null ? app.NieuweClient() : await app.IngelogdAlsAsync(account);

        var html = await RegieApp.LeesHtmlAsync(await client.GetAsync(pagina));

        Assert.Contains("Demo — geen echte gegevens", html.QuerySelector(".demo-banier")?.TextContent ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Zonder_demomodus_staat_er_geen_banier()
    {
        await using var gewoon = new RegieApp();
        await ((IAsyncLifetime)gewoon).InitializeAsync();
        var html = await RegieApp.LeesHtmlAsync(await gewoon.NieuweClient().GetAsync("/Account/Inloggen"));
        Assert.Null(html.QuerySelector(".demo-banier"));
    }
}
