using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Demo;
using static Regie.Web.Tests.Signalen.Signaalhulp;

namespace Regie.Web.Tests.Toestemmingen;

/// <summary>The toestemming register through real HTTP: the regievoerder records, every betrokkene reads, a professional of an
/// organisation without one sees a notice, the ouder withdraws their own and the regievoerder hears it.</summary>
public sealed class ToestemmingTests(RegieApp app) : IClassFixture<RegieApp>
{
    private const string Notice = "Er is geen geldige toestemming van het gezin om gegevens te delen met";
    private static readonly DateOnly Vandaag = DateOnly.FromDateTime(RegieApp.Start.UtcDateTime);

    private static string Iso(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static string? Fout(IHtmlDocument html, string veld) => html.QuerySelector($"[data-valmsg-for='{veld}']")?.TextContent.Trim();

    private async Task<Guid> OrganisatieAsync(string naam)
    {
        await using var db = app.NieuweDbContext();
        return await db.Organisaties.Where(o => o.Naam == naam).Select(o => o.Id).SingleAsync();
    }

    private async Task<Guid> BetrokkeneAsync(Guid casus, string naam)
    {
        await using var db = app.NieuweDbContext();
        return await db.Betrokkenen.Where(b => b.CasusId == casus && b.Naam == naam).Select(b => b.Id).SingleAsync();
    }

    private static Task<HttpResponseMessage> VastleggenAsync(HttpClient client, Guid casus, Guid gever, Guid organisatie,
        Guid? samenMet = null, string doel = "Afstemmen over de hulp op school.", string? geldigTot = null) =>
        RegieApp.PostFormulierAsync(client, $"/Casussen/{casus}/Toestemming?handler=Vastleggen", new()
        {
            ["Vastleggen.GegevenDoorId"] = gever.ToString(), ["Vastleggen.SamenMetId"] = samenMet?.ToString() ?? "",
            ["Vastleggen.OrganisatieId"] = organisatie.ToString(), ["Vastleggen.Doel"] = doel,
            ["Vastleggen.GegevenOp"] = Iso(Vandaag), ["Vastleggen.GeldigTot"] = geldigTot ?? "",
        });

    private async Task<Guid> JeugdigeAsync(HttpClient sanne, Guid casus, string naam, DateOnly geboren)
    {
        var response = await RegieApp.PostFormulierAsync(sanne, $"/Casussen/{casus}/Betrokkenen?handler=Persoon", new()
        {
            ["Persoon.Soort"] = "Gezinslid", ["Persoon.Naam"] = naam, ["Persoon.RolOfRelatie"] = "Kind",
            ["Persoon.Geboortedatum"] = Iso(geboren), ["Persoon.HeeftGezag"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await BetrokkeneAsync(casus, naam);
    }

    [Fact]
    public async Task Melding_op_de_casus_voor_een_organisatie_zonder_toestemming_en_weg_na_vastleggen()
    {
        var casus = await CasusAsync(app);
        var behandelaar = await app.IngelogdAlsAsync("behandelaar"); // De Linde: no toestemming in the demo
        var maatschappelijkwerker = await app.IngelogdAlsAsync("maatschappelijkwerker"); // Wijkracht: Johan's toestemming
        var sanne = await app.IngelogdAlsAsync(Regievoerder);

        var kop = await HtmlAsync(behandelaar, $"/Casussen/{casus}");
        Assert.Equal($"{Notice} Jeugdzorg De Linde. De regievoerder beslist of u verder kunt.", Tekst(kop, "#geen-toestemming"));
        Assert.Null((await HtmlAsync(maatschappelijkwerker, $"/Casussen/{casus}")).QuerySelector("#geen-toestemming"));
        // The regievoerder decides, and sees the organisations without one on the tab instead.
        Assert.Null((await HtmlAsync(sanne, $"/Casussen/{casus}")).QuerySelector("#geen-toestemming"));
        Assert.Contains("Jeugdzorg De Linde", Tekst(await HtmlAsync(sanne, $"/Casussen/{casus}/Toestemming"), "#zonder-toestemming"), StringComparison.Ordinal);

        var linde = await OrganisatieAsync("Jeugdzorg De Linde");
        var johan = await BetrokkeneAsync(casus, "Johan Tukker");
        var response = await VastleggenAsync(sanne, casus, johan, linde, doel: "Onderzoek naar de schoolproblemen van Wesley.");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        await using (var db = app.NieuweDbContext())
        {
            var t = await db.Toestemmingen.SingleAsync(t => t.CasusId == casus && t.OrganisatieId == linde);
            Assert.Equal((johan, "Johan Tukker", "Sanne de Vries", Vandaag), (t.GegevenDoorId, t.GegevenDoorNaam, t.VastgelegdDoor, t.GegevenOp));
            Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == casus && l.Entiteit == "Toestemming" && l.Actie == LogboekActie.Aangemaakt
                && l.Omschrijving == $"Toestemming {t.Id} van betrokkene {johan} voor organisatie {linde}"));
        }
        Assert.Null((await HtmlAsync(behandelaar, $"/Casussen/{casus}")).QuerySelector("#geen-toestemming"));
        var tab = await HtmlAsync(behandelaar, $"/Casussen/{casus}/Toestemming");
        Assert.Contains("Onderzoek naar de schoolproblemen van Wesley.", Tekst(tab, "#toestemmingen"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_andere_betrokkene_leest_maar_legt_niets_vast()
    {
        var casus = await CasusAsync(app);
        var peter = await app.IngelogdAlsAsync("maatschappelijkwerker");
        var tab = await HtmlAsync(peter, $"/Casussen/{casus}/Toestemming");
        Assert.Contains("Wijkracht Maatschappelijk Werk", Tekst(tab, "#toestemmingen"), StringComparison.Ordinal);
        Assert.Null(tab.QuerySelector("form#vastleggen"));
        Assert.Null(tab.QuerySelector("form[action*='handler=Intrekken']"));

        var response = await VastleggenAsync(peter, casus, await BetrokkeneAsync(casus, "Johan Tukker"), await OrganisatieAsync("Zorgaanbieder Elders"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var db = app.NieuweDbContext();
        Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == casus && l.Actie == LogboekActie.Geweigerd && l.Omschrijving == "Geen toegang voor RegistreertToestemming"));
    }

    [Fact]
    public async Task Leeftijd_onder_12_geweigerd_12_tot_16_alleen_samen_met_een_ouder_vanaf_16_alleen()
    {
        var casus = await CasusAsync(app);
        var sanne = await app.IngelogdAlsAsync(Regievoerder);
        var school = await OrganisatieAsync("Samenwerkingsverband VO Twente");
        var johan = await BetrokkeneAsync(casus, "Johan Tukker");
        var kind = await JeugdigeAsync(sanne, casus, "Roos Tukker", Vandaag.AddYears(-10));
        var wesley = await BetrokkeneAsync(casus, "Wesley Tukker"); // 14 in the demo
        var lisa = await JeugdigeAsync(sanne, casus, "Lisa Tukker", Vandaag.AddYears(-17));

        var jong = await VastleggenAsync(sanne, casus, kind, school, samenMet: johan);
        Assert.Equal(HttpStatusCode.OK, jong.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(jong);
        Assert.Equal("Roos Tukker is jonger dan 12 jaar. Voor een kind onder de 12 geven de ouders met gezag toestemming.", Fout(html, "Vastleggen.GegevenDoorId"));
        // The rest of the form stays as typed.
        Assert.Equal("Afstemmen over de hulp op school.", html.QuerySelector("#Vastleggen_Doel")!.TextContent);

        var alleen = await RegieApp.LeesHtmlAsync(await VastleggenAsync(sanne, casus, wesley, school));
        Assert.Equal("Wesley Tukker is 14 jaar. Een jongere van 12 tot 16 geeft toestemming samen met een ouder met gezag. Kies die ouder.",
            Fout(alleen, "Vastleggen.SamenMetId"));
        Assert.Equal(HttpStatusCode.Redirect, (await VastleggenAsync(sanne, casus, wesley, school, samenMet: johan)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await VastleggenAsync(sanne, casus, lisa, school)).StatusCode);

        await using var db = app.NieuweDbContext();
        var opgeslagen = await db.Toestemmingen.Where(t => t.CasusId == casus && t.OrganisatieId == school).OrderBy(t => t.GegevenDoorNaam)
            .Select(t => new { t.GegevenDoorNaam, t.SamenMetId }).ToListAsync();
        Assert.Equal([new { GegevenDoorNaam = "Lisa Tukker", SamenMetId = (Guid?)null }, new { GegevenDoorNaam = "Wesley Tukker", SamenMetId = (Guid?)johan }], opgeslagen);
    }

    [Fact]
    public async Task Foute_invoer_geeft_Nederlandse_meldingen_en_geen_500()
    {
        var casus = await CasusAsync(app);
        var sanne = await app.IngelogdAlsAsync(Regievoerder);
        var johan = await BetrokkeneAsync(casus, "Johan Tukker");

        var leeg = await RegieApp.LeesHtmlAsync(await VastleggenAsync(sanne, casus, johan, await OrganisatieAsync("Zorgaanbieder Elders"), doel: " ",
            geldigTot: Iso(Vandaag.AddDays(-1))));
        Assert.Equal("Schrijf op waarvoor gegevens gedeeld mogen worden.", Fout(leeg, "Vastleggen.Doel"));

        var tot = await RegieApp.LeesHtmlAsync(await VastleggenAsync(sanne, casus, johan, await OrganisatieAsync("Zorgaanbieder Elders"),
            geldigTot: Iso(Vandaag.AddDays(-1))));
        Assert.Equal("‘Geldig tot’ ligt vóór de datum waarop de toestemming is gegeven.", Fout(tot, "Vastleggen.GeldigTot"));

        var raar = await RegieApp.PostFormulierAsync(sanne, $"/Casussen/{casus}/Toestemming?handler=Vastleggen", new()
        {
            ["Vastleggen.GegevenDoorId"] = Guid.NewGuid().ToString(), ["Vastleggen.OrganisatieId"] = Guid.NewGuid().ToString(),
            ["Vastleggen.Doel"] = new string('x', 501), ["Vastleggen.GegevenOp"] = "gisteren",
        });
        Assert.Equal(HttpStatusCode.OK, raar.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(raar);
        Assert.Equal("Kies een organisatie uit de lijst.", Fout(html, "Vastleggen.OrganisatieId"));
        Assert.Equal("Het doel mag hoogstens 500 tekens lang zijn.", Fout(html, "Vastleggen.Doel"));
        Assert.False(string.IsNullOrEmpty(Fout(html, "Vastleggen.GegevenOp")));

        var onbekend = await RegieApp.LeesHtmlAsync(await VastleggenAsync(sanne, casus, Guid.NewGuid(), await OrganisatieAsync("Zorgaanbieder Elders")));
        Assert.Equal("Kies een gezinslid van deze casus.", Fout(onbekend, "Vastleggen.GegevenDoorId"));
    }

    [Fact]
    public async Task Besluit_delen_zonder_toestemming_staat_in_het_logboek()
    {
        var casus = await CasusAsync(app);
        var sanne = await app.IngelogdAlsAsync(Regievoerder);
        // Not De Linde: a stored decision changes its notice, which the first test reads (DeelbesluitTests reads that one).
        var linde = await OrganisatieAsync("Zorgaanbieder Elders");

        var zonderReden = await RegieApp.PostFormulierAsync(sanne, $"/Casussen/{casus}/Toestemming?handler=Besluit", new() { ["Besluit.OrganisatieId"] = linde.ToString() });
        Assert.Equal("Kies waarom delen nodig is zonder toestemming.", Fout(await RegieApp.LeesHtmlAsync(zonderReden), "Besluit.Grond"));

        var response = await RegieApp.PostFormulierAsync(sanne, $"/Casussen/{casus}/Toestemming?handler=Besluit", new()
        {
            ["Besluit.OrganisatieId"] = linde.ToString(), ["Besluit.Grond"] = "Veiligheid",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.NieuweDbContext();
        Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == casus && l.Entiteit == "Toestemming"
            && l.Omschrijving == $"Delen is nodig zonder toestemming: organisatie {linde}, reden Veiligheid" && l.Gebruiker == "Sanne de Vries"));
    }

    [Fact]
    public async Task Ouder_trekt_eigen_toestemming_in_twee_keer_is_een_intrekking_en_de_regievoerder_krijgt_een_melding()
    {
        var casus = await CasusAsync(app);
        var sanne = await app.IngelogdAlsAsync(Regievoerder);
        var elders = await OrganisatieAsync("Zorgaanbieder Elders");
        var johanId = await BetrokkeneAsync(casus, "Johan Tukker");
        Assert.Equal(HttpStatusCode.Redirect, (await VastleggenAsync(sanne, casus, johanId, elders, doel: "Begeleiding thuis afstemmen.")).StatusCode);
        Guid id;
        await using (var db = app.NieuweDbContext())
            id = await db.Toestemmingen.Where(t => t.CasusId == casus && t.OrganisatieId == elders).Select(t => t.Id).SingleAsync();

        var johan = await OuderAsync(app, DemoData.TukkerCode, "Johan Tukker");
        var lijst = await HtmlAsync(johan, "/Ouders/Toestemming");
        var item = lijst.QuerySelector($"#toestemming-{id}")!;
        Assert.Contains("Begeleiding thuis afstemmen.", item.TextContent, StringComparison.Ordinal);
        Assert.Contains("Geen einddatum", item.TextContent, StringComparison.Ordinal);
        Assert.NotNull(item.QuerySelector($"a[href='/Ouders/Toestemming/{id}/Intrekken']"));
        // Ellen did not give this one: she reads it, without a button.
        var ellen = await app.IngelogdAlsAsync(Moeder);
        Assert.Null((await HtmlAsync(ellen, "/Ouders/Toestemming")).QuerySelector($"#toestemming-{id} a"));

        // The confirmation step, then twice the same form (a double click).
        var bevestig = await HtmlAsync(johan, $"/Ouders/Toestemming/{id}/Intrekken");
        var formulier = Formulier.Van(bevestig.QuerySelector("main form")!, $"/Ouders/Toestemming/{id}/Intrekken");
        var eerste = await formulier.PostAsync(johan);
        var tweede = await formulier.PostAsync(johan);
        Assert.Equal(HttpStatusCode.Redirect, eerste.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, tweede.StatusCode);

        var sanneAccount = await AccountAsync(app, Regievoerder);
        await using (var db = app.NieuweDbContext())
        {
            var t = await db.Toestemmingen.SingleAsync(t => t.Id == id);
            Assert.Equal((RegieApp.Start, "Johan Tukker"), (t.IngetrokkenOp, t.IngetrokkenDoor));
            Assert.Equal(1, await db.Logboek.CountAsync(l => l.CasusId == casus && l.Omschrijving == $"Toestemming {id} ingetrokken door ouder"));
            Assert.Equal(1, await db.Meldingen.CountAsync(m => m.GebruikerId == sanneAccount && m.Soort == MeldingSoort.ToestemmingIngetrokken
                && m.OnderwerpId == id && m.CasusId == casus));
        }
        var bel = await HtmlAsync(sanne, "/Meldingen");
        Assert.Contains("Een ouder heeft een toestemming om gegevens te delen ingetrokken in casus", bel.Body!.TextContent, StringComparison.Ordinal);
        // The melding opens the casus' Toestemming tab.
        var regel = bel.QuerySelectorAll("li.melding-regel").Single(li => li.TextContent.Contains("toestemming", StringComparison.Ordinal));
        var open = await Formulier.Van(regel.QuerySelector("form")!).PostAsync(sanne);
        Assert.Equal($"/Casussen/{casus}/Toestemming", open.Headers.Location!.OriginalString);
        Assert.Contains("Ingetrokken", Tekst(await HtmlAsync(johan, "/Ouders/Toestemming"), $"#toestemming-{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Toestemming_van_een_ander_gezin_of_een_andere_ouder_is_404()
    {
        var casus = await CasusAsync(app);
        Guid gi;
        await using (var db = app.NieuweDbContext())
            gi = await db.Toestemmingen.Where(t => t.CasusId == casus && t.GegevenDoorNaam == "Johan Tukker"
                && db.Organisaties.Any(o => o.Id == t.OrganisatieId && o.Naam == "Jeugdbescherming Oost")).Select(t => t.Id).SingleAsync();

        var linda = await OuderAsync(app, DemoData.BakkerCode, "Linda Bakker");
        Assert.Equal(HttpStatusCode.NotFound, (await linda.GetAsync($"/Ouders/Toestemming/{gi}/Intrekken")).StatusCode);
        Assert.DoesNotContain("Jeugdbescherming Oost", await (await linda.GetAsync("/Ouders/Toestemming")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var ellen = await app.IngelogdAlsAsync(Moeder);
        Assert.Equal(HttpStatusCode.NotFound, (await ellen.GetAsync($"/Ouders/Toestemming/{gi}/Intrekken")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ellen.GetAsync($"/Ouders/Toestemming/{Guid.NewGuid()}/Intrekken")).StatusCode);

        await using (var db = app.NieuweDbContext())
        {
            Assert.Null(await db.Toestemmingen.Where(t => t.Id == gi).Select(t => t.IngetrokkenOp).SingleAsync());
            Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == casus && l.Actie == LogboekActie.Geweigerd && l.Omschrijving == $"Toestemming {gi} niet van deze ouder"));
        }
    }
}
