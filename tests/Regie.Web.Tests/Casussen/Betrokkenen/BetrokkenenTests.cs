using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Handreiking;
using Regie.Domain.Logboek;
using Regie.Domain.Organisaties;
using Regie.Web.Demo;

namespace Regie.Web.Tests.Casussen.Betrokkenen;

public sealed class BetrokkenenTests(RegieApp app) : IClassFixture<RegieApp>
{
    private static readonly DateOnly Vandaag = DateOnly.FromDateTime(RegieApp.Start.UtcDateTime);

    private async Task<Guid> CasusAsync(string code = DemoData.TukkerCode)
    {
        await using var db = app.NieuweDbContext();
        return await db.Casussen.Where(c => c.Code == code).Select(c => c.Id).SingleAsync();
    }

    private async Task<Guid> BetrokkeneAsync(Guid casus, string naam)
    {
        await using var db = app.NieuweDbContext();
        return await db.Betrokkenen.Where(b => b.CasusId == casus && b.Naam == naam).Select(b => b.Id).SingleAsync();
    }

    private static string Url(Guid casus) => $"/Casussen/{casus}/Betrokkenen";

    private static Task<HttpResponseMessage> VerstuurAsync(HttpClient client, Guid casus, string handler, Dictionary<string, string> velden) =>
        RegieApp.PostFormulierAsync(client, $"{Url(casus)}?handler={handler}", velden);

    private static async Task<Formulier> FormulierAsync(HttpClient client, Guid casus, string handler, Guid? betrokkene = null)
    {
        var html = await RegieApp.LeesHtmlAsync(await client.GetAsync(Url(casus)));
        var form = html.Forms.Single(f => (f.GetAttribute("action") ?? "").Contains($"handler={handler}", StringComparison.Ordinal)
            && (betrokkene is null || f.QuerySelector($"input[name='Einde.BetrokkeneId'][value='{betrokkene}']") is not null));
        return Formulier.Van(form);
    }

    private static string? Fout(IHtmlDocument html, string veld) => html.QuerySelector($"[data-valmsg-for='{veld}']")?.TextContent.Trim();

