using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Demo;
using static Regie.Web.Tests.Signalen.Signaalhulp;

namespace Regie.Web.Tests.Ouders;

/// <summary>The portal's home for an ouder: her own taken first ("Wat doet u zelf?"), only as the geldende versie has them,
/// with how far they are today; and what regie means in this casus, with the regievoerder's phone.</summary>
public sealed class EigenTakenEnRegieTests(RegieApp app) : IClassFixture<RegieApp>
{
    private const string EllensTaak = "De afspraken met de bedrijfsarts nakomen en laten weten als het niet gaat.";
    private const string JohansTaak = "Zich melden bij het werkplein voor hulp bij het vinden van werk.";

    private static string Sectie(IHtmlDocument pagina, string kop) =>
        pagina.QuerySelector($"section[aria-labelledby='{kop}']")?.TextContent ?? "";

    [Fact]
    public async Task De_ouder_ziet_eerst_haar_eigen_taken_met_termijn_en_hoe_het_staat()
    {
        var ellen = await app.IngelogdAlsAsync(Moeder);

        var pagina = await HtmlAsync(ellen, "/Ouders");

        var eigen = pagina.QuerySelectorAll("#eigen-taken > li").ToList();
        var kaart = Assert.Single(eigen);
        Assert.Equal(EllensTaak, kaart.QuerySelector(".taak-wat")!.TextContent.Trim());
        Assert.Contains("Er is geen datum afgesproken.", kaart.TextContent, StringComparison.Ordinal);
        Assert.Equal("Nog niet begonnen", kaart.QuerySelector(".taak-status")!.TextContent.Trim());
        // Johan's taak is his, not hers: it stays in the list of what the others do, where hers is no longer repeated.
        Assert.DoesNotContain(JohansTaak, Sectie(pagina, "kop-eigen-taken"), StringComparison.Ordinal);
        Assert.Contains(JohansTaak, Sectie(pagina, "kop-taken"), StringComparison.Ordinal);
        Assert.DoesNotContain(EllensTaak, Sectie(pagina, "kop-taken"), StringComparison.Ordinal);
        var koppen = pagina.QuerySelectorAll("main h2").Select(h => h.Id).ToList();
        Assert.True(koppen.IndexOf("kop-eigen-taken") is 0, $"'Wat doet u zelf?' staat niet bovenaan: {string.Join(", ", koppen)}");
        Assert.True(koppen.IndexOf("kop-eigen-taken") < koppen.IndexOf("kop-taken"));
    }

    [Fact]
    public async Task De_ouder_ziet_hoe_ver_haar_taak_is_maar_geen_taak_die_alleen_in_het_concept_staat()
    {
        var casus = await CasusAsync(app);
        var johan = await OuderAsync(app, DemoData.TukkerCode, "Johan Tukker");
        var sanne = await app.IngelogdAlsAsync(Regievoerder);
        Guid johanId, taakId;
        DateOnly termijn;
        await using (var db = app.NieuweDbContext())
        {
            johanId = await db.Betrokkenen.Where(b => b.CasusId == casus && b.Naam == "Johan Tukker").Select(b => b.Id).SingleAsync();
            var taak = await db.Taken.SingleAsync(t => t.CasusId == casus && t.Omschrijving == JohansTaak);
            (taakId, termijn) = (taak.Id, taak.Termijn!.Value);
        }

        // The regievoerder marks his taak as begun and adds a new one for him: that one is not agreed yet.
        var takenpagina = await HtmlAsync(sanne, $"/Casussen/{casus}/Taken");
        var statusformulier = Formulier.Van(takenpagina.Forms.Single(f => f.QuerySelector($"input[name='Wijziging.TaakId'][value='{taakId}']") is not null));
        Assert.Equal(HttpStatusCode.Redirect, (await statusformulier.Met("Wijziging.Status", "Bezig").PostAsync(sanne)).StatusCode);
        const string concept = "Een cursus solliciteren volgen bij het werkplein.";
        var nieuw = await RegieApp.PostFormulierAsync(sanne, $"/Casussen/{casus}/Taken?handler=Nieuw", new()
        {
            ["Nieuw.Omschrijving"] = concept,
            ["Nieuw.BetrokkeneId"] = johanId.ToString(),
            ["Nieuw.Resultaat"] = "Werk en inkomen",
            ["Nieuw.Termijn"] = "2027-01-15",
        });
        Assert.Equal(HttpStatusCode.Redirect, nieuw.StatusCode);

        var portaal = await HtmlAsync(johan, "/Ouders");
        var signaalformulier = await HtmlAsync(johan, "/Ouders/Signaal");

        var kaart = Assert.Single(portaal.QuerySelectorAll("#eigen-taken > li"));
        Assert.Equal(JohansTaak, kaart.QuerySelector(".taak-wat")!.TextContent.Trim());
        Assert.Equal("Is bezig", kaart.QuerySelector(".taak-status")!.TextContent.Trim());
        Assert.Contains(Weergave.Datum(termijn), kaart.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(concept, portaal.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(concept, signaalformulier.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(signaalformulier.QuerySelector($"#Input_TaakId option[value='{taakId}']"));
    }

    [Fact]
    public async Task Wat_regie_betekent_met_de_regievoerder_haar_telefoon_en_wanneer_zij_bereikbaar_is()
    {
        var ellen = await app.IngelogdAlsAsync(Moeder);

        var pagina = await HtmlAsync(ellen, "/Ouders");

        var regie = pagina.QuerySelector("#wat-is-regie")!;
        Assert.Equal("Wat betekent regie?", regie.QuerySelector("h2")!.TextContent.Trim());
        var tekst = Normaal(regie.TextContent);
        Assert.Contains("Uw regievoerder is Sanne de Vries", tekst, StringComparison.Ordinal);
        Assert.Contains("Sanne de Vries werkt bij Gemeente Almelo.", tekst, StringComparison.Ordinal);
        Assert.Equal("0546 541 100", regie.QuerySelector("a[href='tel:0546541100']")?.TextContent);
        Assert.Contains("Wanneer kunt u bellen? Maandag tot en met donderdag, 8.30–17.00 uur", tekst, StringComparison.Ordinal);
        Assert.Contains("Sanne de Vries let erop dat iedereen doet wat is afgesproken.", tekst, StringComparison.Ordinal);
        Assert.Contains("Gaat de hulp niet goed? Of weet u niet wie u moet bellen? Bel dan Sanne de Vries.", tekst, StringComparison.Ordinal);
        Assert.Contains("De andere hulpverleners doen elk hun eigen deel van de hulp. Voor dat deel blijven zij zelf zorgen.", tekst, StringComparison.Ordinal);
        // Who keeps the overview of one part (inhoudelijke regie), without the word.
        var deelregie = Normaal(regie.QuerySelector("#deelregie")!.TextContent);
        Assert.Contains("Financiën en schulden: Peter Jansen, telefoon 0546 830 200", deelregie, StringComparison.Ordinal);
        Assert.Contains("Ayşe Yılmaz", deelregie, StringComparison.Ordinal);
        // Every word the professionals use, explained.
        var woorden = regie.QuerySelectorAll("details.woorden dt").Select(d => d.TextContent.Trim()).ToList();
        Assert.Equal(["Casus", "MDO", "Handreiking", "Procesregie", "Inhoudelijke regie", "Mandaat", "Versie", "Vastgesteld"], woorden);
        Assert.All(regie.QuerySelectorAll("details.woorden dd"), dd => Assert.True(dd.TextContent.Trim().Length > 10));
    }

    private static string Normaal(string tekst) => string.Join(' ', tekst.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
