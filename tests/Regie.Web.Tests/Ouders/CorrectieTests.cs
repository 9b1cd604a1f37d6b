using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Correcties;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Demo;
using Regie.Web.Infrastructure.Planner;
using Regie.Web.Tests.Planner;
using static Regie.Web.Tests.Signalen.Signaalhulp;

namespace Regie.Web.Tests.Ouders;

/// <summary>"Klopt er iets niet?" (AVG art. 16) through real HTTP: the ouder asks, the regievoerder's bell rings with a term of
/// four weeks, the answer is given once and read in the portal; overdue shows in words. The clock only moves forward, so
/// every date here is counted from the clock as it stands.</summary>
public sealed class CorrectieTests(RegieApp app) : IClassFixture<RegieApp>
{
    private DateOnly Vandaag => Weergave.Vandaag(app.Klok);

    private static string? Fout(IHtmlDocument html, string veld) => html.QuerySelector($"[data-valmsg-for='{veld}']")?.TextContent.Trim();

    private static Formulier Vraagformulier(IHtmlDocument pagina) => Formulier.Van(pagina.QuerySelector("main form.formulier")!, "/Ouders/Correctie");

    /// <summary>The ouder sends a request through the form; answers its id.</summary>
    private async Task<Guid> VraagAsync(HttpClient ouder, string toelichting, string onderwerp = "Gezinsgegevens")
    {
        var response = await Vraagformulier(await HtmlAsync(ouder, "/Ouders/Correctie"))
            .Met("Input.Onderwerp", onderwerp).Met("Input.Toelichting", toelichting).PostAsync(ouder);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.NieuweDbContext();
        return await db.Correctieverzoeken.Where(v => v.Toelichting == toelichting).Select(v => v.Id).SingleAsync();
    }

    private static async Task<HttpResponseMessage> AntwoordAsync(HttpClient client, Guid casus, Guid verzoek, string besluit, string antwoord)
    {
        var pagina = await HtmlAsync(client, $"/Casussen/{casus}/Correcties/{verzoek}");
        return await Formulier.Van(pagina.QuerySelector("form#beantwoorden")!, $"/Casussen/{casus}/Correcties/{verzoek}")
            .Met("Input.Besluit", besluit).Met("Input.Antwoord", antwoord).PostAsync(client);
    }

