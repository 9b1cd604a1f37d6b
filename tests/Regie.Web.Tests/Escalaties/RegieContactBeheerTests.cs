using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Web.Demo;
using Regie.Web.Tests.Beheer;

namespace Regie.Web.Tests.Escalaties;

/// <summary>The beheerder names and clears a gemeente's regie-contact; while there is none, the regiocoördinatoren see the
/// gemeente's escalations and Beheer says so.</summary>
public sealed class RegieContactBeheerTests(RegieApp app) : IClassFixture<RegieApp>
{
    private const string Waarschuwing = "Gemeente Almelo heeft geen regie-contact: opgeschaalde signalen gaan naar de regiocoördinatoren.";

    [Fact]
    public async Task Zonder_regiecontact_waarschuwt_beheer_en_ziet_de_regiocoordinator_de_escalatie_tot_er_weer_een_is()
    {
        var (signaalId, tukker) = await Opgeschaald.SignaalAsync(app, DemoData.TukkerCode);
        var beheerder = await app.IngelogdAlsAsync("beheerder");
        var regio = await app.IngelogdAlsAsync("regiocoordinator");
        var regiecontact = await app.IngelogdAlsAsync("regiecontact");
        Guid almelo, joost;
        await using (var db = app.NieuweDbContext())
        {
            almelo = await db.Organisaties.Where(o => o.Naam == "Gemeente Almelo").Select(o => o.Id).SingleAsync();
            joost = await db.Medewerkers.Where(m => m.Email == $"regiecontact@{DemoData.Domein}").Select(m => m.Id).SingleAsync();
        }
        var url = $"/Beheer/Organisaties/Bewerken/{almelo}";

        // With a regie-contact: no warning for Almelo, the escalation is not the region's.
        Assert.DoesNotContain(Waarschuwing, await TekstAsync(beheerder, "/Beheer"), StringComparison.Ordinal);
        Assert.Contains("Gemeente Hengelo heeft geen regie-contact", await TekstAsync(beheerder, "/Beheer"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await regio.GetAsync($"/Escalaties/{signaalId}")).StatusCode);
        var formulier = await RegieApp.LeesHtmlAsync(await beheerder.GetAsync(url));
        Assert.Equal(joost.ToString(), formulier.QuerySelector("select[name='Input.RegieContactId'] option[selected]")!.GetAttribute("value"));

        // Cleared.
        var gewist = await Formulieren.VerstuurAsync(beheerder, url, Formulieren.Hoofdformulier, new()
        {
            ["Input.Naam"] = "Gemeente Almelo", ["Input.Type"] = "Gemeente", ["Input.Gemeentecode"] = "GM0141", ["Input.Regio"] = "Twente",
            ["Input.RegieContactId"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, gewist.StatusCode);
        Assert.Contains(Waarschuwing, await TekstAsync(beheerder, "/Beheer"), StringComparison.Ordinal);
        Assert.Contains(Waarschuwing, await TekstAsync(beheerder, "/Beheer/Organisaties"), StringComparison.Ordinal);
        await using (var db = app.NieuweDbContext())
        {
            Assert.Null(await db.Organisaties.Where(o => o.Id == almelo).Select(o => o.RegieContactId).SingleAsync());
            Assert.True(await db.Logboek.AnyAsync(l => l.Entiteit == "Organisatie" && l.Actie == LogboekActie.Gewijzigd
                && l.Omschrijving == $"Organisatie {almelo} gewijzigd: RegieContact"));
        }

        // The regiocoördinator stands in: the list and the page, without what the family wrote; the regie-contact is out.
        var lijst = await RegieApp.LeesHtmlAsync(await regio.GetAsync("/Escalaties"));
        Assert.NotNull(lijst.QuerySelector($"a[href='/Escalaties/{signaalId}']"));
        var pagina = await regio.GetAsync($"/Escalaties/{signaalId}");
        Assert.Equal(HttpStatusCode.OK, pagina.StatusCode);
        var tekst = await pagina.Content.ReadAsStringAsync();
        Assert.Contains("Sanne de Vries", tekst, StringComparison.Ordinal);
        Assert.DoesNotContain(Opgeschaald.Toelichting, tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("twee weken stil", tekst, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await regiecontact.GetAsync("/Escalaties")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Opgeschaald.DoeAsync(regio, signaalId, "VraagActie")).StatusCode);
        await using (var db = app.NieuweDbContext())
            Assert.True(await db.Meldingen.AnyAsync(m => m.OnderwerpId == signaalId && m.Soort == Regie.Web.Data.MeldingSoort.VraagVanGemeente));

        // Named again.
        var gezet = await Formulieren.VerstuurAsync(beheerder, url, Formulieren.Hoofdformulier, new()
        {
            ["Input.Naam"] = "Gemeente Almelo", ["Input.Type"] = "Gemeente", ["Input.Gemeentecode"] = "GM0141", ["Input.Regio"] = "Twente",
            ["Input.RegieContactId"] = joost.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, gezet.StatusCode);
        Assert.DoesNotContain(Waarschuwing, await TekstAsync(beheerder, "/Beheer/Organisaties"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await regio.GetAsync($"/Escalaties/{signaalId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await regiecontact.GetAsync($"/Escalaties/{signaalId}")).StatusCode);
        _ = tukker;
    }

    [Fact]
    public async Task Een_medewerker_van_een_andere_organisatie_kan_geen_regiecontact_worden()
    {
        var beheerder = await app.IngelogdAlsAsync("beheerder");
        Guid hengelo, sanne;
        await using (var db = app.NieuweDbContext())
        {
            hengelo = await db.Organisaties.Where(o => o.Naam == "Gemeente Hengelo").Select(o => o.Id).SingleAsync();
            sanne = await db.Medewerkers.Where(m => m.Email == $"jeugdconsulent@{DemoData.Domein}").Select(m => m.Id).SingleAsync();
        }

        var response = await Formulieren.VerstuurAsync(beheerder, $"/Beheer/Organisaties/Bewerken/{hengelo}", Formulieren.Hoofdformulier, new()
        {
            ["Input.Naam"] = "Gemeente Hengelo", ["Input.Type"] = "Gemeente", ["Input.Gemeentecode"] = "GM0164", ["Input.Regio"] = "Twente",
            ["Input.RegieContactId"] = sanne.ToString(),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(response);
        Assert.Equal("Kies een actieve medewerker van deze gemeente als regie-contact.",
            html.QuerySelector("[data-valmsg-for='Input.RegieContactId']")!.TextContent.Trim());
        await using var controle = app.NieuweDbContext();
        Assert.Null(await controle.Organisaties.Where(o => o.Id == hengelo).Select(o => o.RegieContactId).SingleAsync());
    }

    private static async Task<string> TekstAsync(HttpClient client, string url) =>
        Opgeschaald.Tekst(await RegieApp.LeesHtmlAsync(await client.GetAsync(url)));
}
