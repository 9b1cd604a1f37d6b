using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Regievoering;
using Regie.Web.Data;
using Regie.Web.Demo;

namespace Regie.Web.Tests.Meldingen;

/// <summary>Where things happen, the right person's bell rings (and never the one who did it): an overdracht proposed,
/// a professional added to a casus, a new geldende versie.</summary>
public sealed class MeldingMakenTests(RegieApp app) : IClassFixture<RegieApp>
{
    private async Task<List<Melding>> MeldingenAsync(MeldingSoort soort, Guid casus)
    {
        await using var db = app.NieuweDbContext();
        return await db.Meldingen.Where(m => m.Soort == soort && m.CasusId == casus).ToListAsync();
    }

    private async Task<Guid> BetrokkeneAsync(Guid casus, string naam)
    {
        await using var db = app.NieuweDbContext();
        return await db.Betrokkenen.Where(b => b.CasusId == casus && b.Naam == naam && b.BetrokkenTot == null).Select(b => b.Id).SingleAsync();
    }

    [Fact]
    public async Task Een_voorgestelde_overdracht_belt_de_opvolger_en_niet_de_regievoerder()
    {
        var tukker = await Meldingzetter.CasusAsync(app, DemoData.TukkerCode);
        var peter = await Meldingzetter.AccountAsync(app, "maatschappelijkwerker");
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var pagina = await RegieApp.LeesHtmlAsync(await sanne.GetAsync($"/Casussen/{tukker}/Regie"));

        var response = await Formulier.Van(pagina.QuerySelector("form[action*='handler=Overdracht']")!)
            .Met("Voorstel.OpvolgerId", (await BetrokkeneAsync(tukker, "Peter Jansen")).ToString())
            .PostAsync(sanne);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Guid overdracht;
        await using (var db = app.NieuweDbContext())
            overdracht = await db.Overdrachten.Where(o => o.CasusId == tukker && o.Status == OverdrachtStatus.Voorgesteld).Select(o => o.Id).SingleAsync();
        var melding = Assert.Single(await MeldingenAsync(MeldingSoort.OverdrachtVoorgesteld, tukker));
        Assert.Equal((peter, overdracht, (DateTimeOffset?)null), (melding.GebruikerId, melding.OnderwerpId, melding.GelezenOp));
        var lijst = await RegieApp.LeesHtmlAsync(await (await app.IngelogdAlsAsync("maatschappelijkwerker")).GetAsync("/Meldingen"));
        Assert.Contains($"U wordt gevraagd de procesregie over te nemen in casus {DemoData.TukkerCode} (Tukker).",
            lijst.QuerySelector($"#melding-{melding.Id}")!.TextContent, StringComparison.Ordinal);

        // Withdrawn again, so the other tests find Tukker as the demo left it.
        var trekIn = await RegieApp.LeesHtmlAsync(await sanne.GetAsync($"/Casussen/{tukker}/Regie"));
        Assert.Equal(HttpStatusCode.Redirect, (await Formulier.Van(trekIn.QuerySelector("form[action*='handler=TrekIn']")!).PostAsync(sanne)).StatusCode);
    }

    [Fact]
    public async Task Een_toegevoegde_professional_krijgt_een_melding_de_toevoeger_niet_en_een_externe_niemand()
    {
        var bakker = await Meldingzetter.CasusAsync(app, DemoData.BakkerCode);
        var lotte = await Meldingzetter.AccountAsync(app, "buitenstaander");
        Guid lotteMedewerker;
        await using (var db = app.NieuweDbContext())
            lotteMedewerker = await db.Medewerkers.Where(m => m.Email == $"buitenstaander@{DemoData.Domein}").Select(m => m.Id).SingleAsync();
        var martijn = await app.IngelogdAlsAsync("jeugdbeschermer");
        var url = $"/Casussen/{bakker}/Betrokkenen?handler=Professional";

        var response = await RegieApp.PostFormulierAsync(martijn, url, new()
        {
            ["Professional.Bron"] = "Medewerker",
            ["Professional.MedewerkerId"] = lotteMedewerker.ToString(),
            ["Professional.RolOfRelatie"] = "Ambulant begeleider thuis",
        });
        var extern_ = await RegieApp.PostFormulierAsync(martijn, url, new()
        {
            ["Professional.Bron"] = "Extern",
            ["Professional.Naam"] = "Dokter Visser",
            ["Professional.OrganisatieNaam"] = "Huisartsenpraktijk Centrum",
            ["Professional.OrganisatieType"] = "Overig",
            ["Professional.RolOfRelatie"] = "Huisarts",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, extern_.StatusCode);
        var melding = Assert.Single(await MeldingenAsync(MeldingSoort.ToegevoegdAanCasus, bakker));
        Assert.Equal((lotte, await BetrokkeneAsync(bakker, "Lotte Buiten")), (melding.GebruikerId, melding.OnderwerpId!.Value));
        // Lotte's list says so, with what Bakker has agreed so far.
        var lijst = await RegieApp.LeesHtmlAsync(await (await app.IngelogdAlsAsync("buitenstaander")).GetAsync("/Meldingen"));
        var regel = lijst.QuerySelector($"#melding-{melding.Id}")!;
        Assert.Contains($"U bent toegevoegd aan casus {DemoData.BakkerCode} (Bakker).", regel.TextContent, StringComparison.Ordinal);
        Assert.Contains("Er staan nog geen taken op uw naam.", regel.QuerySelector(".bijpraten")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_nieuwe_geldende_versie_belt_de_andere_professionals_van_de_casus()
    {
        var tukker = await Meldingzetter.CasusAsync(app, DemoData.TukkerCode);
        var sanne = await Meldingzetter.AccountAsync(app, "jeugdconsulent");
        var peter = await Meldingzetter.AccountAsync(app, "maatschappelijkwerker");
        var ayse = await Meldingzetter.AccountAsync(app, "behandelaar");
        var client = await app.IngelogdAlsAsync("jeugdconsulent");
        var formulier = await Casussen.Vaststellen.Vaststelformulier.AkkoordAsync(client, tukker, "Prima zo.");

        var response = await formulier.PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Guid versie;
        await using (var db = app.NieuweDbContext())
            versie = await db.Handreikingversies.Where(v => v.CasusId == tukker).OrderByDescending(v => v.Volgnummer).Select(v => v.Id).FirstAsync();
        var meldingen = await MeldingenAsync(MeldingSoort.NieuweVersie, tukker);
        Assert.Equal(new[] { ayse, peter }.Order(), meldingen.Select(m => m.GebruikerId).Order());
        Assert.All(meldingen, m => Assert.Equal(versie, m.OnderwerpId));
        Assert.DoesNotContain(meldingen, m => m.GebruikerId == sanne);
    }
}
