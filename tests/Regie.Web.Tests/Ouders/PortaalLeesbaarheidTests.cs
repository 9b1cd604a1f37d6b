using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using static Regie.Web.Tests.Signalen.Signaalhulp;

namespace Regie.Web.Tests.Ouders;

/// <summary>The ouders' portal reads at B1: its fixed texts, as the demo ouder sees them over real HTTP, score at least 70
/// on Flesch–Douma. What comes from the casus (names, phone numbers, taken, dates, what people wrote) is left out.</summary>
public sealed partial class PortaalLeesbaarheidTests(RegieApp app, ITestOutputHelper uitvoer) : IClassFixture<RegieApp>
{
    private static readonly HashSet<string> Blokken = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "li", "dt", "dd", "td", "th", "tr", "label", "legend", "option", "button",
        "div", "section", "ul", "ol", "dl", "table", "br", "fieldset", "form", "select", "textarea",
    };

    [Fact]
    public async Task Vaste_teksten_van_het_ouderportaal_zijn_makkelijk_te_lezen()
    {
        var casus = await CasusAsync(app);
        var ouder = await app.IngelogdAlsAsync(Moeder);
        var sanne = await app.IngelogdAlsAsync(Regievoerder);
        // An answered signaal shows the most fixed text: the exchange, 'aanvullen' and 'heeft dit geholpen'.
        var signaal = await GeefSignaalAsync(ouder);
        await PostSignaalpaginaAsync(sanne, casus, signaal, "Beantwoord", ("Antwoord", "Ik bel vandaag."));
        // The afspraken lie before the ouders: the home page asks, /Ouders/Akkoord shows the summary and the form.
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await Akkoordhulp.LegVoorAsync(sanne, casus)).StatusCode);
        // A waiting questionnaire adds its block to /Ouders and its own page.
        var vragenlijst = await Vragenlijsten.Vragenlijsthulp.OuderAanbodAsync(app);

        var teksten = new List<string>();
        foreach (var url in new[] { "/Ouders", "/Ouders/Signaal", $"/Ouders/Signalen/{signaal}", Akkoordhulp.AkkoordUrl, $"/Ouders/Vragenlijst/{vragenlijst}" })
            teksten.Add(Tekst(await HtmlAsync(ouder, url)));
        var vast = await ZonderCasusgegevensAsync(string.Join('\n', teksten), casus);
        // The list that explains the professionals' words names them: left out where no such word may stand unexplained.
        var zonderWoordenlijst = await ZonderCasusgegevensAsync(string.Join('\n', teksten.Skip(1).Prepend(Tekst(await HtmlAsync(ouder, "/Ouders"), "details.woorden"))), casus);

        var meting = Leesbaarheid.Meet(vast);
        uitvoer.WriteLine($"Vaste teksten: {meting}");
        uitvoer.WriteLine($"Met namen, rollen, contactgegevens en data erbij, ter vergelijking: {Leesbaarheid.Meet(string.Join('\n', teksten))}");
        uitvoer.WriteLine(vast);
        Assert.True(meting.Woorden > 150, $"Te weinig tekst gemeten: {meting}");
        Assert.True(meting.Score >= 70, $"Het ouderportaal leest te moeilijk: {meting}\n{vast}");
        // No professional term without a short explanation: the regievoerder is explained, the other words only in their list.
        Assert.Contains("Regie betekent: één persoon houdt het overzicht over alle hulp aan uw gezin. Die persoon heet de regievoerder.", vast, StringComparison.Ordinal);
        Assert.Contains("Dat doet u met een signaal: een kort bericht via deze website.", vast, StringComparison.Ordinal);
        Assert.Contains("De afspraken liggen klaar. Wilt u ze lezen en zeggen of u het ermee eens bent?", vast, StringComparison.Ordinal);
        Assert.Contains("Wat mag de regievoerder beslissen?", vast, StringComparison.Ordinal);
        Assert.Contains("Wilt u een paar vragen beantwoorden?", vast, StringComparison.Ordinal);
        Assert.Contains("Helemaal niet mee eens", vast, StringComparison.Ordinal);
        foreach (var vakterm in new[] { "vastgesteld", "versie", "procesregie", "inhoudelijke regie", "samenwerkingsverband", "MDO", "handreiking", "casus", "mandaat" })
            Assert.DoesNotContain(vakterm, zonderWoordenlijst, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Toestemming_en_intrekken_zijn_makkelijk_te_lezen()
    {
        var casus = await CasusAsync(app);
        var johan = await OuderAsync(app, Regie.Web.Demo.DemoData.TukkerCode, "Johan Tukker");
        Guid id;
        List<string> casusTekst;
        await using (var db = app.NieuweDbContext())
        {
            var toestemmingen = await db.Toestemmingen.Where(t => t.CasusId == casus && t.IngetrokkenOp == null).ToListAsync();
            id = toestemmingen.First(t => t.GegevenDoorNaam == "Johan Tukker").Id; // Johan withdraws only his own
            var organisaties = toestemmingen.Select(t => t.OrganisatieId).ToList();
            casusTekst = [.. toestemmingen.Select(t => t.Doel), .. await db.Organisaties.Where(o => organisaties.Contains(o.Id)).Select(o => o.Naam).ToListAsync()];
        }

        var tekst = Tekst(await HtmlAsync(johan, "/Ouders/Toestemming")) + "\n" + Tekst(await HtmlAsync(johan, $"/Ouders/Toestemming/{id}/Intrekken"));
        foreach (var g in casusTekst.OrderByDescending(s => s.Length)) tekst = tekst.Replace(g, "", StringComparison.Ordinal);
        var vast = await ZonderCasusgegevensAsync(tekst, casus);

        var meting = Leesbaarheid.Meet(vast);
        uitvoer.WriteLine($"Toestemming: {meting}\n{vast}");
        Assert.True(meting.Woorden > 60, $"Te weinig tekst gemeten: {meting}");
        Assert.True(meting.Score >= 70, $"Toestemming leest te moeilijk: {meting}\n{vast}");
    }

    [Fact]
    public async Task Klopt_er_iets_niet_is_makkelijk_te_lezen()
    {
        var casus = await CasusAsync(app);
        var ouder = await app.IngelogdAlsAsync(Moeder);
        // One open and one answered request: the page then shows every fixed text it has.
        foreach (var (onderwerp, tekst) in new[] { ("Taak", "Een vraag die open blijft."), ("Afspraak", "Een vraag die beantwoord wordt.") })
        {
            var formulier = Formulier.Van((await HtmlAsync(ouder, "/Ouders/Correctie")).QuerySelector("main form.formulier")!, "/Ouders/Correctie");
            Assert.Equal(System.Net.HttpStatusCode.Redirect, (await formulier.Met("Input.Onderwerp", onderwerp).Met("Input.Toelichting", tekst).PostAsync(ouder)).StatusCode);
        }
        Guid beantwoord;
        await using (var db = app.NieuweDbContext())
            beantwoord = await db.Correctieverzoeken.Where(v => v.Toelichting == "Een vraag die beantwoord wordt.").Select(v => v.Id).SingleAsync();
        var sanne = await app.IngelogdAlsAsync(Regievoerder);
        var pagina = await HtmlAsync(sanne, $"/Casussen/{casus}/Correcties/{beantwoord}");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await Formulier.Van(pagina.QuerySelector("form#beantwoorden")!, $"/Casussen/{casus}/Correcties/{beantwoord}")
            .Met("Input.Besluit", "Aangepast").Met("Input.Antwoord", "Dat is verbeterd.").PostAsync(sanne)).StatusCode);

        // What the ouder and the regievoerder wrote comes from the casus.
        var vast = await ZonderCasusgegevensAsync(Tekst(await HtmlAsync(ouder, "/Ouders/Correctie"), weg: "dd.tekst"), casus);
        var meting = Leesbaarheid.Meet(vast);
        uitvoer.WriteLine($"Klopt er iets niet: {meting}\n{vast}");
        Assert.True(meting.Woorden > 60, $"Te weinig tekst gemeten: {meting}");
        Assert.True(meting.Score >= 70, $"Klopt er iets niet? leest te moeilijk: {meting}\n{vast}");
    }

    [Fact]
    public async Task Wat_u_zelf_doet_en_wat_regie_betekent_zijn_makkelijk_te_lezen()
    {
        var casus = await CasusAsync(app);
        var ouder = await app.IngelogdAlsAsync(Moeder);
        var pagina = await HtmlAsync(ouder, "/Ouders");

        foreach (var blok in new[] { "section[aria-labelledby='kop-eigen-taken']", "#wat-is-regie" })
        {
            var vast = await ZonderCasusgegevensAsync(Tekst(pagina, weg: "", binnen: blok), casus);
            var meting = Leesbaarheid.Meet(vast);
            uitvoer.WriteLine($"{blok}: {meting}\n{vast}");
            Assert.True(meting.Woorden > 20, $"Te weinig tekst gemeten in {blok}: {meting}");
            Assert.True(meting.Score >= 70, $"{blok} leest te moeilijk: {meting}\n{vast}");
        }
    }

    [Fact]
    public async Task Vaste_teksten_van_de_vragenlijst_voor_ouders_zijn_makkelijk_te_lezen()
    {
        var ouder = await app.IngelogdAlsAsync(Moeder);
        var vragenlijst = await Vragenlijsten.Vragenlijsthulp.OuderAanbodAsync(app);
        var casus = await CasusAsync(app);

        var vast = await ZonderCasusgegevensAsync(Tekst(await HtmlAsync(ouder, $"/Ouders/Vragenlijst/{vragenlijst}")), casus);

        var meting = Leesbaarheid.Meet(vast);
        uitvoer.WriteLine($"Vragenlijst: {meting}");
        uitvoer.WriteLine(vast);
        Assert.True(meting.Woorden > 150, $"Te weinig tekst gemeten: {meting}");
        Assert.True(meting.Score >= 70, $"De vragenlijst leest te moeilijk: {meting}\n{vast}");
        Assert.Contains("Uw naam staat niet bij uw antwoorden.", vast, StringComparison.Ordinal);
    }

    /// <summary>The visible text of main, with a line break around every block, as a reader sees the lines;
    /// without the rows of taken and the free text of the signaal, which come from the casus.</summary>
    private static string Tekst(IHtmlDocument pagina, string weg = "", string binnen = "main")
    {
        var main = pagina.QuerySelector(binnen)!;
        // The taken's own words (what the professionals typed) come from the casus too, as the rows of the table do.
        var casusTekst = "tbody, option[value]:not([value='']), .gesprek .tekst, .casustekst, textarea, script, .taak-wat";
        foreach (var e in main.QuerySelectorAll(weg.Length == 0 ? casusTekst : $"{casusTekst}, {weg}").ToList())
            e.Remove();
        var tekst = new StringBuilder();
        Schrijf(main, tekst);
        return tekst.ToString();
    }

    private static void Schrijf(INode node, StringBuilder tekst)
    {
        if (node is IText t) { tekst.Append(t.Data); return; }
        if (node is not IElement e || e.HasAttribute("hidden")) return;
        var blok = Blokken.Contains(e.LocalName) || e.ClassList.Contains("zacht") || e.ClassList.Contains("veldfout");
        if (blok) tekst.Append('\n');
        foreach (var kind in e.ChildNodes) Schrijf(kind, tekst);
        if (blok) tekst.Append('\n');
    }

    /// <summary>Leaves out the casus' own data: who is betrokken and how to reach them, the parts someone keeps the overview
    /// of, and every date and time.</summary>
    private async Task<string> ZonderCasusgegevensAsync(string tekst, Guid casus)
    {
        await using var db = app.NieuweDbContext();
        var betrokkenen = await db.Betrokkenen.Where(b => b.CasusId == casus).ToListAsync();
        var gegevens = betrokkenen
            .SelectMany(b => new[] { b.Naam, b.RolOfRelatie, b.OrganisatieNaam, b.Telefoon, b.Email, b.Bereikbaarheid })
            .Concat(await db.Regietoewijzingen.Where(r => r.CasusId == casus).Select(r => r.Onderdeel).ToListAsync())
            .OfType<string>().Where(s => s.Length > 0).Distinct().OrderByDescending(s => s.Length);
        foreach (var g in gegevens) tekst = tekst.Replace(g, "", StringComparison.Ordinal);
        tekst = Datum().Replace(tekst, "");
        return Regex.Replace(tekst, @"[ \t]+", " ");
    }

    [GeneratedRegex(@"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) )?\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}(?:, \d{2}:\d{2})?")]
    private static partial Regex Datum();
}
