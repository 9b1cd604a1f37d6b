using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Handreiking;
using Regie.Domain.Logboek;
using Regie.Web.Demo;

namespace Regie.Web.Tests.Beheer;

public sealed class SjabloonBeheerTests(RegieApp app) : IClassFixture<RegieApp>
{
    private static readonly string[] StandaardTitels =
        ["Betrokkenen", "Hulpvraag en doelen", "Wie doet wat", "Regie", "Communicatie", "Evaluatie", "Verandering, overdracht en afsluiting"];

    /// <summary>The form as the page shows it (every step filled in), with some fields changed.</summary>
    private static async Task<Dictionary<string, string>> FormulierAsync(HttpClient client, Action<Dictionary<string, string>> wijzig)
    {
        var html = await RegieApp.LeesHtmlAsync(await client.GetAsync("/Beheer/Sjabloon"));
        var formulier = html.Forms.Single(Formulieren.Hoofdformulier);
        var velden = new Dictionary<string, string>();
        foreach (var input in formulier.QuerySelectorAll("input[name]")) velden[input.GetAttribute("name")!] = input.GetAttribute("value") ?? "";
        foreach (var textarea in formulier.QuerySelectorAll("textarea[name]")) velden[textarea.GetAttribute("name")!] = textarea.TextContent;
        wijzig(velden);
        return velden;
    }

