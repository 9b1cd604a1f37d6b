using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Domain.Regievoering;
using Regie.Web.Data;
using Regie.Web.Demo;

namespace Regie.Web.Tests.Escalaties;

/// <summary>The doorzettingsmacht that changes the casus: another regievoerder (a normal warm overdracht) and becoming a betrokkene.</summary>
public sealed class DoorzettenTests(RegieApp app) : IClassFixture<RegieApp>
{
    [Fact]
    public async Task Een_andere_regievoerder_voorstellen_is_een_warme_overdracht_die_de_opvolger_accepteert()
    {
        var (signaalId, tukker) = await Opgeschaald.SignaalAsync(app, DemoData.TukkerCode);
        var regiecontact = await app.IngelogdAlsAsync("regiecontact");
        Guid peter, sanne, johan;
        await using (var db = app.NieuweDbContext())
        {
            peter = await db.Betrokkenen.Where(b => b.CasusId == tukker && b.Naam == "Peter Jansen").Select(b => b.Id).SingleAsync();
            sanne = await db.Betrokkenen.Where(b => b.CasusId == tukker && b.Naam == "Sanne de Vries").Select(b => b.Id).SingleAsync();
            johan = await db.Betrokkenen.Where(b => b.CasusId == tukker && b.Naam == "Johan Tukker").Select(b => b.Id).SingleAsync();
        }

        var pagina = await RegieApp.LeesHtmlAsync(await regiecontact.GetAsync($"/Escalaties/{signaalId}/Overdracht"));
        var keuzes = pagina.QuerySelectorAll("select[name='Input.OpvolgerId'] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains(peter.ToString(), keuzes);
        Assert.DoesNotContain(sanne.ToString(), keuzes);
        // Professionals by name and organisation only: their role in the casus is content.
        Assert.DoesNotContain("Wesley", pagina.Body!.TextContent, StringComparison.Ordinal);

        var formulier = pagina.Forms.Single(f => f.QuerySelector("select[name='Input.OpvolgerId']") is not null);

        // A hand-made post naming a gezinslid: refused at the field, input kept, and the answer does not name them.
        var geweigerd = await Formulier.Van(formulier, $"/Escalaties/{signaalId}/Overdracht").Met("Input.OpvolgerId", johan.ToString())
            .Met("Input.Notitie", "Mijn toelichting").PostAsync(regiecontact);
        Assert.Equal(HttpStatusCode.OK, geweigerd.StatusCode);
        var fout = await RegieApp.LeesHtmlAsync(geweigerd);
        Assert.Equal("Kies een betrokken professional uit de lijst.", fout.QuerySelector("[data-valmsg-for='Input.OpvolgerId']")!.TextContent.Trim());
        Assert.Equal("Mijn toelichting", fout.QuerySelector("textarea[name='Input.Notitie']")!.TextContent.Trim());
        Assert.DoesNotContain("Johan", fout.Body!.TextContent, StringComparison.Ordinal);

        var response = await Formulier.Van(formulier, $"/Escalaties/{signaalId}/Overdracht")
            .Met("Input.OpvolgerId", peter.ToString()).Met("Input.Notitie", "Peter kent het gezin het best.").PostAsync(regiecontact);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Escalaties/{signaalId}", response.Headers.Location!.OriginalString);
        Guid overdrachtId;
        await using (var db = app.NieuweDbContext())
        {
            var overdracht = await db.Set<Overdracht>().SingleAsync(o => o.CasusId == tukker && o.Status == OverdrachtStatus.Voorgesteld);
            Assert.Equal((sanne, peter), (overdracht.VanBetrokkeneId, overdracht.NaarBetrokkeneId));
            overdrachtId = overdracht.Id;
            var peterAccount = await Opgeschaald.GebruikerAsync(app, "maatschappelijkwerker");
            Assert.True(await db.Meldingen.AnyAsync(m => m.GebruikerId == peterAccount && m.Soort == MeldingSoort.OverdrachtVoorgesteld && m.OnderwerpId == overdrachtId));
            Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == tukker && l.Entiteit == "Overdracht" && l.Actie == LogboekActie.Aangemaakt
                && l.Gebruiker == "Joost Hendriks" && l.Omschrijving!.Contains(overdrachtId.ToString())));
        }

        // The existing flow: the opvolger accepts on the regie page.
        var maatschappelijkwerker = await app.IngelogdAlsAsync("maatschappelijkwerker");
        var regie = await RegieApp.LeesHtmlAsync(await maatschappelijkwerker.GetAsync($"/Casussen/{tukker}/Regie"));
        var accepteer = regie.Forms.Single(f => (f.GetAttribute("action") ?? "").Contains("handler=Accepteer", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, (await Formulier.Van(accepteer).PostAsync(maatschappelijkwerker)).StatusCode);
        var kop = (await RegieApp.LeesHtmlAsync(await regiecontact.GetAsync($"/Escalaties/{signaalId}"))).QuerySelector("#casuskop")!.TextContent;
        Assert.Contains("Peter Jansen", kop, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Word_betrokkene_voegt_het_regiecontact_toe_en_opent_de_casus()
    {
        var (signaalId, tukker) = await Opgeschaald.SignaalAsync(app, DemoData.TukkerCode);
        var regiecontact = await app.IngelogdAlsAsync("regiecontact");
        Assert.Equal(HttpStatusCode.NotFound, (await regiecontact.GetAsync($"/Casussen/{tukker}")).StatusCode);

        var response = await Opgeschaald.DoeAsync(regiecontact, signaalId, "WordBetrokkene");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Casussen/{tukker}", response.Headers.Location!.OriginalString);
        var casus = await regiecontact.GetAsync($"/Casussen/{tukker}");
        Assert.Equal(HttpStatusCode.OK, casus.StatusCode);
        Assert.Contains("Wesley", await casus.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = app.NieuweDbContext();
        var joost = await db.Medewerkers.Where(m => m.Email == $"regiecontact@{DemoData.Domein}").Select(m => m.Id).SingleAsync();
        var betrokkene = await db.Betrokkenen.SingleAsync(b => b.CasusId == tukker && b.MedewerkerId == joost);
        Assert.True(betrokkene.IsActief && betrokkene.IsProfessional);
        Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == tukker && l.Entiteit == "Betrokkene" && l.Actie == LogboekActie.Aangemaakt
            && l.Omschrijving!.Contains(betrokkene.Id.ToString()) && l.Omschrijving.Contains(signaalId.ToString())));
        var account = await Opgeschaald.GebruikerAsync(app, "regiecontact");
        Assert.True(await db.Meldingen.AnyAsync(m => m.GebruikerId == account && m.Soort == MeldingSoort.ToegevoegdAanCasus && m.CasusId == tukker));

        // Now betrokken: the escalation page links to the casus instead of offering to join again.
        var pagina = await RegieApp.LeesHtmlAsync(await regiecontact.GetAsync($"/Escalaties/{signaalId}"));
        Assert.NotNull(pagina.QuerySelector($"a[href='/Casussen/{tukker}']"));
        Assert.DoesNotContain(pagina.Forms, f => (f.GetAttribute("action") ?? "").Contains("handler=WordBetrokkene", StringComparison.Ordinal));
    }
}
