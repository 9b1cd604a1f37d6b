using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Handreiking;
using Regie.Domain.Logboek;
using Regie.Web.Demo;

namespace Regie.Web.Tests.Casussen.Mdo;

/// <summary>During an MDO nothing typed is lost: a post of one form carries the other forms' unsaved text
/// (as wwwroot/js/mdo.js sends it: Concept[n].Afspraken, ConceptOverig.*), and the page shows it again.</summary>
public sealed class MdoNietsKwijtTests(RegieApp app) : IClassFixture<RegieApp>
{
    private async Task<Guid> TukkerAsync()
    {
        await using var db = app.NieuweDbContext();
        return await db.Casussen.Where(c => c.Code == DemoData.TukkerCode).Select(c => c.Id).SingleAsync();
    }

    private static async Task<IHtmlDocument> PaginaAsync(HttpClient client, Guid casusId) =>
        await RegieApp.LeesHtmlAsync(await client.GetAsync($"/Casussen/{casusId}/Mdo"));

    private async Task<CasusStap> StapAsync(Guid casusId, int nummer)
    {
        await using var db = app.NieuweDbContext();
        return await db.CasusStappen.AsNoTracking().SingleAsync(s => s.CasusId == casusId && s.Nummer == nummer);
    }

    [Fact]
    public async Task Stap_4_opslaan_houdt_de_niet_opgeslagen_tekst_van_stap_3_op_de_pagina()
    {
        var casusId = await TukkerAsync();
        var client = await app.IngelogdAlsAsync("jeugdconsulent");
        var voor3 = await StapAsync(casusId, 3);
        var formulier = Formulier.Van((await PaginaAsync(client, casusId)).QuerySelector("#stap-4 form[action*='handler=Stap']")!)
            .Met("Stap.Afspraken", "Sanne houdt de procesregie, ook na de zomer.")
            .Met("Concept[3].Afspraken", "Peter belt de schuldhulp <vóór> vrijdag.")
            .Met("Concept[3].Status", "InBespreking");

        var response = await formulier.PostAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pagina = await RegieApp.LeesHtmlAsync(response);
        Assert.Contains("Stap 4 is opgeslagen", pagina.QuerySelector(".melding-ok")!.TextContent, StringComparison.Ordinal);
        var tekst3 = pagina.QuerySelector("#afspraken-3")!;
        Assert.Equal("Peter belt de schuldhulp <vóór> vrijdag.", tekst3.TextContent);
        Assert.True(tekst3.ClassList.Contains("concept"));
        Assert.Equal("InBespreking", pagina.QuerySelector("#stap-3 input[name='Stap.Status']:checked")!.GetAttribute("value"));
        Assert.Contains("Nog niet opgeslagen", pagina.QuerySelector("#stap-3")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Sanne houdt de procesregie, ook na de zomer.", pagina.QuerySelector("#afspraken-4")!.TextContent);
        Assert.False(pagina.QuerySelector("#afspraken-4")!.ClassList.Contains("concept"));
        // Step 4 is saved; step 3 is not touched until it is saved itself.
        Assert.Equal("Sanne houdt de procesregie, ook na de zomer.", (await StapAsync(casusId, 4)).Afspraken);
        var na3 = await StapAsync(casusId, 3);
        Assert.Equal((voor3.Afspraken, voor3.Status), (na3.Afspraken, na3.Status));

        // The page that came back is a working page: saving step 3 from it now saves the kept text.
        var drie = Formulier.Van(pagina.QuerySelector("#stap-3 form[action*='handler=Stap']")!);
        Assert.Equal(HttpStatusCode.Redirect, (await drie.PostAsync(client)).StatusCode);
        Assert.Equal("Peter belt de schuldhulp <vóór> vrijdag.", (await StapAsync(casusId, 3)).Afspraken);
    }

    [Fact]
    public async Task Een_weigering_houdt_de_tekst_van_alle_andere_formulieren()
    {
        var casusId = await TukkerAsync();
        var client = await app.IngelogdAlsAsync("jeugdconsulent");
        var formulier = Formulier.Van((await PaginaAsync(client, casusId)).QuerySelector("form[action*='handler=Evaluatie']")!)
            .Met("Evaluatie.Datum", "2026-01-01")
            .Met("Concept[5].Afspraken", "Wekelijks een bericht aan ouders.")
            .Met("Concept[7].Afspraken", "Bij uitval belt Peter de regievoerder.")
            .Met("ConceptOverig.Hulpvraag", "Rust in huis en geen nieuwe schulden.")
            .Met("ConceptOverig.Besluiten", "We beginnen met de schulden.")
            .Met("ConceptOverig.TaakOmschrijving", "Oma Gerda haalt Wesley op dinsdag op.");

        var response = await formulier.PostAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pagina = await RegieApp.LeesHtmlAsync(response);
        Assert.Contains("in het verleden", pagina.QuerySelector("#fout-evaluatie")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2026-01-01", pagina.QuerySelector("#evaluatie")!.GetAttribute("value"));
        Assert.Equal("Wekelijks een bericht aan ouders.", pagina.QuerySelector("#afspraken-5")!.TextContent);
        Assert.Equal("Bij uitval belt Peter de regievoerder.", pagina.QuerySelector("#afspraken-7")!.TextContent);
        Assert.Equal("Rust in huis en geen nieuwe schulden.", pagina.QuerySelector("#hulpvraag")!.TextContent);
        Assert.Equal("We beginnen met de schulden.", pagina.QuerySelector("#overleg-besluiten")!.TextContent);
        Assert.Equal("Oma Gerda haalt Wesley op dinsdag op.", pagina.QuerySelector("#taak-omschrijving")!.TextContent);
        // Steps without a concept show what is saved, unmarked.
        var zes = pagina.QuerySelector("#afspraken-6")!;
        Assert.Equal((await StapAsync(casusId, 6)).Afspraken, zes.TextContent);
        Assert.False(zes.ClassList.Contains("concept"));
        Assert.NotEqual("Wekelijks een bericht aan ouders.", (await StapAsync(casusId, 5)).Afspraken);
    }

    [Fact]
    public async Task Een_taak_toevoegen_in_de_MDO_modus_wordt_bewaard_gelogd_en_houdt_andere_tekst()
    {
        var casusId = await TukkerAsync();
        var client = await app.IngelogdAlsAsync("jeugdconsulent");
        var pagina = await PaginaAsync(client, casusId);
        var oma = pagina.QuerySelectorAll("#taak-wie option").Single(o => o.TextContent.StartsWith("Gerda", StringComparison.Ordinal)).GetAttribute("value")!;
        var formulier = Formulier.Van(pagina.QuerySelector("#stap-3 form[action*='handler=Taak']")!)
            .Met("Taak.Omschrijving", "Wesley op dinsdag van school halen.")
            .Met("Taak.BetrokkeneId", oma)
            .Met("Taak.Resultaat", "Rust in huis")
            .Met("Taak.Termijn", "2026-12-31")
            .Met("Concept[2].Afspraken", "Doelen: rust en overzicht.");

        var response = await formulier.PostAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var daarna = await RegieApp.LeesHtmlAsync(response);
        Assert.Contains("Wesley op dinsdag van school halen.", daarna.QuerySelector("#stap-3 .gestructureerd")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Doelen: rust en overzicht.", daarna.QuerySelector("#afspraken-2")!.TextContent);
        Assert.Equal("", daarna.QuerySelector("#taak-omschrijving")!.TextContent);
        await using var db = app.NieuweDbContext();
        var taak = await db.Taken.SingleAsync(t => t.CasusId == casusId && t.Omschrijving == "Wesley op dinsdag van school halen.");
        Assert.Equal((Guid.Parse(oma), "Rust in huis", new DateOnly(2026, 12, 31), TaakStatus.Open), (taak.BetrokkeneId, taak.Resultaat, taak.Termijn, taak.Status));
        var regel = await db.Logboek.Where(l => l.CasusId == casusId && l.Entiteit == "Taak" && l.Actie == LogboekActie.Aangemaakt).ToListAsync();
        Assert.Single(regel);
        Assert.DoesNotContain("dinsdag", regel[0].Omschrijving ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_taak_met_termijn_in_het_verleden_wordt_geweigerd_bij_het_veld_en_niets_is_kwijt()
    {
        var casusId = await TukkerAsync();
        var client = await app.IngelogdAlsAsync("jeugdconsulent");
        var pagina = await PaginaAsync(client, casusId);
        var wie = pagina.QuerySelectorAll("#taak-wie option").Skip(1).First().GetAttribute("value")!;
        var aantal = await TakenAsync(casusId);
        var formulier = Formulier.Van(pagina.QuerySelector("#taak-nieuw")!)
            .Met("Taak.Omschrijving", "Te laat begonnen.").Met("Taak.BetrokkeneId", wie).Met("Taak.Termijn", "2025-01-01")
            .Met("Concept[1].Afspraken", "Ook de buurvrouw doet mee.");

        var response = await formulier.PostAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var daarna = await RegieApp.LeesHtmlAsync(response);
        Assert.Contains("in het verleden", daarna.QuerySelector("#fout-taak-termijn")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Te laat begonnen.", daarna.QuerySelector("#taak-omschrijving")!.TextContent);
        Assert.Equal(wie, daarna.QuerySelector("#taak-wie option:checked")!.GetAttribute("value"));
        Assert.Equal("Ook de buurvrouw doet mee.", daarna.QuerySelector("#afspraken-1")!.TextContent);
        Assert.Equal(aantal, await TakenAsync(casusId));
    }

    private async Task<int> TakenAsync(Guid casusId)
    {
        await using var db = app.NieuweDbContext();
        return await db.Taken.CountAsync(t => t.CasusId == casusId);
    }

    [Fact]
    public async Task De_MDO_pagina_laadt_het_script_uit_wwwroot_en_dat_wordt_geserveerd()
    {
        var client = await app.IngelogdAlsAsync("jeugdconsulent");
        var pagina = await PaginaAsync(client, await TukkerAsync());

        var src = pagina.QuerySelector("script[src*='/js/mdo.js']")!.GetAttribute("src")!;
        var script = await client.GetAsync(src);

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        var tekst = await script.Content.ReadAsStringAsync();
        Assert.Contains("beforeunload", tekst, StringComparison.Ordinal);
        Assert.Contains("data-concept-naam", tekst, StringComparison.Ordinal);
        // Every field whose text could be lost is one the script carries along.
        Assert.All(pagina.QuerySelectorAll(".mdo textarea"), t => Assert.True(t.HasAttribute("data-concept-naam"), t.Id));
    }
}