    [Fact]
    public async Task Een_nieuwe_versie_krijgt_het_volgende_nummer_en_een_bestaande_casus_houdt_zijn_stappen()
    {
        var beheerder = await app.IngelogdAlsAsync("beheerder");
        int voor;
        await using (var vooraf = app.NieuweDbContext()) voor = await vooraf.Sjablonen.MaxAsync(s => s.Versie);
        var velden = await FormulierAsync(beheerder, v =>
        {
            v["Input.Naam"] = "Regie in 7 stappen, regio Twente";
            v["Input.Stappen[0].Titel"] = "Wie zijn er betrokken";
            v["Input.Stappen[0].Hulpvragen"] = "Wie horen bij het gezin?\r\n\r\n  Wie helpt er al?  \r\nWelke professionals zijn er?";
        });

        var response = await beheerder.PostAsync("/Beheer/Sjabloon", new FormUrlEncodedContent(velden));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.NieuweDbContext();
        var nieuwste = await db.Sjablonen.OrderByDescending(s => s.Versie).FirstAsync();
        Assert.Equal(voor + 1, nieuwste.Versie);
        Assert.Equal("Regie in 7 stappen, regio Twente", nieuwste.Naam);
        Assert.Equal("Wie zijn er betrokken", nieuwste.Stap(1).Titel);
        Assert.Equal(["Wie horen bij het gezin?", "Wie helpt er al?", "Welke professionals zijn er?"], nieuwste.Stap(1).Hulpvragen);
        Assert.Equal("Communicatie", nieuwste.Stap(5).Titel);
        Assert.Equal(3, nieuwste.Stap(5).Hulpvragen.Count);

        var tukker = await db.Casussen.Include(c => c.Stappen).SingleAsync(c => c.Code == DemoData.TukkerCode);
        Assert.Equal(1, tukker.SjabloonVersie);
        Assert.Equal(StandaardTitels, tukker.Stappen.OrderBy(s => s.Nummer).Select(s => s.Titel));
        Assert.True(await db.Logboek.AnyAsync(l => l.Entiteit == "Sjabloon" && l.Actie == LogboekActie.Aangemaakt && l.Omschrijving!.Contains($"versie {voor + 1}")));

        var pagina = await RegieApp.LeesHtmlAsync(await beheerder.GetAsync("/Beheer/Sjabloon"));
        Assert.Contains($"versie {voor + 1}", pagina.QuerySelector("#kop-huidig")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_lege_titel_geeft_een_melding_bij_die_stap_en_er_komt_geen_versie_bij()
    {
        var beheerder = await app.IngelogdAlsAsync("beheerder");
        await using var db = app.NieuweDbContext();
        var voor = await db.Sjablonen.MaxAsync(s => s.Versie);
        var velden = await FormulierAsync(beheerder, v =>
        {
            v["Input.Stappen[2].Titel"] = "  ";
            v["Input.Stappen[3].Titel"] = "Regie en mandaat";
        });

        var response = await beheerder.PostAsync("/Beheer/Sjabloon", new FormUrlEncodedContent(velden));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(response);
        Assert.Equal("Stap 3: vul de titel in.", html.QuerySelector("[data-valmsg-for='Input.Stappen[2].Titel']")!.TextContent.Trim());
        Assert.Equal("Regie en mandaat", html.QuerySelector("input[name='Input.Stappen[3].Titel']")!.GetAttribute("value"));
        Assert.Equal(voor, await db.Sjablonen.MaxAsync(s => s.Versie));
    }

    [Fact]
    public async Task Opslaan_op_een_verouderde_versie_overschrijft_niets()
    {
        var beheerder = await app.IngelogdAlsAsync("beheerder");
        var oud = await FormulierAsync(beheerder, v => v["Input.Stappen[6].Titel"] = "Eerste wijziging");
        var tweede = await FormulierAsync(beheerder, v => v["Input.Stappen[6].Titel"] = "Tweede wijziging");
        Assert.Equal(HttpStatusCode.Redirect, (await beheerder.PostAsync("/Beheer/Sjabloon", new FormUrlEncodedContent(tweede))).StatusCode);

        var response = await beheerder.PostAsync("/Beheer/Sjabloon", new FormUrlEncodedContent(oud));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(response);
        Assert.Contains("Intussen heeft iemand anders versie", html.QuerySelector(".foutsamenvatting")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Eerste wijziging", html.QuerySelector("input[name='Input.Stappen[6].Titel']")!.GetAttribute("value"));
        await using var db = app.NieuweDbContext();
        Assert.Equal("Tweede wijziging", (await db.Sjablonen.OrderByDescending(s => s.Versie).FirstAsync()).Stap(7).Titel);
    }

    [Fact]
    public async Task Herordenen_wordt_een_nieuwe_versie_en_een_bestaande_casus_houdt_zijn_volgorde_en_woorden()
    {
        var beheerder = await app.IngelogdAlsAsync("beheerder");
        // Regie moves to the front; Betrokkenen, Hulpvraag and Wie doet wat shift one place down.
        var velden = await FormulierAsync(beheerder, v =>
        {
            v["Input.Stappen[3].Nummer"] = "1";
            v["Input.Stappen[0].Nummer"] = "2";
            v["Input.Stappen[1].Nummer"] = "3";
            v["Input.Stappen[2].Nummer"] = "4";
            v["Input.Stappen[3].Titel"] = "Wie houdt de regie";
        });

        var response = await beheerder.PostAsync("/Beheer/Sjabloon", new FormUrlEncodedContent(velden));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.NieuweDbContext();
        var nieuwste = await db.Sjablonen.OrderByDescending(s => s.Versie).FirstAsync();
        Assert.Equal([StapSoort.Regie, StapSoort.Betrokkenen, StapSoort.Hulpvraag, StapSoort.WieDoetWat, StapSoort.Communicatie, StapSoort.Evaluatie, StapSoort.Verandering],
            nieuwste.Stappen.OrderBy(s => s.Nummer).Select(s => s.Soort));
        Assert.Equal("Wie houdt de regie", nieuwste.Stap(1).Titel);
        var tukker = await db.Casussen.Include(c => c.Stappen).SingleAsync(c => c.Code == DemoData.TukkerCode);
        Assert.Equal(StandaardTitels, tukker.Stappen.OrderBy(s => s.Nummer).Select(s => s.Titel));
        Assert.Equal(Enum.GetValues<StapSoort>(), tukker.Stappen.OrderBy(s => s.Nummer).Select(s => s.Soort));

        // The editor shows the steps in their new order, with their kind.
        var pagina = await RegieApp.LeesHtmlAsync(await beheerder.GetAsync("/Beheer/Sjabloon"));
        Assert.Equal("Regie", pagina.QuerySelector("input[name='Input.Stappen[0].Soort']")!.GetAttribute("value"));
        Assert.Equal("Wie houdt de regie", pagina.QuerySelector("input[name='Input.Stappen[0].Titel']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Een_weggelaten_of_dubbele_soort_en_een_dubbel_volgnummer_worden_geweigerd()
    {
        var beheerder = await app.IngelogdAlsAsync("beheerder");
        await using var db = app.NieuweDbContext();
        var voor = await db.Sjablonen.MaxAsync(s => s.Versie);
        var dubbeleSoort = await FormulierAsync(beheerder, v =>
        {
            v["Input.Stappen[3].Soort"] = nameof(StapSoort.Communicatie);
            v["Input.Stappen[3].Titel"] = "Nog eens communicatie";
        });
        var dubbelNummer = await FormulierAsync(beheerder, v => v["Input.Stappen[6].Nummer"] = "2");

        var eerste = await RegieApp.LeesHtmlAsync(await beheerder.PostAsync("/Beheer/Sjabloon", new FormUrlEncodedContent(dubbeleSoort)));
        var tweede = await RegieApp.LeesHtmlAsync(await beheerder.PostAsync("/Beheer/Sjabloon", new FormUrlEncodedContent(dubbelNummer)));

        Assert.Contains("'Communicatie' staat er meer dan één keer in", eerste.QuerySelector(".foutsamenvatting")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Nog eens communicatie", eerste.QuerySelector("input[name='Input.Stappen[3].Titel']")!.GetAttribute("value"));
        Assert.Contains("hetzelfde volgnummer (2)", tweede.QuerySelector(".foutsamenvatting")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(voor, await db.Sjablonen.MaxAsync(s => s.Versie));
    }
}
