using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Domain.Vragenlijsten;
using Regie.Web.Demo;
using static Regie.Web.Tests.Vragenlijsten.Vragenlijsthulp;

namespace Regie.Web.Tests.Vragenlijsten;

/// <summary>Closes Tukker (and Bakker), so it has a database of its own.</summary>
public sealed class AfsluitenMetVragenlijstTests(RegieApp app) : IClassFixture<RegieApp>
{
    private async Task<Guid> CasusAsync(string code)
    {
        await using var db = app.NieuweDbContext();
        return await db.Casussen.Where(c => c.Code == code).Select(c => c.Id).SingleAsync();
    }

    private static async Task<HttpResponseMessage> SluitAfAsync(HttpClient client, Guid casus, string keuze)
    {
        var url = $"/Casussen/{casus}/Afsluiten";
        var pagina = await HtmlAsync(client, url);
        Assert.Contains("Willen de ouders een korte vragenlijst invullen over hoe de hulp ging?",
            pagina.QuerySelector("main fieldset legend")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("anoniem", pagina.QuerySelector("#hint-vragenlijst")!.TextContent, StringComparison.Ordinal);
        return await Tests.Formulier.Van(pagina.QuerySelector("main form[method=post]")!, url)
            .Met("Input.Reden", "Resultaten bereikt.").Met("Input.LaatsteEvaluatie", "Het is rustig thuis.")
            .Met("Input.VragenlijstOuders", keuze).PostAsync(client);
    }

    [Fact]
    public async Task Afsluiten_met_ja_biedt_Ellen_Tukker_de_vragenlijst_aan_en_zij_vult_hem_in()
    {
        var casus = await CasusAsync(DemoData.TukkerCode);
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");

        var afgesloten = await SluitAfAsync(sanne, casus, "Ja");

        Assert.Equal(HttpStatusCode.Redirect, afgesloten.StatusCode);
        var detail = await HtmlAsync(sanne, afgesloten.Headers.Location!.OriginalString);
        Assert.Contains("De vragenlijst staat nu voor 1 ouder klaar in het ouderportaal.", detail.QuerySelector(".melding-ok")!.TextContent, StringComparison.Ordinal);
        var ellen = await AccountAsync(app, "ouder");
        Guid aanbodId;
        await using (var db = app.NieuweDbContext())
        {
            var aanbod = await db.Vragenlijstaanbiedingen.SingleAsync(a => a.CasusId == casus);
            Assert.Equal(ellen, aanbod.GebruikerId);
            Assert.Equal(Vragenlijstaanbod.MomentAfsluiten(casus), aanbod.Moment);
            Assert.Equal(AanbodStatus.Open, aanbod.Status);
            aanbodId = aanbod.Id;
            Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == casus && l.Entiteit == "Casus" && l.Omschrijving!.Contains("VragenlijstOuders")));
        }

        var ouder = await app.IngelogdAlsAsync("ouder");
        var portaal = await HtmlAsync(ouder, "/Ouders");
        var link = portaal.QuerySelector("#vragenlijst-blok a.knop")!;
        Assert.Equal($"/Ouders/Vragenlijst/{aanbodId}", link.GetAttribute("href"));
        var url = link.GetAttribute("href")!;
        var formulier = await HtmlAsync(ouder, url);
        // Each closed item: a fieldset with its question as legend and five choices with words, plus skipping.
        var vraag = formulier.QuerySelector("fieldset.vraag")!;
        Assert.Contains("Ik weet wie wat doet voor ons gezin.", vraag.QuerySelector("legend")!.TextContent, StringComparison.Ordinal);
        var labels = vraag.QuerySelectorAll("label.keuze").Select(l => l.TextContent.Trim()).ToList();
        Assert.Equal(["Helemaal niet mee eens", "Niet mee eens", "Niet eens en niet oneens", "Mee eens", "Helemaal mee eens", "Sla deze vraag over"], labels);
        Assert.Equal(3, formulier.QuerySelectorAll("main form textarea").Length);
        Assert.NotNull(formulier.QuerySelector("button#niet-mee"));
        var voor = await AantalInvullingenAsync(app);

        var ingevuld = await Formulier(formulier, url).Met("Antwoorden[O1]", "4").Met("Antwoorden[O6]", "5")
            .Met("Antwoorden[O8]", "Er is eindelijk rust in huis.").PostAsync(ouder);

        Assert.Equal(HttpStatusCode.Redirect, ingevuld.StatusCode);
        Assert.Equal("/Ouders", ingevuld.Headers.Location!.OriginalString);
        var terug = await HtmlAsync(ouder, "/Ouders");
        Assert.Contains("Dank u wel", terug.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(terug.QuerySelector("#vragenlijst-blok"));
        Assert.Equal(voor + 1, await AantalInvullingenAsync(app));
        Assert.Equal(AanbodStatus.Ingevuld, await StatusAsync(app, aanbodId));
        await using (var db = app.NieuweDbContext())
        {
            var invulling = await db.VragenlijstInvullingen.SingleAsync();
            Assert.Equal([("O1", 4), ("O6", 5)], invulling.Antwoorden.Where(a => a.Score is not null).Select(a => (a.ItemCode, a.Score!.Value)).ToList());
            Assert.Equal("Er is eindelijk rust in huis.", invulling.Antwoorden.Single(a => a.ItemCode == "O8").Tekst);
            Assert.Equal(new DateOnly(2026, 11, 1), invulling.Maand);
            Assert.Equal(["OB3B", "OB4A"], invulling.Indicaties);
            // The logboek says that Ellen filled it in, on the casus: never which answer or what it said.
            var regel = await db.Logboek.SingleAsync(l => l.Entiteit == "Vragenlijst");
            Assert.Equal(casus, regel.CasusId);
            Assert.Equal(ellen, regel.GebruikerId);
            Assert.Equal(LogboekActie.Aangemaakt, regel.Actie);
            Assert.Equal("Vragenlijst ingevuld", regel.Omschrijving);
        }

        var nogmaals = await HtmlAsync(ouder, url);
        Assert.Contains("U heeft deze vragenlijst al ingevuld. Dank u wel.", nogmaals.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(nogmaals.QuerySelector("main form.vragenlijst"));
    }

    [Fact]
    public async Task Afsluiten_met_ja_zonder_ouder_met_account_zegt_dat_niemand_hem_kreeg()
    {
        var casus = await CasusAsync(DemoData.BakkerCode);
        var martijn = await app.IngelogdAlsAsync("jeugdbeschermer");
        await using (var db = app.NieuweDbContext())
        {
            // Bakker is a concept in the demo: the closing rules do not ask for a vastgestelde versie.
            var ouders = db.Betrokkenen.Where(b => b.CasusId == casus && b.IsOuder).Select(b => (Guid?)b.Id);
            Assert.False(await db.Users.AnyAsync(u => ouders.Contains(u.BetrokkeneId)));
        }

        var afgesloten = await SluitAfAsync(martijn, casus, "Ja");

        Assert.Equal(HttpStatusCode.Redirect, afgesloten.StatusCode);
        var detail = await HtmlAsync(martijn, afgesloten.Headers.Location!.OriginalString);
        Assert.Contains("Geen van de ouders heeft een account in Regie. Daarom heeft niemand de vragenlijst gekregen.",
            detail.QuerySelector(".melding-ok")!.TextContent, StringComparison.Ordinal);
        await using var controle = app.NieuweDbContext();
        Assert.False(await controle.Vragenlijstaanbiedingen.AnyAsync(a => a.CasusId == casus));
    }
}
