using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Demo;
using Regie.Web.Pages.Uitnodigen;
using Regie.Web.Tests.Beheer;
using static Regie.Web.Tests.Signalen.Signaalhulp;

namespace Regie.Web.Tests.Jeugdigen;

/// <summary>The regievoerder invites a jeugdige: from 16 an own account, younger (or without a known age) a Dutch message and nothing made.</summary>
public sealed class JeugdigeUitnodigenTests(RegieApp app) : IClassFixture<RegieApp>
{
    private async Task<Guid> VoegJeugdigeToeAsync(Guid casus, string naam, DateOnly? geboren)
    {
        await using var db = app.NieuweDbContext();
        var tukker = await db.Casussen.Include(c => c.Betrokkenen).SingleAsync(c => c.Id == casus);
        var vandaag = Weergave.Dag(app.Klok.GetUtcNow());
        var uitkomst = tukker.VoegBetrokkeneToe(new BetrokkeneGegevens(BetrokkeneSoort.Gezinslid, naam, "Dochter", Geboortedatum: geboren), vandaag);
        Assert.True(uitkomst.Gelukt);
        await db.SaveChangesAsync();
        return uitkomst.Waarde!.Id;
    }

    private static Task<HttpResponseMessage> NodigUitAsync(HttpClient sanne, Guid casus, Guid betrokkene, string email) =>
        Formulieren.VerstuurAsync(sanne, $"/Casussen/{casus}/Ouders", Formulieren.Hoofdformulier, new()
        {
            ["Input.BetrokkeneId"] = betrokkene.ToString(),
            ["Input.Email"] = email,
        });

    [Fact]
    public async Task Een_jeugdige_onder_16_of_zonder_geboortedatum_krijgt_geen_account_maar_een_melding()
    {
        var casus = await CasusAsync(app);
        var sanne = await app.IngelogdAlsAsync(Regievoerder);
        Guid wesley;
        await using (var db = app.NieuweDbContext())
            wesley = await db.Betrokkenen.Where(b => b.CasusId == casus && b.Naam == "Wesley Tukker").Select(b => b.Id).SingleAsync();
        var sam = await VoegJeugdigeToeAsync(casus, "Sam Tukker", null);

        var teJong = await NodigUitAsync(sanne, casus, wesley, "wesley@voorbeeld.nl");
        var onbekend = await NodigUitAsync(sanne, casus, sam, "sam@voorbeeld.nl");

        Assert.Equal(HttpStatusCode.OK, teJong.StatusCode);
        var pagina = await RegieApp.LeesHtmlAsync(teJong);
        Assert.Contains(OudersModel.TeJongMelding, pagina.QuerySelector("#fout-ouder")!.TextContent, StringComparison.Ordinal);
        // The e-mail typed stays in the form.
        Assert.Equal("wesley@voorbeeld.nl", pagina.QuerySelector("input[name='Input.Email']")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.OK, onbekend.StatusCode);
        Assert.Contains("geboortedatum van Sam Tukker is niet bekend", (await RegieApp.LeesHtmlAsync(onbekend)).QuerySelector("#fout-ouder")!.TextContent, StringComparison.Ordinal);
        await using var controle = app.NieuweDbContext();
        Assert.False(await controle.Users.AnyAsync(u => u.BetrokkeneId == wesley || u.BetrokkeneId == sam));
        Assert.False(await controle.Uitnodigingen.AnyAsync(u => u.Email == "wesley@voorbeeld.nl" || u.Email == "sam@voorbeeld.nl"));
        Assert.False(await controle.Logboek.AnyAsync(l => l.Entiteit == "Jeugdigeaccount"
            && (l.Omschrijving!.Contains(wesley.ToString()) || l.Omschrijving.Contains(sam.ToString()))));
    }

    [Fact]
    public async Task Een_jeugdige_van_17_krijgt_een_eigen_account_via_de_link_en_ziet_het_portaal_zonder_de_taken_van_de_ouders()
    {
        var casus = await CasusAsync(app);
        var lisa = await VoegJeugdigeToeAsync(casus, "Lisa Tukker", Weergave.Dag(app.Klok.GetUtcNow()).AddYears(-17));
        var sanne = await app.IngelogdAlsAsync(Regievoerder);
        var rij = (await HtmlAsync(sanne, $"/Casussen/{casus}/Ouders")).QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Lisa Tukker", StringComparison.Ordinal));
        Assert.Contains("17 jaar", rij.TextContent, StringComparison.Ordinal);

        var response = await NodigUitAsync(sanne, casus, lisa, "lisa.tukker@voorbeeld.nl");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var link = await Formulieren.UitnodigingslinkNaAsync(sanne, response);
        await using (var db = app.NieuweDbContext())
        {
            var gebruiker = await db.Users.SingleAsync(u => u.Email == "lisa.tukker@voorbeeld.nl");
            Assert.Equal(lisa, gebruiker.BetrokkeneId);
            Assert.Null(gebruiker.MedewerkerId);
            Assert.Equal(Rollen.Jeugdige, await db.UserRoles.Where(ur => ur.UserId == gebruiker.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).SingleAsync());
            var regel = await db.Logboek.SingleAsync(l => l.Entiteit == "Jeugdigeaccount" && l.Actie == LogboekActie.Aangemaakt);
            Assert.Equal(casus, regel.CasusId);
            Assert.DoesNotContain("Lisa", regel.Omschrijving ?? "", StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.Redirect, (await Formulieren.KiesWachtwoordAsync(app, link, "Lisa-is-17-jaar-2026")).StatusCode);
        var lisaClient = await app.IngelogdAlsAsync("lisa.tukker@voorbeeld.nl", "Lisa-is-17-jaar-2026");

        var start = await lisaClient.GetAsync("/");
        Assert.StartsWith("/Ouders", start.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var portaal = await HtmlAsync(lisaClient, "/Ouders");
        var tekst = portaal.QuerySelector("main")!.TextContent;
        Assert.Contains("16 jaar of ouder", tekst, StringComparison.Ordinal);
        Assert.Contains("Een vast aanspreekpunt en een aangepast rooster voor Wesley regelen.", tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("werkplein", tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("bedrijfsarts", tekst, StringComparison.Ordinal);
        await using var controle = app.NieuweDbContext();
        // The logboek keeps the role, never the jeugdige's name.
        Assert.True(await controle.Logboek.AnyAsync(l => l.CasusId == casus && l.Gebruiker == Rollen.Jeugdige && l.Entiteit == "Ouderportaal"));
    }
}
