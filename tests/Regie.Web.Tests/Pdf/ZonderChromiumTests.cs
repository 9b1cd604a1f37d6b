using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Regie.Web.Demo;
using Regie.Web.Infrastructure.Pdf;

namespace Regie.Web.Tests.Pdf;

/// <summary>The app on a machine without Chromium.</summary>
public sealed class ZonderChromiumApp : RegieApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Regie:Pdf:ChromiumPath", "/nonexistent/chromium");
    }
}

public sealed class ZonderChromiumTests(ZonderChromiumApp app) : IClassFixture<ZonderChromiumApp>
{
    private async Task<Guid> TukkerAsync()
    {
        await using var db = app.NieuweDbContext();
        return await db.Casussen.Where(c => c.Code == DemoData.TukkerCode).Select(c => c.Id).SingleAsync();
    }

    [Fact]
    public async Task De_download_geeft_een_nederlandse_melding_met_503_en_de_app_werkt_verder()
    {
        var casusId = await TukkerAsync();
        var client = await app.IngelogdAlsAsync("behandelaar");

        var response = await client.GetAsync($"/Casussen/{casusId}/Versies/1/Pdf");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("De PDF is nu niet beschikbaar", html, StringComparison.Ordinal);
        Assert.Contains("De PDF-functie is op dit moment niet beschikbaar", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Casussen/{casusId}/Versies/1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Casussen/{casusId}/Versies")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.NieuweClient().GetAsync("/Verificatie")).StatusCode);
        var ouder = await app.IngelogdAlsAsync("ouder");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await ouder.GetAsync("/Ouders/WieDoetWat.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ouder.GetAsync("/Ouders")).StatusCode);
    }

    [Fact]
    public async Task De_factsheet_geeft_503_met_de_melding_en_het_dashboard_toont_de_cijfers_wel()
    {
        Guid almelo;
        await using (var db = app.NieuweDbContext())
            almelo = await db.Organisaties.Where(o => o.Naam == "Gemeente Almelo").Select(o => o.Id).SingleAsync();
        var regio = await app.IngelogdAlsAsync("regiocoordinator");

        var response = await regio.GetAsync($"/Regio/Factsheet?Gemeente={almelo}");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var pagina = await RegieApp.LeesHtmlAsync(response);
        Assert.Contains("De PDF-functie is op dit moment niet beschikbaar", pagina.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(pagina.QuerySelector(".regiocijfers"));
    }

    [Fact]
    public async Task Gereedheid_meldt_de_pdf_als_verminderd_en_zegt_welk_pad_en_hoe_te_installeren()
    {
        var response = await app.NieuweClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Degraded", await response.Content.ReadAsStringAsync());
        var renderer = app.Services.GetRequiredService<ChromiumPdfRenderer>();
        await Assert.ThrowsAsync<PdfNietBeschikbaarException>(() => renderer.RenderAsync("<p>x</p>", new PdfOpties("x"), default));
        Assert.Contains("/nonexistent/chromium", renderer.Storing, StringComparison.Ordinal);
        Assert.Contains("apt-get install chromium", renderer.Storing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vaststellen_lukt_ook_zonder_browser_de_pdf_volgt_later()
    {
        var casusId = await TukkerAsync();
        var client = await app.IngelogdAlsAsync("jeugdconsulent");
        var form = await Casussen.Vaststellen.Vaststelformulier.AkkoordAsync(client, casusId);

        var response = await form.PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.NieuweDbContext();
        var versie = await db.Handreikingversies.Where(v => v.CasusId == casusId).OrderByDescending(v => v.Volgnummer).FirstAsync();
        Assert.True(versie.Volgnummer >= 2);
        Assert.False(await db.HandreikingPdfs.AnyAsync(p => p.VersieId == versie.Id));
    }
}

public sealed class PdfTijdslimietTests
{
    [Fact]
    public async Task Een_browser_die_niet_antwoordt_wordt_na_de_tijdslimiet_afgebroken()
    {
        if (OperatingSystem.IsWindows()) return; // a shell script stands in for the browser
        var nep = Path.Combine(Path.GetTempPath(), $"hangende-chromium-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(nep, "#!/bin/sh\nexec sleep 20\n");
        File.SetUnixFileMode(nep, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.UserWrite);
        try
        {
            await using var renderer = new ChromiumPdfRenderer(Options.Create(new PdfOptions { ChromiumPath = nep, TimeoutSeconds = 2 }),
                Path.GetTempPath(), NullLogger<ChromiumPdfRenderer>.Instance);
            var klok = Stopwatch.StartNew();

            var fout = await Assert.ThrowsAsync<PdfNietBeschikbaarException>(() => renderer.RenderAsync("<p>hallo</p>", new PdfOpties("kop"), default));

            Assert.True(klok.Elapsed < TimeSpan.FromSeconds(15), $"{klok.Elapsed}");
            Assert.False(string.IsNullOrWhiteSpace(fout.Message));
        }
        finally
        {
            File.Delete(nep);
        }
    }
}
