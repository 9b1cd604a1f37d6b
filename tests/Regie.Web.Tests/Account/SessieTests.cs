using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Demo;
using Regie.Web.Tests.Beheer;
using Regie.Web.Tests.Toegang;

namespace Regie.Web.Tests.Account;

/// <summary>Point 3: a session ends on the server. A copied cookie replayed after logout, deactivation or a 2FA change
/// gets the login page, not the casus.</summary>
public sealed class SessieTests(RegieApp app) : IClassFixture<RegieApp>
{
    private const string Wachtwoord = "Een-lang-testwachtwoord-1";

    [Fact]
    public async Task Na_uitloggen_opent_het_oude_cookie_de_casus_niet_meer()
    {
        var tukker = await Sessies.TukkerAsync(app);
        var (client, cookie) = await Sessies.InloggenAsync(app, "jeugdconsulent");
        Assert.Equal(HttpStatusCode.OK, (await Sessies.HergebruikAsync(app, cookie, $"/Casussen/{tukker}")).StatusCode);

        await Sessies.UitloggenAsync(client);

        await Sessies.AssertNaarInloggenAsync(app, cookie, $"/Casussen/{tukker}");
    }

    [Fact]
    public async Task De_sessie_staat_versleuteld_in_de_database_en_het_cookie_draagt_alleen_de_sleutel()
    {
        var (client, cookie) = await Sessies.InloggenAsync(app, "regiocoordinator");

        await using var db = app.NieuweDbContext();
        var gebruiker = await db.Users.SingleAsync(u => u.Email == $"regiocoordinator@{DemoData.Domein}");
        var sessie = await db.Sessies.SingleAsync(s => s.GebruikerId == gebruiker.Id);
        Assert.DoesNotContain(gebruiker.Id.ToString(), System.Text.Encoding.UTF8.GetString(sessie.Ticket), StringComparison.OrdinalIgnoreCase);
        Assert.True(sessie.VerlooptOp > RegieApp.Start.AddHours(7));
        // Without the store the cookie carries every claim and is well over a kilobyte.
        Assert.True(cookie.Length < 600, $"Het cookie is {cookie.Length} tekens");

        await Sessies.UitloggenAsync(client);
        Assert.False(await db.Sessies.AnyAsync(s => s.GebruikerId == gebruiker.Id));
    }

    [Fact]
    public async Task Na_deactiveren_door_de_beheerder_opent_het_oude_cookie_de_casus_meteen_niet_meer()
    {
        var tukker = await Sessies.TukkerAsync(app);
        var (_, cookie) = await Sessies.InloggenAsync(app, "behandelaar");
        Assert.Equal(HttpStatusCode.OK, (await Sessies.HergebruikAsync(app, cookie, $"/Casussen/{tukker}")).StatusCode);
        Guid id;
        await using (var db = app.NieuweDbContext())
            id = await db.Users.Where(u => u.Email == $"behandelaar@{DemoData.Domein}").Select(u => u.Id).SingleAsync();

        var beheerder = await app.IngelogdAlsAsync("beheerder");
        var response = await Formulieren.VerstuurAsync(beheerder, "/Beheer/Accounts", Formulieren.Handler("Deactiveer", id));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        // No clock advanced: not "within a minute" but at once.
        await Sessies.AssertNaarInloggenAsync(app, cookie, $"/Casussen/{tukker}");
        Assert.Equal(0, await Sessies.AantalAsync(app, $"behandelaar@{DemoData.Domein}"));
    }