    [Fact]
    public async Task Ouder_vraagt_om_correctie_de_regievoerder_krijgt_een_melding_met_een_termijn_van_vier_weken()
    {
        var casus = await CasusAsync(app);
        var ellen = await app.IngelogdAlsAsync(Moeder);
        var vandaag = Vandaag;
        var id = await VraagAsync(ellen, "Wesley woont niet meer in Almelo maar bij ons in Hengelo.");

        await using (var db = app.NieuweDbContext())
        {
            var v = await db.Correctieverzoeken.SingleAsync(v => v.Id == id);
            Assert.Equal((casus, CorrectieOnderwerp.Gezinsgegevens, vandaag.AddDays(28), (CorrectieBesluit?)null), (v.CasusId, v.Onderwerp, v.Termijn, v.Besluit));
            // Ids only in the logboek: the text the ouder wrote is not in it.
            Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == casus && l.Entiteit == "Correctieverzoek" && l.Actie == LogboekActie.Aangemaakt
                && l.Omschrijving == $"Correctieverzoek {id} van gezinslid {v.IngediendDoorId}"));
            Assert.False(await db.Logboek.AnyAsync(l => l.Omschrijving != null && l.Omschrijving.Contains("Hengelo")));
            var sanne = await AccountAsync(app, Regievoerder);
            Assert.Equal(1, await db.Meldingen.CountAsync(m => m.GebruikerId == sanne && m.Soort == MeldingSoort.CorrectieGevraagd && m.OnderwerpId == id && m.CasusId == casus));
        }

        // The portal lists it with its term in a Dutch date.
        var portaal = await HtmlAsync(ellen, "/Ouders/Correctie");
        var item = Tekst(portaal, $"#verzoek-{id}");
        Assert.Contains("Wacht op antwoord", item, StringComparison.Ordinal);
        Assert.Contains(Weergave.Datum(vandaag.AddDays(28)), item, StringComparison.Ordinal);

        // The bell leads the regievoerder to the request.
        var regievoerder = await app.IngelogdAlsAsync(Regievoerder);
        var bel = await HtmlAsync(regievoerder, "/Meldingen");
        var regel = bel.QuerySelectorAll("li.melding-regel").First(li => li.TextContent.Contains("vraagt om iets te verbeteren", StringComparison.Ordinal));
        var open = await Formulier.Van(regel.QuerySelector("form")!).PostAsync(regievoerder);
        Assert.Equal($"/Casussen/{casus}/Correcties/{id}", open.Headers.Location!.OriginalString);
        var pagina = await HtmlAsync(regievoerder, $"/Casussen/{casus}/Correcties/{id}");
        Assert.Contains("Wesley woont niet meer in Almelo", Tekst(pagina, "#verzoek"), StringComparison.Ordinal);
        Assert.Contains("Ellen Tukker", Tekst(pagina, "#verzoek"), StringComparison.Ordinal);
        // The Toestemming tab points the regievoerder to the requests.
        Assert.NotNull((await HtmlAsync(regievoerder, $"/Casussen/{casus}/Toestemming")).QuerySelector("#naar-correcties"));
    }

    [Fact]
    public async Task Foute_invoer_geeft_een_Nederlandse_melding_en_houdt_de_tekst()
    {
        var ellen = await app.IngelogdAlsAsync(Moeder);
        var formulier = Vraagformulier(await HtmlAsync(ellen, "/Ouders/Correctie"));

        var zonderKeuze = await formulier.Met("Input.Toelichting", "De naam van oma is Gerda, niet Greta.").PostAsync(ellen);
        Assert.Equal(HttpStatusCode.OK, zonderKeuze.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(zonderKeuze);
        Assert.Equal("Kies wat er niet klopt.", Fout(html, "Input.Onderwerp"));
        Assert.Equal("De naam van oma is Gerda, niet Greta.", html.QuerySelector("#Input_Toelichting")!.TextContent);

        var zonderTekst = await RegieApp.LeesHtmlAsync(await formulier.Met("Input.Onderwerp", "Taak").Met("Input.Toelichting", "  ").PostAsync(ellen));
        Assert.Equal("Schrijf op wat er niet klopt.", Fout(zonderTekst, "Input.Toelichting"));
        Assert.Equal("checked", zonderTekst.QuerySelector("#Input_Onderwerp_Taak")!.GetAttribute("checked"));

        var lang = new string('a', Correctieverzoek.MaxToelichting + 1);
        var teLang = await RegieApp.LeesHtmlAsync(await formulier.Met("Input.Onderwerp", "Taak").Met("Input.Toelichting", lang).PostAsync(ellen));
        Assert.Equal("Uw uitleg is te lang. U kunt hooguit 2000 tekens typen.", Fout(teLang, "Input.Toelichting"));
        Assert.Equal(lang, teLang.QuerySelector("#Input_Toelichting")!.TextContent);

        var raar = await formulier.Met("Input.Onderwerp", "Alles").Met("Input.Toelichting", "Iets klopt niet.").PostAsync(ellen);
        Assert.Equal(HttpStatusCode.OK, raar.StatusCode);
        Assert.False(string.IsNullOrEmpty(Fout(await RegieApp.LeesHtmlAsync(raar), "Input.Onderwerp")));
        var getal = await formulier.Met("Input.Onderwerp", "99").Met("Input.Toelichting", "Iets klopt niet.").PostAsync(ellen);
        Assert.Equal(HttpStatusCode.OK, getal.StatusCode);
        Assert.False(string.IsNullOrEmpty(Fout(await RegieApp.LeesHtmlAsync(getal), "Input.Onderwerp")));

        await using var db = app.NieuweDbContext();
        Assert.False(await db.Correctieverzoeken.AnyAsync(v => v.Toelichting.StartsWith("De naam van oma") || v.Toelichting == "Iets klopt niet."));
    }

    [Fact]
    public async Task De_regievoerder_antwoordt_een_keer_en_de_ouder_leest_het_antwoord()
    {
        var casus = await CasusAsync(app);
        var ellen = await app.IngelogdAlsAsync(Moeder);
        var id = await VraagAsync(ellen, "De afspraak over de logeeropvang staat er verkeerd in.", "Afspraak");
        var sanne = await app.IngelogdAlsAsync(Regievoerder);

        var leeg = await AntwoordAsync(sanne, casus, id, "Aangepast", " ");
        Assert.Equal(HttpStatusCode.OK, leeg.StatusCode);
        Assert.Equal("Schrijf de ouder wat u heeft gedaan, of waarom niet.", Fout(await RegieApp.LeesHtmlAsync(leeg), "Input.Antwoord"));

        var pagina = await HtmlAsync(sanne, $"/Casussen/{casus}/Correcties/{id}");
        var formulier = Formulier.Van(pagina.QuerySelector("form#beantwoorden")!, $"/Casussen/{casus}/Correcties/{id}");
        var eerste = await formulier.Met("Input.Besluit", "Aangepast").Met("Input.Antwoord", "Ik heb de afspraak verbeterd.").PostAsync(sanne);
        Assert.Equal(HttpStatusCode.Redirect, eerste.StatusCode);
        // The same form again (a double click, a second tab): the first answer stays.
        var tweede = await formulier.Met("Input.Besluit", "NietAangepast").Met("Input.Antwoord", "Toch niet.").PostAsync(sanne);
        Assert.Equal(HttpStatusCode.OK, tweede.StatusCode);
        Assert.Contains("Op dit verzoek is al geantwoord. Het eerste antwoord blijft staan.", await tweede.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using (var db = app.NieuweDbContext())
        {
            var v = await db.Correctieverzoeken.SingleAsync(v => v.Id == id);
            Assert.Equal((CorrectieBesluit.Aangepast, "Ik heb de afspraak verbeterd."), (v.Besluit!.Value, v.Antwoord));
            Assert.Equal(1, await db.Logboek.CountAsync(l => l.CasusId == casus && l.Omschrijving == $"Correctieverzoek {id} beantwoord: Aangepast"));
            var ellenAccount = await AccountAsync(app, Moeder);
            Assert.Equal(1, await db.Meldingen.CountAsync(m => m.GebruikerId == ellenAccount && m.Soort == MeldingSoort.CorrectieBeantwoord && m.OnderwerpId == id));
        }
        var portaal = Tekst(await HtmlAsync(ellen, "/Ouders/Correctie"), $"#verzoek-{id}");
        Assert.Contains("Beantwoord: het is aangepast", portaal, StringComparison.Ordinal);
        Assert.Contains("Ik heb de afspraak verbeterd.", portaal, StringComparison.Ordinal);
        Assert.DoesNotContain("Toch niet.", portaal, StringComparison.Ordinal);
        // "Wie heeft ons dossier bekeken?" says it in words.
        var inzage = (await HtmlAsync(ellen, "/Ouders/Inzage")).QuerySelectorAll("#inzage li").Select(li => li.TextContent).ToList();
        Assert.Contains(inzage, r => r.Contains("Sanne de Vries", StringComparison.Ordinal) && r.Contains("gaf antwoord op een vraag om iets te verbeteren", StringComparison.Ordinal));
        Assert.Contains(inzage, r => r.Contains("vroeg om iets te verbeteren", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Een_ander_gezin_een_andere_professional_of_een_onbekend_id_is_404()
    {
        var casus = await CasusAsync(app);
        var bakker = await CasusAsync(app, DemoData.BakkerCode);
        var id = await VraagAsync(await app.IngelogdAlsAsync(Moeder), "Mijn telefoonnummer is veranderd.");

        // Another family's ouder does not see it in their portal.
        var linda = await OuderAsync(app, DemoData.BakkerCode, "Linda Bakker");
        Assert.DoesNotContain("Mijn telefoonnummer is veranderd.", await linda.GetStringAsync("/Ouders/Correctie"), StringComparison.Ordinal);
        // Nor does the other ouder of the family: the question is Ellen's.
        var johan = await OuderAsync(app, DemoData.TukkerCode, "Johan Tukker");
        Assert.DoesNotContain("Mijn telefoonnummer is veranderd.", await johan.GetStringAsync("/Ouders/Correctie"), StringComparison.Ordinal);

        var behandelaar = await app.IngelogdAlsAsync("behandelaar"); // betrokken, not the regievoerder
        Assert.Equal(HttpStatusCode.NotFound, (await behandelaar.GetAsync($"/Casussen/{casus}/Correcties/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await behandelaar.GetAsync($"/Casussen/{casus}/Correcties")).StatusCode);
        var sanne = await app.IngelogdAlsAsync(Regievoerder);
        Assert.Equal(HttpStatusCode.NotFound, (await sanne.GetAsync($"/Casussen/{casus}/Correcties/{Guid.NewGuid()}")).StatusCode);
        // The request under another casus' id: not there.
        Assert.Equal(HttpStatusCode.NotFound, (await sanne.GetAsync($"/Casussen/{bakker}/Correcties/{id}")).StatusCode);

        var token = (await RegieApp.LeesHtmlAsync(await behandelaar.GetAsync("/Account/Geweigerd")))
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = await behandelaar.PostAsync($"/Casussen/{casus}/Correcties/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Besluit"] = "Aangepast", ["Input.Antwoord"] = "Gedaan.",
        }));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        await using var db = app.NieuweDbContext();
        Assert.Null(await db.Correctieverzoeken.Where(v => v.Id == id).Select(v => v.Besluit).SingleAsync());
    }

    [Fact]
    public async Task Na_vier_weken_zonder_antwoord_staat_er_te_laat_in_woorden()
    {
        var casus = await CasusAsync(app);
        var ellen = await app.IngelogdAlsAsync(Moeder);
        var id = await VraagAsync(ellen, "Het adres van school klopt niet.", "IetsAnders");

        app.Klok.Advance(TimeSpan.FromDays(28));
        // Four weeks on, the sessions have run out: both log in again.
        var sanne = await app.IngelogdAlsAsync(Regievoerder);
        Assert.DoesNotContain("Te laat", Tekst(await HtmlAsync(sanne, $"/Casussen/{casus}/Correcties"), $"#verzoek-{id}"), StringComparison.Ordinal);

        app.Klok.Advance(TimeSpan.FromDays(1));
        sanne = await app.IngelogdAlsAsync(Regievoerder);
        ellen = await app.IngelogdAlsAsync(Moeder);
        var lijst = await HtmlAsync(sanne, $"/Casussen/{casus}/Correcties");
        Assert.Equal("Te laat", lijst.QuerySelector($"#verzoek-{id} .te-laat")!.TextContent);
        Assert.Contains("Het antwoord is te laat.", Tekst(await HtmlAsync(ellen, "/Ouders/Correctie"), $"#verzoek-{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_week_voor_het_einde_van_de_termijn_herinnert_de_dagelijkse_taak_de_regievoerder_een_keer()
    {
        var id = await VraagAsync(await app.IngelogdAlsAsync(Moeder), "Wesley zit in groep 8, niet in groep 7.", "Gezinsgegevens");
        DateOnly termijn;
        await using (var db = app.NieuweDbContext())
            termijn = await db.Correctieverzoeken.Where(v => v.Id == id).Select(v => v.Termijn).SingleAsync();
        var ochtend = new DateTimeOffset(termijn.ToDateTime(new TimeOnly(6, 30)), TimeSpan.Zero);

        await PlannerTestdata.VoerUitAsync<EvaluatieHerinnering>(app, ochtend.AddDays(-8), (werk, ct) => werk.VoerUitAsync(ct));
        await using (var db = app.NieuweDbContext())
            Assert.False(await db.Meldingen.AnyAsync(m => m.OnderwerpId == id && m.Soort == MeldingSoort.CorrectieTermijnNadert));

        await PlannerTestdata.VoerUitAsync<EvaluatieHerinnering>(app, ochtend.AddDays(-7), (werk, ct) => werk.VoerUitAsync(ct));
        await PlannerTestdata.VoerUitAsync<EvaluatieHerinnering>(app, ochtend.AddDays(-6), (werk, ct) => werk.VoerUitAsync(ct));
        await using (var db = app.NieuweDbContext())
        {
            var sanne = await AccountAsync(app, Regievoerder);
            Assert.Equal(1, await db.Meldingen.CountAsync(m => m.OnderwerpId == id && m.Soort == MeldingSoort.CorrectieTermijnNadert && m.GebruikerId == sanne));
        }
    }
}
