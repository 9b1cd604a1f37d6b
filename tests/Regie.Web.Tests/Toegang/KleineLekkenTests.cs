using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Regie.Web.Demo;

namespace Regie.Web.Tests.Toegang;

/// <summary>Small holes an outside probe found: each closed in one place.</summary>
public sealed class KleineLekkenTests(RegieApp app) : IClassFixture<RegieApp>
{
    [Fact]
    public async Task Een_geposte_casusId_wint_niet_van_de_casus_in_de_route()
    {
        var client = await app.IngelogdAlsAsync("jeugdconsulent");
        Guid tukker;
        await using (var db = app.NieuweDbContext())
            tukker = await db.Casussen.Where(c => c.Code == DemoData.TukkerCode).Select(c => c.Id).SingleAsync();
        var mdo = await RegieApp.LeesHtmlAsync(await client.GetAsync($"/Casussen/{tukker}/Mdo"));
        var formulier = Formulier.Van(mdo.QuerySelector("form[action*='handler=Hulpvraag']")!)
            .Met("Vraag.Tekst", "Ouders willen rust. Wesley wil weer naar school.")
            .Plus("casusId", Guid.NewGuid().ToString());

        var antwoord = await formulier.PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.Contains(tukker.ToString(), antwoord.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await using var controle = app.NieuweDbContext();
        Assert.Equal("Ouders willen rust. Wesley wil weer naar school.", (await controle.Casussen.SingleAsync(c => c.Id == tukker)).Hulpvraag);
    }

    [Fact]
    public void Zonder_ingestelde_proxy_vertrouwt_de_app_geen_X_Forwarded_For()
    {
        var opties = app.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;

        Assert.Empty(opties.KnownProxies);
        Assert.Empty(opties.KnownIPNetworks);
    }
}
