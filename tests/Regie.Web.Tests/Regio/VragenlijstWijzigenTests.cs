using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Domain.Vragenlijsten;

namespace Regie.Web.Tests.Regio;

public sealed class VragenlijstWijzigenTests(RegieApp app) : IClassFixture<RegieApp>
{
    private const string Ouders = "/Regio/Vragenlijsten/Ouders/Wijzigen";

    /// <summary>The edit form as the page shows it, to change and post.</summary>
    private static async Task<Formulier> FormulierAsync(HttpClient client, string url = Ouders)
    {
        var html = await RegieApp.LeesHtmlAsync(await client.GetAsync(url));
        return Formulier.Van(html.QuerySelector("main form[method=post]")!, url);
    }

    private async Task<List<Vragenlijstversie>> VersiesAsync(Doelgroep doelgroep)
    {
        await using var db = app.NieuweDbContext();
        return await db.Vragenlijstversies.Where(v => v.Doelgroep == doelgroep).OrderBy(v => v.Volgnummer).ToListAsync();
    }

    private static string Fouten(IHtmlDocument html) => html.QuerySelector(".foutsamenvatting")?.TextContent ?? "";

    [Fact]
    public async Task Wijzigen_maakt_een_nieuwe_versie_en_de_oude_blijft_met_zijn_vragen()
    {
        var regio = await app.IngelogdAlsAsync("regiocoordinator");
        var formulier = await FormulierAsync(regio);
        var voor = await VersiesAsync(Doelgroep.Ouders);
        var oude = voor[^1];
        // Rows 0..9 are O1..O10, then three empty rows.
        formulier["Input.Vragen[2].Tekst"] = "De afspraken over ons gezin zijn voor mij duidelijk.";
        formulier["Input.Vragen[9].Verwijderen"] = "true";
        formulier["Input.Vragen[10].Tekst"] = "Ik weet wanneer de hulp klaar is.";
        formulier["Input.Vragen[10].Thema"] = nameof(Thema.Continuiteit);

        var response = await formulier.PostAsync(regio);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var na = await VersiesAsync(Doelgroep.Ouders);
        Assert.Equal(voor.Count + 1, na.Count);
        var nieuw = na[^1];
        Assert.Equal(oude.Volgnummer + 1, nieuw.Volgnummer);
        Assert.Equal("Ingrid Bos", nieuw.GemaaktDoor);
        Assert.Equal(oude.Items, na.Single(v => v.Id == oude.Id).Items); // the old version is untouched
        Assert.Equal("De afspraken over ons gezin zijn voor mij duidelijk.", nieuw.Items.Single(i => i.Code == "O3").Tekst);
        Assert.DoesNotContain(nieuw.Items, i => i.Code == "O10");
        var erbij = Assert.Single(nieuw.Items, i => i.Tekst == "Ik weet wanneer de hulp klaar is.");
        Assert.Equal(new VragenlijstItem("O11", "Ik weet wanneer de hulp klaar is.", Thema.Continuiteit, false), erbij);
        Assert.Equal(10, nieuw.Items.Count);

        await using (var db = app.NieuweDbContext())
        {
            var regel = await db.Logboek.Where(l => l.Entiteit == "Vragenlijst").OrderByDescending(l => l.Tijdstip).FirstAsync();
            Assert.Null(regel.CasusId);
            Assert.Equal(LogboekActie.Aangemaakt, regel.Actie);
            Assert.Equal($"Vragenlijst ouders versie {nieuw.Volgnummer}: gewijzigd O3; verwijderd O10; nieuw O11", regel.Omschrijving);
        }

        var overzicht = await RegieApp.LeesHtmlAsync(await regio.GetAsync("/Regio/Vragenlijsten"));
        var ouders = overzicht.QuerySelector("#lijst-ouders")!;
        Assert.Contains($"versie {nieuw.Volgnummer}", ouders.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ik weet wanneer de hulp klaar is.", ouders.TextContent, StringComparison.Ordinal);
        Assert.Equal(na.Count, ouders.QuerySelectorAll("table.versies tbody tr").Length);

        // A removed question's code is never given out again: the next new question gets O12, not O10.
        var volgende = await FormulierAsync(regio);
        volgende["Input.Vragen[10].Tekst"] = "Ik voel me gehoord.";
        volgende["Input.Vragen[10].Thema"] = nameof(Thema.Rust);
        volgende["Input.Vragen[0].Verwijderen"] = "true";
        Assert.Equal(HttpStatusCode.Redirect, (await volgende.PostAsync(regio)).StatusCode);
        Assert.Contains((await VersiesAsync(Doelgroep.Ouders))[^1].Items, i => i.Code == "O12" && i.Tekst == "Ik voel me gehoord.");
    }

    [Fact]
    public async Task Elf_vragen_voor_ouders_worden_geweigerd_en_alles_blijft_staan()
    {
        var regio = await app.IngelogdAlsAsync("regiocoordinator");
        var formulier = await FormulierAsync(regio);
        var voor = (await VersiesAsync(Doelgroep.Ouders)).Count;
        var bestaand = (await VersiesAsync(Doelgroep.Ouders))[^1].Items.Count;
        for (var i = bestaand; i <= 10; i++)
        {
            formulier[$"Input.Vragen[{i}].Tekst"] = $"Extra vraag {i}";
            formulier[$"Input.Vragen[{i}].Thema"] = nameof(Thema.Rust);
        }

        var response = await formulier.PostAsync(regio);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(response);
        Assert.Contains("Een vragenlijst voor ouders heeft 1 tot 10 vragen.", Fouten(html), StringComparison.Ordinal);
        Assert.Equal("Extra vraag 10", html.QuerySelector("textarea[name='Input.Vragen[10].Tekst']")!.TextContent);
        Assert.Equal("Rust", html.QuerySelector("select[name='Input.Vragen[10].Thema'] option[selected]")!.GetAttribute("value"));
        Assert.Equal(voor, (await VersiesAsync(Doelgroep.Ouders)).Count);
    }

    [Fact]
    public async Task Vier_open_vragen_worden_geweigerd_en_alles_blijft_staan()
    {
        var regio = await app.IngelogdAlsAsync("regiocoordinator");
        var formulier = await FormulierAsync(regio);
        var versies = await VersiesAsync(Doelgroep.Ouders);
        var voor = versies.Count;
        // Closed questions made open until there are four (other tests may have removed an open one).
        var items = versies[^1].Items;
        var gesloten = Enumerable.Range(0, items.Count).Where(i => !items[i].Open).Take(4 - items.Count(i => i.Open)).ToList();
        foreach (var i in gesloten) formulier[$"Input.Vragen[{i}].Soort"] = "open";
        formulier[$"Input.Vragen[{gesloten[0]}].Tekst"] = "Wat merkt u van de hulp?";

        var response = await formulier.PostAsync(regio);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(response);
        Assert.Contains("Een vragenlijst heeft hoogstens 3 open vragen.", Fouten(html), StringComparison.Ordinal);
        Assert.Equal("Wat merkt u van de hulp?", html.QuerySelector($"textarea[name='Input.Vragen[{gesloten[0]}].Tekst']")!.TextContent);
        Assert.All(gesloten, i => Assert.Equal("open", html.QuerySelector($"select[name='Input.Vragen[{i}].Soort'] option[selected]")!.GetAttribute("value")));
        Assert.Equal(voor, (await VersiesAsync(Doelgroep.Ouders)).Count);
    }

    [Fact]
    public async Task Een_lege_bestaande_vraag_krijgt_een_melding_bij_die_regel()
    {
        var regio = await app.IngelogdAlsAsync("regiocoordinator");
        var formulier = await FormulierAsync(regio, "/Regio/Vragenlijsten/Professionals/Wijzigen");
        formulier["Input.Vragen[1].Tekst"] = "  ";

        var html = await RegieApp.LeesHtmlAsync(await formulier.PostAsync(regio));

        Assert.Equal("Vraag P2: vul de vraag in, of kies 'verwijderen'.",
            html.QuerySelector("[data-valmsg-for='Input.Vragen[1].Tekst']")!.TextContent.Trim());
    }

    [Fact]
    public async Task Twee_coordinatoren_tegelijk_de_tweede_krijgt_een_melding_en_houdt_zijn_invoer()
    {
        var regio = await app.IngelogdAlsAsync("regiocoordinator");
        var url = "/Regio/Vragenlijsten/Professionals/Wijzigen";
        var eerste = await FormulierAsync(regio, url);
        var tweede = await FormulierAsync(regio, url);
        var voor = (await VersiesAsync(Doelgroep.Professionals)).Count;
        eerste["Input.Vragen[4].Tekst"] = "We doen zelden dingen dubbel.";
        tweede["Input.Vragen[4].Tekst"] = "Er wordt geen werk dubbel gedaan.";
        Assert.Equal(HttpStatusCode.Redirect, (await eerste.PostAsync(regio)).StatusCode);

        var response = await tweede.PostAsync(regio);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(response);
        Assert.Contains("Iemand anders heeft net een nieuwe versie gemaakt", Fouten(html), StringComparison.Ordinal);
        Assert.Equal("Er wordt geen werk dubbel gedaan.", html.QuerySelector("textarea[name='Input.Vragen[4].Tekst']")!.TextContent);
        var versies = await VersiesAsync(Doelgroep.Professionals);
        Assert.Equal(voor + 1, versies.Count);
        Assert.Equal("We doen zelden dingen dubbel.", versies[^1].Items.Single(i => i.Code == "P5").Tekst);

        // Saving again from the refused page builds on the version it now shows.
        var opnieuw = Formulier.Van(html.QuerySelector("main form[method=post]")!, url);
        Assert.Equal(HttpStatusCode.Redirect, (await opnieuw.PostAsync(regio)).StatusCode);
        Assert.Equal("Er wordt geen werk dubbel gedaan.", (await VersiesAsync(Doelgroep.Professionals))[^1].Items.Single(i => i.Code == "P5").Tekst);
    }

    [Fact]
    public async Task Een_nieuwe_vraag_voor_professionals_krijgt_de_volgende_code()
    {
        var regio = await app.IngelogdAlsAsync("regiocoordinator");
        var url = "/Regio/Vragenlijsten/Professionals/Wijzigen";
        var formulier = await FormulierAsync(regio, url);
        var huidig = (await VersiesAsync(Doelgroep.Professionals))[^1];
        var hoogste = (await VersiesAsync(Doelgroep.Professionals)).SelectMany(v => v.Items).Max(i => int.Parse(i.Code[1..], System.Globalization.CultureInfo.InvariantCulture));
        formulier["Input.Vragen[11].Verwijderen"] = "true"; // P12 goes, so there is room for one more
        formulier[$"Input.Vragen[{huidig.Items.Count}].Tekst"] = "Ik weet waar de handreiking staat.";
        formulier[$"Input.Vragen[{huidig.Items.Count}].Thema"] = nameof(Thema.Duidelijkheid);

        Assert.Equal(HttpStatusCode.Redirect, (await formulier.PostAsync(regio)).StatusCode);

        var nieuw = (await VersiesAsync(Doelgroep.Professionals))[^1];
        Assert.Contains(nieuw.Items, i => i.Code == $"P{hoogste + 1}" && i.Thema == Thema.Duidelijkheid && !i.Open);
        Assert.True(hoogste + 1 >= 16);
    }

    [Theory]
    [InlineData("/Regio/Vragenlijsten/Jeugdigen/Wijzigen")]
    [InlineData("/Regio/Vragenlijsten/0/Wijzigen")]
    [InlineData("/Regio/Vragenlijsten/Ouders,Professionals/Wijzigen")]
    public async Task Een_onbekende_doelgroep_geeft_404(string url)
    {
        var regio = await app.IngelogdAlsAsync("regiocoordinator");

        Assert.Equal(HttpStatusCode.NotFound, (await regio.GetAsync(url)).StatusCode);
    }

    [Theory]
    [InlineData("behandelaar")]
    [InlineData("ouder")]
    [InlineData("beheerder")]
    public async Task Een_andere_rol_kan_geen_versie_maken(string account)
    {
        var client = await app.IngelogdAlsAsync(account);
        var token = (await RegieApp.LeesHtmlAsync(await client.GetAsync("/Account/Geweigerd")))
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var voor = (await VersiesAsync(Doelgroep.Ouders)).Count;

        var response = await client.PostAsync(Ouders, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Versie"] = "1", ["Input.Vragen[0].Tekst"] = "Een vraag", ["Input.Vragen[0].Thema"] = "Rust",
            ["Input.Vragen[0].Soort"] = "gesloten", ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Geweigerd", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(voor, (await VersiesAsync(Doelgroep.Ouders)).Count);
    }
}
