using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Demo;

namespace Regie.Web.Tests.Escalaties;

/// <summary>Almelo's regie-contact handles Tukker's escalated signaal: the signaal and the casus header, never the content,
/// and doorzettingsmacht that reaches the regievoerder and the professionals.</summary>
public sealed class RegieContactTests(RegieApp app) : IClassFixture<RegieApp>
{
    [Fact]
    public async Task Het_regiecontact_ziet_het_opgeschaalde_signaal_en_de_kop_maar_niet_de_inhoud_van_de_casus()
    {
        var (signaalId, tukker) = await Opgeschaald.SignaalAsync(app, DemoData.TukkerCode);
        var regiecontact = await app.IngelogdAlsAsync("regiecontact");

        var lijst = await RegieApp.LeesHtmlAsync(await regiecontact.GetAsync("/Escalaties"));
        var rij = lijst.QuerySelectorAll("table tbody tr").Single(r => r.QuerySelector($"a[href='/Escalaties/{signaalId}']") is not null);
        Assert.Contains(DemoData.TukkerCode, rij.TextContent, StringComparison.Ordinal);
        Assert.Contains("Wacht op antwoord", rij.TextContent, StringComparison.Ordinal);
        Assert.Equal("1", rij.QuerySelector("td[data-label='Keer opgeschaald']")!.TextContent.Trim());

        var response = await regiecontact.GetAsync($"/Escalaties/{signaalId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(response);
        var kop = html.QuerySelector("#casuskop")!.TextContent;
        foreach (var verwacht in new[] { DemoData.TukkerCode, "Sanne de Vries", "Gemeente Almelo", "0546 541 100" })
            Assert.Contains(verwacht, kop, StringComparison.Ordinal);
        Assert.Equal(Opgeschaald.Toelichting, html.QuerySelector("#toelichting")!.TextContent.Trim());
        Assert.Contains("Het is nu al twee weken stil.", html.QuerySelector("#berichten")!.TextContent, StringComparison.Ordinal);

        // Header only: no family, no other professionals, no steps, no taken.
        var tekst = await response.Content.ReadAsStringAsync();
        foreach (var inhoud in new[] { "Tukker", "Wesley", "Johan", "Ellen", "Gerda", "Peter Jansen", "Ayşe", "Marloes",
                     "schuldhulpverlening", "rooster voor Wesley", "We evalueren over twee maanden", "Ouders willen rust" })
            Assert.DoesNotContain(inhoud, tekst, StringComparison.Ordinal);

        // Not a betrokkene: the casus itself stays closed.
        Assert.Equal(HttpStatusCode.NotFound, (await regiecontact.GetAsync($"/Casussen/{tukker}")).StatusCode);
        await using var db = app.NieuweDbContext();
        var bekeken = await db.Logboek.Where(l => l.CasusId == tukker && l.Entiteit == "Escalatie" && l.Actie == LogboekActie.Bekeken).ToListAsync();
        Assert.Contains(bekeken, l => l.Gebruiker == "Joost Hendriks" && l.Omschrijving == $"Signaal {signaalId} bekeken");
    }

    [Fact]
    public async Task Vraag_de_regievoerder_om_actie_belt_de_regievoerder_en_komt_in_het_logboek()
    {
        var (signaalId, tukker) = await Opgeschaald.SignaalAsync(app, DemoData.TukkerCode);
        var regiecontact = await app.IngelogdAlsAsync("regiecontact");
        var sanne = await Opgeschaald.GebruikerAsync(app, "jeugdconsulent");

        var response = await Opgeschaald.DoeAsync(regiecontact, signaalId, "VraagActie");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Sanne de Vries ziet uw vraag om actie", (await RegieApp.LeesHtmlAsync(await regiecontact.GetAsync(response.Headers.Location)))
            .QuerySelector(".melding")!.TextContent, StringComparison.Ordinal);
        await using var db = app.NieuweDbContext();
        var meldingen = await db.Meldingen.Where(m => m.OnderwerpId == signaalId).ToListAsync();
        var melding = Assert.Single(meldingen);
        Assert.Equal((sanne, MeldingSoort.VraagVanGemeente, (Guid?)tukker), (melding.GebruikerId, melding.Soort, melding.CasusId));
        Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == tukker && l.Entiteit == "Escalatie" && l.Actie == LogboekActie.Aangemaakt
            && l.Omschrijving == $"Signaal {signaalId}: regievoerder om actie gevraagd"));
    }

    [Fact]
    public async Task Een_MDO_bijeenroepen_meldt_het_aan_elke_betrokken_professional_met_een_account()
    {
        var (signaalId, tukker) = await Opgeschaald.SignaalAsync(app, DemoData.TukkerCode);
        var regiecontact = await app.IngelogdAlsAsync("regiecontact");

        var response = await Opgeschaald.DoeAsync(regiecontact, signaalId, "Mdo");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var verwacht = new[]
        {
            await Opgeschaald.GebruikerAsync(app, "jeugdconsulent"), await Opgeschaald.GebruikerAsync(app, "behandelaar"),
            await Opgeschaald.GebruikerAsync(app, "maatschappelijkwerker"),
        };
        await using var db = app.NieuweDbContext();
        var ontvangers = await db.Meldingen.Where(m => m.OnderwerpId == signaalId && m.Soort == MeldingSoort.MdoGevraagd && m.CasusId == tukker)
            .Select(m => m.GebruikerId).ToListAsync();
        Assert.Equal(verwacht.Order(), ontvangers.Order());
        Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == tukker && l.Entiteit == "Escalatie" && l.Omschrijving == $"Signaal {signaalId}: MDO gevraagd"));
    }

    [Fact]
    public async Task Een_opschaling_van_een_professional_staat_direct_bij_het_regiecontact()
    {
        var (signaalId, _) = await Opgeschaald.OpschalingAsync(app, DemoData.TukkerCode, "behandelaar");
        var regiecontact = await app.IngelogdAlsAsync("regiecontact");

        var lijst = await RegieApp.LeesHtmlAsync(await regiecontact.GetAsync("/Escalaties"));
        var rij = lijst.QuerySelectorAll("table tbody tr").Single(r => r.QuerySelector($"a[href='/Escalaties/{signaalId}']") is not null);
        Assert.Contains("Opschaling door een professional", rij.TextContent, StringComparison.Ordinal);
        Assert.Contains("Opschaling door een professional", Opgeschaald.Tekst(await RegieApp.LeesHtmlAsync(await regiecontact.GetAsync($"/Escalaties/{signaalId}"))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_signaal_dat_niet_is_opgeschaald_van_een_andere_gemeente_of_onbekend_is_404_en_geweigerd()
    {
        var (nietOpgeschaald, tukker) = await Opgeschaald.SignaalAsync(app, DemoData.TukkerCode, escaleren: false);
        var (hengelo, bakker) = await Opgeschaald.OpschalingAsync(app, DemoData.BakkerCode, "jeugdbeschermer");
        var regiecontact = await app.IngelogdAlsAsync("regiecontact");

        foreach (var (url, casus) in new[] { ($"/Escalaties/{nietOpgeschaald}", tukker), ($"/Escalaties/{hengelo}", bakker),
                     ($"/Escalaties/{hengelo}/Overdracht", bakker) })
        {
            var response = await regiecontact.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain(DemoData.BakkerCode, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            await using var db = app.NieuweDbContext();
            Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == casus && l.Entiteit == "Escalatie" && l.Actie == LogboekActie.Geweigerd
                && l.Gebruiker == "Joost Hendriks"), url);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await regiecontact.GetAsync($"/Escalaties/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await regiecontact.GetAsync("/Escalaties/geen-id")).StatusCode);

        // A hand-made post on a signaal of another gemeente: 404 and no melding.
        var token = (await RegieApp.LeesHtmlAsync(await regiecontact.GetAsync("/Escalaties"))).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? (await RegieApp.LeesHtmlAsync(await regiecontact.GetAsync("/Account/Geweigerd"))).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = await regiecontact.PostAsync($"/Escalaties/{hengelo}?handler=VraagActie",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        await using var controle = app.NieuweDbContext();
        Assert.False(await controle.Meldingen.AnyAsync(m => m.OnderwerpId == hengelo));
    }

    [Fact]
    public async Task Een_gemeenteprofessional_die_geen_regiecontact_is_krijgt_geen_toegang()
    {
        var (signaalId, _) = await Opgeschaald.SignaalAsync(app, DemoData.TukkerCode);
        var jeugdconsulent = await app.IngelogdAlsAsync("jeugdconsulent");

        foreach (var url in new[] { "/Escalaties", $"/Escalaties/{signaalId}" })
        {
            var response = await jeugdconsulent.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Account/Geweigerd", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
        var start = await RegieApp.LeesHtmlAsync(await jeugdconsulent.GetAsync("/Casussen"));
        Assert.Null(start.QuerySelector("nav a[href='/Escalaties']"));
        var eigen = await RegieApp.LeesHtmlAsync(await (await app.IngelogdAlsAsync("regiecontact")).GetAsync("/Casussen"));
        Assert.NotNull(eigen.QuerySelector("nav a[href='/Escalaties']"));
    }
}
