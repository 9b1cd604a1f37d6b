using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Regie.Web.Infrastructure.Pdf;

namespace Regie.Web.Tests.Operations;

public sealed class GezondheidTests(RegieApp app) : IClassFixture<RegieApp>
{
    [Fact]
    public async Task Live_zegt_zonder_inloggen_dat_het_proces_draait()
    {
        var response = await app.NieuweClient().GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    /// <summary>Every browser asks for /favicon.ico by itself; a 404 there is a console error on every page.</summary>
    [Theory]
    [InlineData("/favicon.ico", "image/x-icon")]
    [InlineData("/favicon.svg", "image/svg+xml")]
    public async Task Het_favicon_is_er_zonder_inloggen(string pad, string soort)
    {
        var client = app.NieuweClient();

        var response = await client.GetAsync(pad);
        var inlogpagina = await RegieApp.LeesHtmlAsync(await client.GetAsync("/Account/Inloggen"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(soort, response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("/favicon.svg", inlogpagina.QuerySelector("head link[rel=icon]")?.GetAttribute("href"));
    }

    /// <summary>Ready checks the database and the PDF browser. The database answers here, so the app is never Unhealthy;
    /// only the PDF part depends on this machine (ZonderChromiumTests covers the missing browser on purpose).</summary>
    [Fact]
    public async Task Ready_zegt_zonder_inloggen_dat_de_database_antwoordt_en_of_de_pdfs_werken()
    {
        var chromium = File.Exists(app.Services.GetRequiredService<IOptions<PdfOptions>>().Value.ChromiumPath);

        var response = await app.NieuweClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(chromium ? "Healthy" : "Degraded", await response.Content.ReadAsStringAsync());
    }
}
