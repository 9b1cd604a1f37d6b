using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Demo;

namespace Regie.Web.Tests.Toegang;

/// <summary>The app with its public address configured, as outside Development: the test server's own host is "localhost".</summary>
public sealed class PubliekeUrlApp : RegieApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Regie:PubliekeUrl", "http://localhost");
    }
}

public sealed class PubliekeUrlTests(PubliekeUrlApp app) : IClassFixture<PubliekeUrlApp>
{
    [Fact]
    public async Task Een_vreemde_host_krijgt_400_behalve_op_de_gezondheidscontrole()
    {
        var client = app.NieuweClient();
        client.DefaultRequestHeaders.Host = "evil.example";

        var inloggen = await client.GetAsync("/Account/Inloggen");
        var gezond = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.BadRequest, inloggen.StatusCode);
        Assert.DoesNotContain("evil.example", await inloggen.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, gezond.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.NieuweClient().GetAsync("/Account/Inloggen")).StatusCode);
    }

    [Fact]
    public async Task Een_vreemde_host_bereikt_vaststellen_niet_en_dus_nooit_een_opgeslagen_pdf()
    {
        var client = await app.IngelogdAlsAsync("jeugdconsulent");
        Guid casusId;
        int versies;
        await using (var db = app.NieuweDbContext())
        {
            casusId = await db.Casussen.Where(c => c.Code == DemoData.TukkerCode).Select(c => c.Id).SingleAsync();
            versies = await db.Handreikingversies.CountAsync(v => v.CasusId == casusId);
        }
        var formulier = (await Casussen.Vaststellen.Vaststelformulier.AkkoordAsync(client, casusId)).Met("Input.OverlegId", "vandaag");
        client.DefaultRequestHeaders.Host = "evil.example";

        var antwoord = await formulier.PostAsync(client);

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        await using var controle = app.NieuweDbContext();
        Assert.Equal(versies, await controle.Handreikingversies.CountAsync(v => v.CasusId == casusId));
    }
}
