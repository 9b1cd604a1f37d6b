using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Vragenlijsten;
using Regie.Web.Demo;
using Regie.Web.Tests.Casussen.Vaststellen;

namespace Regie.Web.Tests.Vragenlijsten;

/// <summary>A region that switched on the questionnaire after every vaststelling.</summary>
public sealed class VragenlijstNaVaststellingApp : RegieApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Regie:VragenlijstNaVaststelling", "true");
    }
}

public sealed class VragenlijstNaVaststellingTests(VragenlijstNaVaststellingApp app) : IClassFixture<VragenlijstNaVaststellingApp>
{
    [Fact]
    public async Task Na_een_vaststelling_krijgt_de_ouder_met_een_account_de_vragenlijst_als_de_regio_dat_wil()
    {
        await using var db = app.NieuweDbContext();
        var casus = await db.Casussen.Where(c => c.Code == DemoData.TukkerCode).Select(c => c.Id).SingleAsync();
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");

        var formulier = (await Vaststelformulier.AkkoordAsync(sanne, casus)).Met("Input.OverlegId", "vandaag");
        Assert.Equal(HttpStatusCode.Redirect, (await formulier.PostAsync(sanne)).StatusCode);

        var versie = await db.Handreikingversies.Where(v => v.CasusId == casus).OrderByDescending(v => v.Volgnummer).Select(v => v.Id).FirstAsync();
        var aanbod = await db.Vragenlijstaanbiedingen.AsNoTracking().SingleAsync(a => a.Moment == Vragenlijstaanbod.MomentVaststelling(versie));
        var ellen = await db.Users.SingleAsync(u => u.Email == "ouder@demo.regie.test");
        Assert.Equal(ellen.Id, aanbod.GebruikerId);
        Assert.Equal(Doelgroep.Ouders, aanbod.Doelgroep);

        var ouder = await app.IngelogdAlsAsync("ouder");
        var portaal = await RegieApp.LeesHtmlAsync(await ouder.GetAsync("/Ouders"));
        Assert.NotNull(portaal.QuerySelector($"a[href='/Ouders/Vragenlijst/{aanbod.Id}']"));
    }
}