    [Fact]
    public async Task Een_gezinslid_wordt_toegevoegd_als_ouder()
    {
        var casus = await CasusAsync();
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var formulier = await FormulierAsync(sanne, casus, "Persoon");
        Assert.Equal("Gezinslid", formulier["Persoon.Soort"]);

        var response = await formulier.Met("Persoon.Naam", "Kees Tukker").Met("Persoon.RolOfRelatie", "Stiefvader")
            .Met("Persoon.IsOuder", "true").Met("Persoon.Telefoon", "06 1234 5699").Met("Persoon.Email", "kees@example.nl")
            .Met("Persoon.Bereikbaarheid", "Na 17.00 uur").PostAsync(sanne);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.NieuweDbContext();
        var kees = await db.Betrokkenen.SingleAsync(b => b.CasusId == casus && b.Naam == "Kees Tukker");
        Assert.Equal(BetrokkeneSoort.Gezinslid, kees.Soort);
        Assert.True(kees.IsOuder);
        Assert.Equal(("Stiefvader", "06 1234 5699", "kees@example.nl", "Na 17.00 uur"), (kees.RolOfRelatie, kees.Telefoon, kees.Email, kees.Bereikbaarheid));
        Assert.Equal(Vandaag, kees.BetrokkenVan);
        Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == casus && l.Entiteit == "Betrokkene" && l.Actie == LogboekActie.Aangemaakt
            && l.Omschrijving == $"Gezin: betrokkene {kees.Id}" && l.Gebruiker == "Sanne de Vries"));

        var pagina = await RegieApp.LeesHtmlAsync(await sanne.GetAsync(response.Headers.Location));
        Assert.Contains("Kees Tukker is toegevoegd", pagina.QuerySelector(".melding-ok")!.TextContent, StringComparison.Ordinal);
        var kaart = pagina.QuerySelector($"#betrokkene-{kees.Id}")!;
        Assert.Equal("kop-gezinslid", kaart.Closest("section")!.GetAttribute("aria-labelledby"));
        Assert.Contains("Ouder", kaart.QuerySelector("h3")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Iemand_uit_het_netwerk_wordt_toegevoegd()
    {
        var casus = await CasusAsync();
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");

        var response = await VerstuurAsync(sanne, casus, "Persoon", new()
        {
            ["Persoon.Soort"] = "Netwerk",
            ["Persoon.Naam"] = "Anja Mulder",
            ["Persoon.RolOfRelatie"] = "Buurvrouw, past op Wesley",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.NieuweDbContext();
        var anja = await db.Betrokkenen.SingleAsync(b => b.CasusId == casus && b.Naam == "Anja Mulder");
        Assert.Equal(BetrokkeneSoort.Netwerk, anja.Soort);
        Assert.False(anja.IsOuder);
        var pagina = await RegieApp.LeesHtmlAsync(await sanne.GetAsync(Url(casus)));
        Assert.Equal("kop-netwerk", pagina.QuerySelector($"#betrokkene-{anja.Id}")!.Closest("section")!.GetAttribute("aria-labelledby"));
    }

    [Fact]
    public async Task Een_medewerker_van_een_bekende_organisatie_komt_erbij_met_de_gegevens_van_zijn_account()
    {
        // Lotte Buiten (Zorgaanbieder Elders) joins Bakker, so she stays a buitenstaander of Tukker for the other tests.
        var casus = await CasusAsync(DemoData.BakkerCode);
        await using var db = app.NieuweDbContext();
        var lotte = await db.Medewerkers.SingleAsync(m => m.Email == $"buitenstaander@{DemoData.Domein}");
        var elders = await db.Organisaties.SingleAsync(o => o.Naam == "Zorgaanbieder Elders");
        var martijn = await app.IngelogdAlsAsync("jeugdbeschermer");
        var html = await RegieApp.LeesHtmlAsync(await martijn.GetAsync(Url(casus)));
        var groep = html.QuerySelectorAll("select[name='Professional.MedewerkerId'] optgroup").Single(g => g.GetAttribute("label")!.StartsWith("Zorgaanbieder Elders", StringComparison.Ordinal));
        Assert.Contains("Lotte Buiten", groep.TextContent, StringComparison.Ordinal);

        var response = await VerstuurAsync(martijn, casus, "Professional", new()
        {
            ["Professional.Bron"] = "Medewerker",
            ["Professional.MedewerkerId"] = lotte.Id.ToString(),
            ["Professional.RolOfRelatie"] = "Ambulant begeleider thuis",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var b = await db.Betrokkenen.SingleAsync(x => x.CasusId == casus && x.MedewerkerId == lotte.Id);
        Assert.Equal((BetrokkeneSoort.Professional, "Lotte Buiten", "Ambulant begeleider thuis"), (b.Soort, b.Naam, b.RolOfRelatie));
        Assert.Equal((elders.Id, "Zorgaanbieder Elders", OrganisatieType.Zorgaanbieder), (b.OrganisatieId, b.OrganisatieNaam, b.OrganisatieType));
        Assert.Equal(("053 480 0000", lotte.Email), (b.Telefoon, b.Email));
        // Now an active betrokkene, she may open the casus.
        var lotteClient = await app.IngelogdAlsAsync("buitenstaander");
        Assert.Equal(HttpStatusCode.OK, (await lotteClient.GetAsync(Url(casus))).StatusCode);
        // And she is no longer offered a second time.
        var na = await RegieApp.LeesHtmlAsync(await martijn.GetAsync(Url(casus)));
        Assert.Null(na.QuerySelector($"select[name='Professional.MedewerkerId'] option[value='{lotte.Id}']"));
    }

    [Fact]
    public async Task Een_professional_van_een_andere_organisatie_wordt_ingetypt()
    {
        var casus = await CasusAsync();
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");

        var response = await VerstuurAsync(sanne, casus, "Professional", new()
        {
            ["Professional.Bron"] = "Extern",
            ["Professional.Naam"] = "Dokter Visser",
            ["Professional.OrganisatieNaam"] = "Huisartsenpraktijk Centrum",
            ["Professional.OrganisatieType"] = "Overig",
            ["Professional.RolOfRelatie"] = "Huisarts van moeder",
            ["Professional.Telefoon"] = "0546 111 222",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.NieuweDbContext();
        var visser = await db.Betrokkenen.SingleAsync(b => b.CasusId == casus && b.Naam == "Dokter Visser");
        Assert.Equal((BetrokkeneSoort.Professional, "Huisartsenpraktijk Centrum", OrganisatieType.Overig), (visser.Soort, visser.OrganisatieNaam, visser.OrganisatieType));
        Assert.Null(visser.MedewerkerId);
        Assert.Null(visser.OrganisatieId);
        Assert.Equal("0546 111 222", visser.Telefoon);
    }

    [Fact]
    public async Task Zonder_verplichte_velden_staan_Nederlandse_meldingen_bij_de_velden_en_blijft_de_invoer_staan()
    {
        var casus = await CasusAsync();
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");

        var persoon = await VerstuurAsync(sanne, casus, "Persoon", new()
        {
            ["Persoon.Soort"] = "Netwerk",
            ["Persoon.IsOuder"] = "true",
            ["Persoon.Telefoon"] = "06 5555 1234",
            ["Persoon.Email"] = "geen-emailadres",
        });
        var anders = await VerstuurAsync(sanne, casus, "Professional", new() { ["Professional.Bron"] = "Extern", ["Professional.Telefoon"] = "074 000" });
        var medewerker = await VerstuurAsync(sanne, casus, "Professional", new() { ["Professional.Bron"] = "Medewerker", ["Professional.RolOfRelatie"] = "Coach" });

        Assert.Equal(HttpStatusCode.OK, persoon.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(persoon);
        Assert.Equal("Vul de naam in.", Fout(html, "Persoon.Naam"));
        Assert.Contains("Vul de rol of relatie in", Fout(html, "Persoon.RolOfRelatie"), StringComparison.Ordinal);
        Assert.Contains("Een ouder hoort bij het gezin", Fout(html, "Persoon.IsOuder"), StringComparison.Ordinal);
        Assert.Contains("geldig e-mailadres", Fout(html, "Persoon.Email"), StringComparison.Ordinal);
        Assert.Equal("06 5555 1234", html.QuerySelector("#Persoon_Telefoon")!.GetAttribute("value"));
        Assert.Equal("geen-emailadres", html.QuerySelector("#Persoon_Email")!.GetAttribute("value"));
        Assert.True(((IHtmlInputElement)html.QuerySelector("#persoon-soort-netwerk")!).IsChecked);
        Assert.Equal("fout-persoon-naam", html.QuerySelector("#Persoon_Naam")!.GetAttribute("aria-describedby"));
        var samenvatting = html.QuerySelector(".foutsamenvatting")!;
        Assert.NotNull(samenvatting.QuerySelector("a[href='#Persoon_Naam']"));

        var e = await RegieApp.LeesHtmlAsync(anders);
        Assert.Equal("Vul de naam van de professional in.", Fout(e, "Professional.Naam"));
        Assert.Equal("Vul de naam van de organisatie in.", Fout(e, "Professional.OrganisatieNaam"));
        Assert.Equal("Kies het soort organisatie.", Fout(e, "Professional.OrganisatieType"));
        Assert.Contains("Vul de rol in", Fout(e, "Professional.RolOfRelatie"), StringComparison.Ordinal);
        Assert.Equal("074 000", e.QuerySelector("#Professional_Telefoon")!.GetAttribute("value"));

        var m = await RegieApp.LeesHtmlAsync(medewerker);
        Assert.Equal("Kies de medewerker.", Fout(m, "Professional.MedewerkerId"));
        Assert.Equal("Coach", m.QuerySelector("#Professional_RolOfRelatie")!.GetAttribute("value"));
        await using var db = app.NieuweDbContext();
        Assert.False(await db.Betrokkenen.AnyAsync(b => b.CasusId == casus && b.Telefoon == "06 5555 1234"));
    }

    [Fact]
    public async Task Html_in_een_naam_wordt_als_tekst_getoond()
    {
        var casus = await CasusAsync();
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");

        var response = await VerstuurAsync(sanne, casus, "Persoon", new()
        {
            ["Persoon.Soort"] = "Netwerk",
            ["Persoon.Naam"] = "<script>alert(1)</script>",
            ["Persoon.RolOfRelatie"] = "<b>vet</b>",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var pagina = await sanne.GetAsync(Url(casus));
        var bron = await pagina.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(1)</script>", bron, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", bron, StringComparison.Ordinal);
        var html = await RegieApp.LeesHtmlAsync(pagina);
        Assert.Empty(html.QuerySelectorAll("script"));
        Assert.Empty(html.QuerySelectorAll("main b"));
        Assert.Contains(html.QuerySelectorAll(".betrokkenen h3"), h => h.TextContent.Contains("<script>alert(1)</script>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stoppen_zet_stap_1_en_3_terug_in_bespreking_en_de_casus_op_herbeoordelen()
    {
        var casus = await CasusAsync();
        var marloes = await BetrokkeneAsync(casus, "Marloes van Dam");
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        await using (var voor = app.NieuweDbContext())
            Assert.All(await voor.CasusStappen.Where(s => s.CasusId == casus).ToListAsync(), s => Assert.Equal(StapStatus.Afgesproken, s.Status));
        var formulier = await FormulierAsync(sanne, casus, "Beeindig", marloes);
        Assert.Equal("2026-11-24", formulier["Einde.Datum"]);

        var response = await formulier.Met("Einde.Reden", "Wesley gaat naar een andere school.").PostAsync(sanne);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var pagina = await RegieApp.LeesHtmlAsync(await sanne.GetAsync(response.Headers.Location));
        var melding = pagina.QuerySelector(".melding-ok")!.TextContent;
        Assert.Contains("Marloes van Dam is niet meer betrokken", melding, StringComparison.Ordinal);
        Assert.Contains("weer ‘in bespreking’: 1. Betrokkenen, 3. Wie doet wat.", melding, StringComparison.Ordinal);
        Assert.Contains("lopende taak staat op ‘Gestopt’", melding, StringComparison.Ordinal);
        Assert.Null(pagina.QuerySelector($"#betrokkene-{marloes}"));
        var gestopt = pagina.QuerySelectorAll("section[aria-labelledby='kop-gestopt'] tbody tr").Single(r => r.TextContent.Contains("Marloes van Dam", StringComparison.Ordinal));
        Assert.Contains("Wesley gaat naar een andere school.", gestopt.TextContent, StringComparison.Ordinal);
        Assert.Contains("24 november 2026", gestopt.TextContent, StringComparison.Ordinal);

        await using var db = app.NieuweDbContext();
        var stappen = await db.CasusStappen.Where(s => s.CasusId == casus).ToDictionaryAsync(s => s.Nummer, s => s.Status);
        Assert.Equal(StapStatus.InBespreking, stappen[1]);
        Assert.Equal(StapStatus.InBespreking, stappen[3]);
        Assert.Equal(StapStatus.Afgesproken, stappen[4]);
        Assert.True(await db.Casussen.Where(c => c.Id == casus).Select(c => c.Herbeoordelen).SingleAsync());
        Assert.All(await db.Taken.Where(t => t.BetrokkeneId == marloes).ToListAsync(), t => Assert.Equal(TaakStatus.Gestopt, t.Status));
        Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == casus && l.Entiteit == "Betrokkene" && l.Actie == LogboekActie.Gewijzigd && l.Omschrijving!.Contains($"betrokkene {marloes} beëindigd")));

        var detail = await RegieApp.LeesHtmlAsync(await sanne.GetAsync($"/Casussen/{casus}"));
        Assert.Contains("Herbeoordelen", detail.QuerySelector(".melding-let")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_regievoerder_kan_niet_stoppen_voordat_de_regie_is_overgedragen()
    {
        var casus = await CasusAsync();
        var bSanne = await BetrokkeneAsync(casus, "Sanne de Vries");
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var formulier = await FormulierAsync(sanne, casus, "Beeindig", bSanne);

        var response = await formulier.Met("Einde.Reden", "Ik ga met verlof.").PostAsync(sanne);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(response);
        Assert.Equal("Sanne de Vries voert de procesregie. Draag de regie eerst over aan een andere betrokkene.", Fout(html, "Einde.BetrokkeneId"));
        var kaart = html.QuerySelector($"#betrokkene-{bSanne}")!;
        Assert.True(kaart.QuerySelector("details")!.HasAttribute("open"));
        Assert.NotNull(kaart.QuerySelector("[data-valmsg-for='Einde.BetrokkeneId']"));
        Assert.Equal("Ik ga met verlof.", kaart.QuerySelector("textarea")!.TextContent);
        await using var db = app.NieuweDbContext();
        Assert.Null(await db.Betrokkenen.Where(b => b.Id == bSanne).Select(b => b.BetrokkenTot).SingleAsync());
    }

    [Fact]
    public async Task Einddatum_en_reden_worden_bij_het_veld_gecontroleerd()
    {
        var casus = await CasusAsync();
        var gerda = await BetrokkeneAsync(casus, "Gerda Tukker");
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");

        var teVroeg = await RegieApp.LeesHtmlAsync(await VerstuurAsync(sanne, casus, "Beeindig", new()
        {
            ["Einde.BetrokkeneId"] = gerda.ToString(), ["Einde.Datum"] = "2020-01-01", ["Einde.Reden"] = "Verhuisd",
        }));
        var leeg = await RegieApp.LeesHtmlAsync(await VerstuurAsync(sanne, casus, "Beeindig", new() { ["Einde.BetrokkeneId"] = gerda.ToString() }));
        var onzin = await RegieApp.LeesHtmlAsync(await VerstuurAsync(sanne, casus, "Beeindig", new()
        {
            ["Einde.BetrokkeneId"] = gerda.ToString(), ["Einde.Datum"] = "31-02-2026", ["Einde.Reden"] = "Verhuisd",
        }));

        Assert.Equal("De einddatum ligt vóór de datum waarop de betrokkenheid begon.", Fout(teVroeg, "Einde.Datum"));
        Assert.Equal("2020-01-01", teVroeg.QuerySelector("#Einde_Datum")!.GetAttribute("value"));
        Assert.Equal("Verhuisd", teVroeg.QuerySelector("#Einde_Reden")!.TextContent);
        Assert.Equal("Vul de datum in waarop de betrokkenheid stopt.", Fout(leeg, "Einde.Datum"));
        Assert.Equal("Schrijf op waarom de betrokkenheid stopt.", Fout(leeg, "Einde.Reden"));
        Assert.Contains("niet geldig", Fout(onzin, "Einde.Datum"), StringComparison.Ordinal);
        await using var db = app.NieuweDbContext();
        Assert.Null(await db.Betrokkenen.Where(b => b.Id == gerda).Select(b => b.BetrokkenTot).SingleAsync());
    }

    [Fact]
    public async Task Een_buitenstaander_krijgt_404_bij_bekijken_en_bij_versturen()
    {
        var casus = await CasusAsync();
        var lotte = await app.IngelogdAlsAsync("buitenstaander");
        var token = (await RegieApp.LeesHtmlAsync(await lotte.GetAsync("/Account/Inloggen"))).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var get = await lotte.GetAsync(Url(casus));
        var post = await lotte.PostAsync($"{Url(casus)}?handler=Persoon", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Persoon.Soort"] = "Netwerk", ["Persoon.Naam"] = "Indringer", ["Persoon.RolOfRelatie"] = "Niemand",
        }));

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.DoesNotContain("Tukker", await get.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = app.NieuweDbContext();
        Assert.False(await db.Betrokkenen.AnyAsync(b => b.Naam == "Indringer"));
        Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == casus && l.Actie == LogboekActie.Geweigerd && l.Gebruiker == "Lotte Buiten"));
    }

    [Fact]
    public async Task Een_afgesloten_casus_is_alleen_te_bekijken()
    {
        var casus = await NieuweCasusAsync("TW-2026-0901", afsluiten: true);
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");

        var get = await sanne.GetAsync(Url(casus));
        var post = await RegieApp.PostFormulierAsync(sanne, $"{Url(casus)}?handler=Persoon", new()
        {
            ["Persoon.Soort"] = "Gezinslid", ["Persoon.Naam"] = "Te laat", ["Persoon.RolOfRelatie"] = "Tante",
        });

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(get);
        Assert.Contains("Piet Proef", html.Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(html.QuerySelectorAll("main form"));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        await using var db = app.NieuweDbContext();
        Assert.False(await db.Betrokkenen.AnyAsync(b => b.Naam == "Te laat"));
    }

    [Fact]
    public async Task Bekijken_komt_in_het_logboek()
    {
        var casus = await CasusAsync();
        var ayse = await app.IngelogdAlsAsync("behandelaar");

        (await ayse.GetAsync(Url(casus))).EnsureSuccessStatusCode();

        await using var db = app.NieuweDbContext();
        Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == casus && l.Entiteit == "Betrokkene" && l.Actie == LogboekActie.Bekeken && l.Gebruiker == "Ayşe Yılmaz"));
    }

    [Fact]
    public async Task Een_lange_reden_bij_iemand_met_inhoudelijke_regie_geeft_een_melding_en_geen_500()
    {
        var casus = await NieuweCasusAsync("TW-2026-0902", afsluiten: false);
        var peter = await BetrokkeneAsync(casus, "Peter Jansen");
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");

        var response = await VerstuurAsync(sanne, casus, "Beeindig", new()
        {
            ["Einde.BetrokkeneId"] = peter.ToString(), ["Einde.Datum"] = "2026-11-24", ["Einde.Reden"] = new string('x', 2000),
        });

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"{(int)response.StatusCode}");
    }

    [Theory]
    [InlineData("Beeindig", "Einde.BetrokkeneId=00000000-0000-0000-0000-000000000001&Einde.Datum=2026-11-24&Einde.Reden=x")]
    [InlineData("Beeindig", "Einde.BetrokkeneId=geen-guid&Einde.Datum=2026-11-24&Einde.Reden=x")]
    [InlineData("Beeindig", "")]
    [InlineData("Persoon", "")]
    [InlineData("Persoon", "Persoon.Soort=Professional&Persoon.Naam=x&Persoon.RolOfRelatie=y")]
    [InlineData("Persoon", "Persoon.Soort=7&Persoon.Naam=x&Persoon.RolOfRelatie=y&Persoon.IsOuder=misschien")]
    [InlineData("Professional", "")]
    [InlineData("Professional", "Professional.Bron=Medewerker&Professional.MedewerkerId=00000000-0000-0000-0000-000000000001&Professional.RolOfRelatie=x")]
    [InlineData("Professional", "Professional.Bron=Medewerker&Professional.MedewerkerId=kapot&Professional.RolOfRelatie=x")]
    [InlineData("Professional", "Professional.Bron=Extern&Professional.Naam=x&Professional.OrganisatieNaam=y&Professional.OrganisatieType=99&Professional.RolOfRelatie=z")]
    [InlineData("Professional", "Professional.Bron=Onbekend")]
    public async Task Vervalste_invoer_geeft_een_melding_en_nooit_een_500(string handler, string velden)
    {
        var casus = await CasusAsync();
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var waarden = velden.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(v => v.Split('=')).ToDictionary(v => v[0], v => v[1]);

        var response = await VerstuurAsync(sanne, casus, handler, waarden);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await RegieApp.LeesHtmlAsync(response)).QuerySelector(".foutsamenvatting"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?handler=Bestaatniet")]
    public async Task Een_post_zonder_bekend_formulier_geeft_404(string query)
    {
        var casus = await CasusAsync();
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");

        var response = await RegieApp.PostFormulierAsync(sanne, Url(casus) + query, []);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>A casus of its own, with Sanne as regievoerder and Peter with inhoudelijke regie; closed if asked.</summary>
    private async Task<Guid> NieuweCasusAsync(string code, bool afsluiten)
    {
        await using var db = app.NieuweDbContext();
        var almelo = await db.Organisaties.SingleAsync(o => o.Naam == "Gemeente Almelo");
        var mw = await db.Organisaties.SingleAsync(o => o.Naam == "Wijkracht Maatschappelijk Werk");
        var sanne = await db.Medewerkers.SingleAsync(m => m.Email == $"jeugdconsulent@{DemoData.Domein}");
        var peter = await db.Medewerkers.SingleAsync(m => m.Email == $"maatschappelijkwerker@{DemoData.Domein}");
        var sjabloon = await db.Sjablonen.OrderByDescending(s => s.Versie).FirstAsync();
        var start = new DateOnly(2026, 1, 5);
        var casus = Casus.Open(code, "Proef", almelo, [], Maatregel.Geen, "Ouders willen rust.", sjabloon, start);
        var bSanne = casus.VoegBetrokkeneToe(new(BetrokkeneSoort.Professional, sanne.Naam, "Jeugdconsulent", null, sanne.Email, null, almelo.Id, almelo.Naam, almelo.Type, sanne.Id), start).Waarde!;
        var bPeter = casus.VoegBetrokkeneToe(new(BetrokkeneSoort.Professional, peter.Naam, "Maatschappelijk werker", null, peter.Email, null, mw.Id, mw.Naam, mw.Type, peter.Id), start).Waarde!;
        casus.VoegBetrokkeneToe(new(BetrokkeneSoort.Gezinslid, "Piet Proef", "Vader", IsOuder: true), start);
        Assert.True(casus.WijsProcesregieToe(bSanne.Id, null, RegieApp.Start.AddMonths(-10)).Gelukt);
        Assert.True(casus.WijsInhoudelijkeRegieToe(bPeter.Id, "Financiën", null, RegieApp.Start.AddMonths(-10)).Gelukt);
        if (afsluiten) Assert.True(casus.SluitAf("Doelen bereikt", "Het gaat goed met het gezin.", new DateOnly(2026, 6, 1), RegieApp.Start.AddMonths(-5)).Gelukt);
        db.Casussen.Add(casus);
        await db.SaveChangesAsync();
        return casus.Id;
    }
}
