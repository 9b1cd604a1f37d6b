using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Domain.Signalen;
using Regie.Web.Data;
using static Regie.Web.Tests.Signalen.Signaalhulp;

namespace Regie.Web.Tests.Signalen;

/// <summary>A signaal from the ouder to the regievoerder and back, reopened when the answer did not help, then closed.</summary>
public sealed class SignaalStroomTests(RegieApp app) : IClassFixture<RegieApp>
{
    [Fact]
    public async Task Signaal_van_ouder_gaat_naar_regievoerder_en_terug_en_gaat_weer_open_als_het_antwoord_niet_hielp()
    {
        var casus = await CasusAsync(app);
        var ouder = await app.IngelogdAlsAsync(Moeder);
        var sanne = await app.IngelogdAlsAsync(Regievoerder);
        var ouderAccount = await AccountAsync(app, Moeder);
        var sanneAccount = await AccountAsync(app, Regievoerder);

        // The portal leads to the form; the taken in the list are the ones the ouder can read.
        var portaal = await HtmlAsync(ouder, "/Ouders");
        Assert.NotNull(portaal.QuerySelector("a#signaal-geven[href='/Ouders/Signaal']"));
        var formulier = await HtmlAsync(ouder, "/Ouders/Signaal");
        var taak = formulier.QuerySelectorAll("select[name='Input.TaakId'] option").Skip(1).First();
        var response = await SignaalFormulier(formulier)
            .Met("Input.Soort", nameof(SignaalSoort.HulpLooptVast))
            .Met("Input.Toelichting", "Peter is twee keer niet gekomen.")
            .Met("Input.TaakId", taak.GetAttribute("value"))
            .PostAsync(ouder);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = Guid.Parse(response.Headers.Location!.OriginalString["/Ouders/Signalen/".Length..]);

        await using (var db = app.NieuweDbContext())
        {
            var signaal = await db.Signalen.SingleAsync(s => s.Id == id);
            Assert.Equal((casus, SignaalBron.Ouder, ouderAccount, "Ellen Tukker"), (signaal.CasusId, signaal.Bron, signaal.IndienerId, signaal.IngediendDoor));
            Assert.Equal(Guid.Parse(taak.GetAttribute("value")!), signaal.TaakId);
            Assert.True(await db.Meldingen.AnyAsync(m => m.GebruikerId == sanneAccount && m.Soort == MeldingSoort.NieuwSignaal && m.OnderwerpId == id && m.CasusId == casus));
            var regel = await db.Logboek.SingleAsync(l => l.CasusId == casus && l.Entiteit == "Signaal" && l.Actie == LogboekActie.Aangemaakt);
            Assert.Equal($"Signaal {id} gegeven door ouder", regel.Omschrijving);
        }

        // The ouder sees by when: given on Tuesday 24 November, three working days.
        var eigen = await HtmlAsync(ouder, $"/Ouders/Signalen/{id}");
        Assert.Contains("u krijgt uiterlijk vrijdag 27 november 2026 antwoord", Tekst(eigen, "#signaal-status"), StringComparison.Ordinal);
        Assert.Contains("Peter is twee keer niet gekomen.", Tekst(eigen, "#gesprek"), StringComparison.Ordinal);

        // The regievoerder sees it at once: Mijn casussen, the header badge, the tab.
        var lijst = await HtmlAsync(sanne, "/Casussen");
        var rij = lijst.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Tukker", StringComparison.Ordinal));
        Assert.Equal("1 open", rij.QuerySelector("td[data-label='Signalen']")!.TextContent.Trim());
        var tab = await HtmlAsync(sanne, $"/Casussen/{casus}/Signalen");
        Assert.Equal("1 open", Tekst(tab, "#open-signalen"));
        Assert.Contains("Peter is twee keer niet gekomen.", Tekst(tab, $"#signaal-{id}"), StringComparison.Ordinal);
        Assert.Equal("1 open", Tekst(await HtmlAsync(sanne, $"/Casussen/{casus}"), "#open-signalen"));

        // The regievoerder answers; the ouder gets a melding and reads the answer.
        var antwoord = await PostSignaalpaginaAsync(sanne, casus, id, "Beantwoord", ("Antwoord", "Ik bel Peter vandaag en laat het u weten."));
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        await using (var db = app.NieuweDbContext())
        {
            Assert.True(await db.Meldingen.AnyAsync(m => m.GebruikerId == ouderAccount && m.Soort == MeldingSoort.SignaalBeantwoord && m.OnderwerpId == id));
        }
        eigen = await HtmlAsync(ouder, $"/Ouders/Signalen/{id}");
        Assert.Equal("Beantwoord", Tekst(eigen, "#signaal-status"));
        Assert.Contains("Ik bel Peter vandaag en laat het u weten.", Tekst(eigen, "#gesprek"), StringComparison.Ordinal);
        Assert.Null((await HtmlAsync(sanne, $"/Casussen/{casus}/Signalen")).QuerySelector("#open-signalen"));

        // Two days later: not helped. The signaal opens again with a new term, from Thursday 26 November.
        app.Klok.Advance(TimeSpan.FromDays(2));
        ouder = await app.IngelogdAlsAsync(Moeder); // the session of two days ago has run out
        eigen = await HtmlAsync(ouder, $"/Ouders/Signalen/{id}");
        var oordeel = await Formulier.Van(eigen.QuerySelector("form[action*='handler=Oordeel']")!)
            .Met("Geholpen", "false").Met("Uitleg", "Peter is nog steeds niet geweest.").PostAsync(ouder);
        Assert.Equal($"/Ouders/Signalen/{id}", oordeel.Headers.Location!.OriginalString);
        eigen = await HtmlAsync(ouder, $"/Ouders/Signalen/{id}");
        Assert.Contains("u krijgt uiterlijk dinsdag 1 december 2026 antwoord", Tekst(eigen, "#signaal-status"), StringComparison.Ordinal);
        await using (var db = app.NieuweDbContext())
        {
            var signaal = await db.Signalen.SingleAsync(s => s.Id == id);
            Assert.Equal(SignaalStatus.Heropend, signaal.Status);
            Assert.True(await db.Meldingen.AnyAsync(m => m.GebruikerId == sanneAccount && m.Soort == MeldingSoort.SignaalAangevuld && m.OnderwerpId == id));
        }

        // Past the new last day it shows as late in Mijn casussen.
        app.Klok.Advance(TimeSpan.FromDays(6));
        ouder = await app.IngelogdAlsAsync(Moeder);
        sanne = await app.IngelogdAlsAsync(Regievoerder);
        rij = (await HtmlAsync(sanne, "/Casussen")).QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Tukker", StringComparison.Ordinal));
        Assert.Contains("1 te laat", rij.QuerySelector("td[data-label='Signalen']")!.TextContent, StringComparison.Ordinal);

        // The regievoerder answers again and closes it, saying what was done.
        Assert.Equal(HttpStatusCode.Redirect, (await PostSignaalpaginaAsync(sanne, casus, id, "Beantwoord", ("Antwoord", "Peter komt morgen om 10 uur."))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostSignaalpaginaAsync(sanne, casus, id, "Sluit", ("WatGedaan", "Peter is geweest; afspraken opnieuw gemaakt."))).StatusCode);
        eigen = await HtmlAsync(ouder, $"/Ouders/Signalen/{id}");
        Assert.Equal("Gesloten", Tekst(eigen, "#signaal-status"));
        Assert.Contains("Peter is geweest; afspraken opnieuw gemaakt.", Tekst(eigen, "#gesprek"), StringComparison.Ordinal);
        Assert.Null(eigen.QuerySelector("form[action*='handler=Aanvullen']"));
        await using (var db = app.NieuweDbContext())
        {
            var signaal = await db.Signalen.Include(s => s.Berichten).SingleAsync(s => s.Id == id);
            Assert.Equal(SignaalStatus.Gesloten, signaal.Status);
            Assert.Equal(3, signaal.Berichten.Count); // answer, the ouder's explanation, the second answer
            var regels = await db.Logboek.Where(l => l.CasusId == casus && l.Entiteit == "Signaal" && l.Actie == LogboekActie.Gewijzigd)
                .Select(l => l.Omschrijving).ToListAsync();
            Assert.Contains($"Signaal {id} beantwoord", regels);
            Assert.Contains($"Signaal {id} oordeel: niet geholpen, heropend", regels);
            Assert.Contains($"Signaal {id} gesloten", regels);
            Assert.DoesNotContain(regels, r => r!.Contains("Peter", StringComparison.Ordinal));
        }
        var portaalNa = await HtmlAsync(ouder, "/Ouders");
        Assert.Contains("Gesloten", Tekst(portaalNa, "#uw-signalen"), StringComparison.Ordinal);
    }
}
