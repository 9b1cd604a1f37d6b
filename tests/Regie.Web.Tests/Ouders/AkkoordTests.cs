using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Handreiking;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Demo;
using Regie.Web.Tests.Casussen.Vaststellen;
using Regie.Web.Tests.Data;
using Regie.Web.Tests.Pdf;
using static Regie.Web.Tests.Ouders.Akkoordhulp;
using static Regie.Web.Tests.Signalen.Signaalhulp;

namespace Regie.Web.Tests.Ouders;

/// <summary>Both of Tukker's ouders have gezag: they agree in the portal, in their own name, and the version says so.</summary>
public sealed class TweeOudersAkkoordTests(RegieApp app) : IClassFixture<RegieApp>
{
    [Fact]
    public async Task Twee_ouders_met_gezag_geven_zelf_akkoord_en_de_versie_en_de_pdf_noemen_beiden()
    {
        var casus = await CasusAsync(app);
        var sanne = await app.IngelogdAlsAsync(Regievoerder);
        var ellen = await app.IngelogdAlsAsync(Moeder);
        var johan = await JohanAsync(app);
        Assert.Null((await HtmlAsync(ellen, "/Ouders")).QuerySelector("#kop-akkoord"));

        Assert.Equal(HttpStatusCode.Redirect, (await LegVoorAsync(sanne, casus)).StatusCode);

        var home = await HtmlAsync(ellen, "/Ouders");
        Assert.Contains("De afspraken liggen klaar. Wilt u ze lezen en zeggen of u het ermee eens bent?", home.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var lezen = await HtmlAsync(ellen, AkkoordUrl);
        // The summary from the live casus: her own taak first, the regievoerder with her phone and mandaat.
        Assert.Equal("Wat doet u zelf?", lezen.QuerySelector("#kop-samen-wie + ul h3")?.TextContent);
        Assert.Contains("De afspraken met de bedrijfsarts nakomen", lezen.QuerySelector("#kop-samen-wie + ul li")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Sanne bewaakt de afspraken", Tekst(lezen, "main"), StringComparison.Ordinal);
        Assert.Contains("Wat mag de regievoerder beslissen?", Tekst(lezen, "main"), StringComparison.Ordinal);

        await AntwoordAsync(ellen, true);
        app.Klok.Advance(TimeSpan.FromMinutes(12));
        await AntwoordAsync(johan, true, "Goed dat Peter met ons naar de schulden kijkt.");

        await using (var db = app.NieuweDbContext())
        {
            var reacties = await db.Akkoordreacties.Where(r => r.CasusId == casus).ToListAsync();
            Assert.Equal(2, reacties.Count);
            Assert.All(reacties, r => Assert.True(r.Akkoord && !r.Vervallen));
            var sanneId = await db.Users.Where(u => u.Email == $"{Regievoerder}@{DemoData.Domein}").Select(u => u.Id).SingleAsync();
            Assert.Equal(2, await db.Meldingen.CountAsync(m => m.GebruikerId == sanneId && m.Soort == MeldingSoort.AkkoordGegeven && m.CasusId == casus));
            var regels = await db.Logboek.Where(l => l.CasusId == casus && l.Entiteit == "Akkoordreactie").ToListAsync();
            Assert.Equal(2, regels.Count(l => l.Actie == LogboekActie.Aangemaakt));
            // Field names only: what an ouder wrote never goes into the logboek.
            Assert.DoesNotContain(regels, l => l.Omschrijving!.Contains("schulden", StringComparison.Ordinal));
        }

        // At the table nothing is asked for them any more: both answered themselves.
        var url = $"/Casussen/{casus}/Vaststellen";
        var vaststellen = await HtmlAsync(sanne, url);
        Assert.Equal(2, vaststellen.QuerySelectorAll("#kop-ouders ~ table .label-ok").Length);
        Assert.Empty(vaststellen.QuerySelectorAll($"{Vaststelformulier.Selector} input[type=radio]"));
        Assert.Equal(HttpStatusCode.Redirect, (await Vaststelformulier.Van(vaststellen, url).PostAsync(sanne)).StatusCode);

        await using (var db = app.NieuweDbContext())
        {
            var versie = await db.Handreikingversies.SingleAsync(v => v.CasusId == casus && v.Status == VersieStatus.Geldend);
            Assert.Equal(2, versie.Volgnummer);
            Assert.Equal(
                [
                    new VersieAkkoord("Ellen Tukker", "Moeder", true, null, true, null, RegieApp.Start),
                    new VersieAkkoord("Johan Tukker", "Vader", true, "Goed dat Peter met ons naar de schulden kijkt.", true, null, RegieApp.Start.AddMinutes(12)),
                ],
                versie.Akkoorden!);
            Assert.True(versie.OudersAkkoord);
            Assert.Empty(await db.Akkoordreacties.Where(r => r.CasusId == casus).ToListAsync());
            Assert.Null(await db.Casussen.Where(c => c.Id == casus).Select(c => c.VoorgelegdOp).SingleAsync());
        }
        const string ellenZin = "Ellen Tukker (Moeder): akkoord — zelf gegeven in het ouderportaal op 24 november 2026 om 10:00";
        const string johanZin = "Johan Tukker (Vader): akkoord — zelf gegeven in het ouderportaal op 24 november 2026 om 10:12";
        var pagina = Tekst(await HtmlAsync(sanne, $"/Casussen/{casus}/Versies/2"), "main");
        Assert.Contains(ellenZin, pagina, StringComparison.Ordinal);
        Assert.Contains(johanZin, pagina, StringComparison.Ordinal);
        var pdf = await sanne.GetAsync($"/Casussen/{casus}/Versies/2/Pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        var inhoud = PdfInhoud.Lees(await pdf.Content.ReadAsByteArrayAsync());
        Assert.True(inhoud.Bevat(ellenZin), inhoud.Alles);
        Assert.True(inhoud.Bevat(johanZin), inhoud.Alles);
        // Version 1 was made before: the ouders' answer recorded at the table by Sanne.
        var eerste = Tekst(await HtmlAsync(sanne, $"/Casussen/{casus}/Versies/1"), "main");
        Assert.Contains("Johan Tukker (Vader): akkoord — vastgelegd door Sanne de Vries in het overleg", eerste, StringComparison.Ordinal);
    }
}

/// <summary>A step changes after an ouder answered: the answer lapses, the portal asks again and vaststellen does not use it.</summary>
public sealed class AkkoordVervaltTests(RegieApp app) : IClassFixture<RegieApp>
{
    [Fact]
    public async Task Een_gewijzigde_stap_na_het_antwoord_laat_het_vervallen_en_de_ouder_wordt_opnieuw_gevraagd()
    {
        var casus = await CasusAsync(app);
        var sanne = await app.IngelogdAlsAsync(Regievoerder);
        var ellen = await app.IngelogdAlsAsync(Moeder);
        await LegVoorAsync(sanne, casus);
        await AntwoordAsync(ellen, true);
        // Ellen has the page open again while Sanne changes a step.
        var oud = AkkoordFormulier(await HtmlAsync(ellen, AkkoordUrl));

        var mdo = await HtmlAsync(sanne, $"/Casussen/{casus}/Mdo");
        var stap = Formulier.Van(mdo.QuerySelector("#stap-5 form[action*='handler=Stap']")!)
            .Met("Stap.Afspraken", "Sanne belt ouders elke vrijdag.");
        Assert.Equal(HttpStatusCode.Redirect, (await stap.PostAsync(sanne)).StatusCode);

        await using (var db = app.NieuweDbContext())
            Assert.True((await db.Akkoordreacties.SingleAsync(r => r.CasusId == casus)).Vervallen);
        // What she read is gone: her answer to it is refused, and what she typed stays.
        var geweigerd = await oud.Met("Input.Akkoord", "false").Met("Input.Opmerking", "Ik wil eerst praten.").PostAsync(ellen);
        Assert.Equal(HttpStatusCode.OK, geweigerd.StatusCode);
        var terug = await RegieApp.LeesHtmlAsync(geweigerd);
        Assert.Contains(Casus.VeranderdMelding, Tekst(terug, "main"), StringComparison.Ordinal);
        Assert.Equal("Ik wil eerst praten.", terug.QuerySelector("#Input_Opmerking")!.TextContent);
        await using (var db = app.NieuweDbContext())
            Assert.True((await db.Akkoordreacties.SingleAsync(r => r.CasusId == casus)).Vervallen);

        Assert.Contains("Na uw antwoord is er iets veranderd in de afspraken.", Tekst(await HtmlAsync(ellen, "/Ouders"), "main"), StringComparison.Ordinal);
        Assert.Contains("Er is iets veranderd in de afspraken na uw antwoord.", Tekst(await HtmlAsync(ellen, AkkoordUrl), "main"), StringComparison.Ordinal);

        // At the table Ellen is asked again; answering only for Johan is not enough.
        var url = $"/Casussen/{casus}/Vaststellen";
        var vaststellen = await HtmlAsync(sanne, url);
        Assert.Contains("Vervallen", vaststellen.QuerySelector("#kop-ouders ~ table")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, vaststellen.QuerySelectorAll($"{Vaststelformulier.Selector} fieldset").Length);
        Guid johan;
        await using (var db = app.NieuweDbContext())
            johan = await db.Betrokkenen.Where(b => b.CasusId == casus && b.Naam == "Johan Tukker").Select(b => b.Id).SingleAsync();
        var alleenJohan = await Vaststelformulier.Van(vaststellen, url).Met($"Input.Akkoord[{johan}]", "true").PostAsync(sanne);
        Assert.Equal(HttpStatusCode.OK, alleenJohan.StatusCode);
        Assert.Contains("Leg vast of Ellen Tukker akkoord is met de afspraken", await alleenJohan.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // She reads the new afspraken and answers again: that answer counts.
        await AntwoordAsync(ellen, true);
        await using (var db = app.NieuweDbContext())
            Assert.False((await db.Akkoordreacties.SingleAsync(r => r.CasusId == casus)).Vervallen);
    }
}

/// <summary>Without gezag known for either ouder, Wesley (14) would be the only one left to agree.</summary>
public sealed class AkkoordKindAlleenTests(RegieApp app) : IClassFixture<RegieApp>
{
    [Fact]
    public async Task Voorleggen_met_alleen_een_kind_onder_de_16_wordt_geweigerd_met_uitleg()
    {
        var casus = await CasusAsync(app);
        await using (var db = app.NieuweDbContext())
        {
            var c = await db.LaadVoorWijzigingAsync(casus, default);
            foreach (var ouder in c.Betrokkenen.Where(b => b.IsOuder).ToList())
                Assert.True(c.WijzigContactVan(ouder.Id, ouder.RolOfRelatie, ouder.Telefoon, ouder.Email, ouder.Bereikbaarheid,
                    new Gezinsgegevens(null, null, new DateOnly(2026, 11, 24))).Gelukt);
            await db.SaveChangesAsync();
        }
        var sanne = await app.IngelogdAlsAsync(Regievoerder);

        var response = await LegVoorAsync(sanne, casus);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Casus.KindAlleenMelding, Tekst(await RegieApp.LeesHtmlAsync(response), "main"), StringComparison.Ordinal);
        await using (var db = app.NieuweDbContext())
            Assert.Null(await db.Casussen.Where(c => c.Id == casus).Select(c => c.VoorgelegdOp).SingleAsync());
        // Nobody decides: Ellen's portal explains, without a form.
        var ellen = await HtmlAsync(await app.IngelogdAlsAsync(Moeder), AkkoordUrl);
        Assert.Null(ellen.QuerySelector("main form.akkoord"));
        Assert.Contains("Dat doet een ouder met gezag.", Tekst(ellen, "main"), StringComparison.Ordinal);
    }
}

/// <summary>Bad input on the ouders' form: someone else's casus or answer, garbage, the same answer twice.</summary>
public sealed class AkkoordInvoerTests(RegieApp app) : IClassFixture<RegieApp>
{
    [Fact]
    public async Task Antwoorden_voor_een_andere_casus_of_iemand_anders_geeft_404_en_bewaart_niets()
    {
        var casus = await CasusAsync(app);
        var bakker = await CasusAsync(app, DemoData.BakkerCode);
        await LegVoorAsync(await app.IngelogdAlsAsync(Regievoerder), casus);
        var ellen = await app.IngelogdAlsAsync(Moeder);
        Guid johan;
        await using (var db = app.NieuweDbContext())
            johan = await db.Betrokkenen.Where(b => b.CasusId == casus && b.Naam == "Johan Tukker").Select(b => b.Id).SingleAsync();
        var formulier = AkkoordFormulier(await HtmlAsync(ellen, AkkoordUrl)).Met("Input.Akkoord", "true");

        foreach (var (veld, waarde) in new[] { ("Input.CasusId", bakker.ToString()), ("Input.BetrokkeneId", johan.ToString()), ("Input.CasusId", "'; drop table"), ("Input.BetrokkeneId", "") })
        {
            var origineel = formulier[veld];
            var response = await formulier.Met(veld, waarde).PostAsync(ellen);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            formulier.Met(veld, origineel);
        }
        await using (var db = app.NieuweDbContext())
            Assert.Empty(await db.Akkoordreacties.ToListAsync());

        var kapot = await formulier.Met("Input.Akkoord", "misschien").PostAsync(ellen);
        Assert.Equal(HttpStatusCode.OK, kapot.StatusCode);
        Assert.Contains("is niet geldig", Tekst(await RegieApp.LeesHtmlAsync(kapot), "main"), StringComparison.Ordinal);
        var zonderReden = await formulier.Met("Input.Akkoord", "false").Met("Input.Opmerking", " ").PostAsync(ellen);
        Assert.Contains("Schrijf op waarom u het niet eens bent.", Tekst(await RegieApp.LeesHtmlAsync(zonderReden), "main"), StringComparison.Ordinal);

        // The same answer sent twice: one current answer.
        formulier.Met("Input.Akkoord", "true").Met("Input.Opmerking", null);
        Assert.Equal(HttpStatusCode.Redirect, (await formulier.PostAsync(ellen)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await formulier.PostAsync(ellen)).StatusCode);
        await using (var db = app.NieuweDbContext())
            Assert.Single(await db.Akkoordreacties.Where(r => r.CasusId == casus).ToListAsync());
    }

    [Fact]
    public async Task Een_ouder_zonder_gezag_leest_uitleg_en_kan_niet_antwoorden()
    {
        var linda = await OuderAsync(app, DemoData.BakkerCode, "Linda Bakker");

        var pagina = await HtmlAsync(linda, AkkoordUrl);

        Assert.Null(pagina.QuerySelector("main form.akkoord"));
        Assert.Contains("U kunt hier niet zelf zeggen of u het eens bent.", Tekst(pagina, "main"), StringComparison.Ordinal);
    }
}
