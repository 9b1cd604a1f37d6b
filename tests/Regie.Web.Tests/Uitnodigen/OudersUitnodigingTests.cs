using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Demo;
using Regie.Web.Tests.Beheer;

namespace Regie.Web.Tests.Uitnodigen;

public sealed class OudersUitnodigingTests(RegieApp app) : IClassFixture<RegieApp>
{
    private async Task<(Guid Casus, Guid Johan)> TukkerAsync()
    {
        await using var db = app.NieuweDbContext();
        var casus = await db.Casussen.Where(c => c.Code == DemoData.TukkerCode).Select(c => c.Id).SingleAsync();
        var johan = await db.Betrokkenen.Where(b => b.CasusId == casus && b.Naam == "Johan Tukker").Select(b => b.Id).SingleAsync();
        return (casus, johan);
    }

    [Fact]
    public async Task De_jeugdconsulent_nodigt_vader_Johan_uit_als_ouder()
    {
        var (casus, johan) = await TukkerAsync();
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var url = $"/Casussen/{casus}/Ouders";
        var pagina = await RegieApp.LeesHtmlAsync(await sanne.GetAsync(url));
        Assert.Contains("Heeft een account", pagina.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Ellen Tukker", StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);
        Assert.Contains("Geen account", pagina.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Johan Tukker", StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);

        var response = await Formulieren.VerstuurAsync(sanne, url, Formulieren.Hoofdformulier, new()
        {
            ["Input.BetrokkeneId"] = johan.ToString(),
            ["Input.Email"] = "johan.tukker@example.nl",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var link = await Formulieren.UitnodigingslinkNaAsync(sanne, response);
        await using var db = app.NieuweDbContext();
        var gebruiker = await db.Users.SingleAsync(u => u.Email == "johan.tukker@example.nl");
        Assert.Equal(johan, gebruiker.BetrokkeneId);
        Assert.Null(gebruiker.MedewerkerId);
        Assert.Equal("Johan Tukker", gebruiker.Naam);
        Assert.Equal(Rollen.Ouder, await db.UserRoles.Where(ur => ur.UserId == gebruiker.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).SingleAsync());
        Assert.True(await db.Uitnodigingen.AnyAsync(u => u.GebruikerId == gebruiker.Id && u.UitgenodigdDoor == "Sanne de Vries"));
        var regel = await db.Logboek.SingleAsync(l => l.Entiteit == "Ouderaccount" && l.Actie == LogboekActie.Aangemaakt);
        Assert.Equal(casus, regel.CasusId);
        Assert.Equal("Sanne de Vries", regel.Gebruiker);

        var na = await RegieApp.LeesHtmlAsync(await sanne.GetAsync(url));
        Assert.Contains("Uitgenodigd", na.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Johan Tukker", StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await Formulieren.KiesWachtwoordAsync(app, link, "Vader-van-Wesley-2026")).StatusCode);
        await app.IngelogdAlsAsync("johan.tukker@example.nl", "Vader-van-Wesley-2026");
    }

    [Fact]
    public async Task Een_ouder_met_een_account_kan_niet_nog_een_keer_worden_uitgenodigd()
    {
        var (casus, _) = await TukkerAsync();
        await using var db = app.NieuweDbContext();
        var ellen = await db.Betrokkenen.Where(b => b.CasusId == casus && b.Naam == "Ellen Tukker").Select(b => b.Id).SingleAsync();
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        // Any form of the app gives a token for this session; the invitation form may already be gone.
        var token = (await RegieApp.LeesHtmlAsync(await sanne.GetAsync("/Account/Inloggen"))).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await sanne.PostAsync($"/Casussen/{casus}/Ouders", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.BetrokkeneId"] = ellen.ToString(),
            ["Input.Email"] = "ellen.nogmaals@example.nl",
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("heeft al een account", (await RegieApp.LeesHtmlAsync(response)).QuerySelector("[data-valmsg-for='Input.BetrokkeneId']")!.TextContent, StringComparison.Ordinal);
        Assert.False(await db.Users.AnyAsync(u => u.Email == "ellen.nogmaals@example.nl"));
    }

    [Fact]
    public async Task Een_behandelaar_die_geen_regie_voert_krijgt_404()
    {
        var (casus, _) = await TukkerAsync();
        var ayse = await app.IngelogdAlsAsync("behandelaar");

        var response = await ayse.GetAsync($"/Casussen/{casus}/Ouders");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Johan", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = app.NieuweDbContext();
        Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == casus && l.Actie == LogboekActie.Geweigerd && l.Gebruiker == "Ayşe Yılmaz"));
    }

    [Theory]
    [InlineData("buitenstaander")]
    [InlineData("beheerder")]
    [InlineData("ouder")]
    public async Task Wie_niet_betrokken_is_krijgt_ook_404(string account)
    {
        var (casus, _) = await TukkerAsync();
        var client = await app.IngelogdAlsAsync(account);

        var response = await client.GetAsync($"/Casussen/{casus}/Ouders");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Alleen_de_regievoerder_ziet_de_link_Ouders_uitnodigen_op_de_casus()
    {
        var (casus, _) = await TukkerAsync();

        var sanne = await RegieApp.LeesHtmlAsync(await (await app.IngelogdAlsAsync("jeugdconsulent")).GetAsync($"/Casussen/{casus}"));
        var ayse = await RegieApp.LeesHtmlAsync(await (await app.IngelogdAlsAsync("behandelaar")).GetAsync($"/Casussen/{casus}"));

        Assert.NotNull(sanne.QuerySelector($"a[href='/Casussen/{casus}/Ouders']"));
        Assert.Null(ayse.QuerySelector($"a[href='/Casussen/{casus}/Ouders']"));
    }
}