    [Fact]
    public async Task Tweestapsverificatie_aanzetten_beeindigt_de_andere_sessies_en_houdt_deze()
    {
        var email = await Sessies.NieuwAccountAsync(app, Rollen.Ouder, Wachtwoord);
        var (hier, hierCookie) = await Sessies.InloggenAsync(app, email, Wachtwoord);
        var (_, elders) = await Sessies.InloggenAsync(app, email, Wachtwoord);

        var sleutel = (await RegieApp.LeesHtmlAsync(await hier.GetAsync(Sessies.Proefpagina))).QuerySelector("#sleutel")!.TextContent;
        var aan = await RegieApp.PostFormulierAsync(hier, $"{Sessies.Proefpagina}?handler=Aanzetten",
            new() { ["Input.Code"] = Totp.Code(sleutel, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.Redirect, aan.StatusCode);

        await Sessies.AssertNaarInloggenAsync(app, elders, Sessies.Proefpagina);
        Assert.Equal(HttpStatusCode.OK, (await hier.GetAsync(Sessies.Proefpagina)).StatusCode);
        // Also after the security stamp check, which runs again after a minute.
        app.Klok.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.OK, (await Sessies.HergebruikAsync(app, hierCookie, Sessies.Proefpagina)).StatusCode);
    }

    [Fact]
    public async Task Tweestapsverificatie_uitzetten_beeindigt_de_andere_sessies_en_houdt_deze()
    {
        var email = await Sessies.NieuwAccountAsync(app, Rollen.Ouder, Wachtwoord);
        var (hier, _) = await Sessies.InloggenAsync(app, email, Wachtwoord);
        var (_, elders) = await Sessies.InloggenAsync(app, email, Wachtwoord);
        await using (var db = app.NieuweDbContext())
            await db.Users.Where(u => u.Email == email).ExecuteUpdateAsync(u => u.SetProperty(x => x.TwoFactorEnabled, true));

        var uit = await RegieApp.PostFormulierAsync(hier, $"{Sessies.Proefpagina}?handler=Uitzetten", []);
        Assert.Equal(HttpStatusCode.Redirect, uit.StatusCode);

        await Sessies.AssertNaarInloggenAsync(app, elders, Sessies.Proefpagina);
        Assert.Equal(HttpStatusCode.OK, (await hier.GetAsync(Sessies.Proefpagina)).StatusCode);
    }

    [Fact]
    public async Task Tweestapsverificatie_herstellen_door_de_beheerder_beeindigt_alle_sessies()
    {
        var (_, cookie) = await Sessies.InloggenAsync(app, "jeugdbeschermer");
        Guid id;
        await using (var db = app.NieuweDbContext())
        {
            id = await db.Users.Where(u => u.Email == $"jeugdbeschermer@{DemoData.Domein}").Select(u => u.Id).SingleAsync();
            // The beheerder's button is there only while 2FA is on.
            await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(u => u.SetProperty(x => x.TwoFactorEnabled, true));
        }

        var beheerder = await app.IngelogdAlsAsync("beheerder");
        var response = await Formulieren.VerstuurAsync(beheerder, "/Beheer/Accounts", Formulieren.Handler("HerstelTweeStaps", id));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        await Sessies.AssertNaarInloggenAsync(app, cookie, "/Casussen");
    }
}

/// <summary>Two instances on one database: an ended session is refused by the other one within its cache time.</summary>
public sealed class SessieTweeInstantiesTests(RegieApp eerste) : IClassFixture<RegieApp>
{
    [Fact]
    public async Task Uitloggen_op_de_ene_instantie_weigert_het_cookie_op_de_andere_binnen_enkele_seconden()
    {
        await using var tweede = new TweedeInstantie(eerste.Database);
        await ((IAsyncLifetime)tweede).InitializeAsync();
        var tukker = await Sessies.TukkerAsync(eerste);
        var (client, cookie) = await Sessies.InloggenAsync(eerste, "jeugdconsulent");
        Assert.Equal(HttpStatusCode.OK, (await Sessies.HergebruikAsync(tweede, cookie, $"/Casussen/{tukker}")).StatusCode);

        await Sessies.UitloggenAsync(client);
        // The first instance refuses at once; the second trusts what it read for at most Regie:Sessies:CacheSeconden (5).
        await Sessies.AssertNaarInloggenAsync(eerste, cookie, $"/Casussen/{tukker}");
        tweede.Klok.Advance(TimeSpan.FromSeconds(6));

        await Sessies.AssertNaarInloggenAsync(tweede, cookie, $"/Casussen/{tukker}");
    }
}
