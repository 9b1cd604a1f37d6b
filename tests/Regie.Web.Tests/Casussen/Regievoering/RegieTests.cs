using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Handreiking;
using Regie.Domain.Logboek;
using Regie.Domain.Regievoering;
using Regie.Web.Demo;

namespace Regie.Web.Tests.Casussen.Regievoering;

/// <summary>Changes regie on Tukker and Bakker, so it has a database of its own. Peter may hold regie of Tukker after
/// the overdracht test; the other tests work whoever holds it.</summary>
public sealed class RegieTests(RegieApp app) : IClassFixture<RegieApp>
{
    private async Task<(Guid Casus, Dictionary<string, Guid> Betrokkenen)> CasusAsync(string code)
    {
        await using var db = app.NieuweDbContext();
        var casus = await db.Casussen.Where(c => c.Code == code).Select(c => c.Id).SingleAsync();
        var betrokkenen = await db.Betrokkenen.Where(b => b.CasusId == casus).ToDictionaryAsync(b => b.Naam, b => b.Id);
        return (casus, betrokkenen);
    }

    private static string Url(Guid casusId) => $"/Casussen/{casusId}/Regie";

    private static async Task<IHtmlDocument> PaginaAsync(HttpClient client, Guid casusId)
    {
        var response = await client.GetAsync(Url(casusId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await RegieApp.LeesHtmlAsync(response);
    }

    private static Formulier FormulierVoor(IHtmlDocument pagina, string handler) =>
        Formulier.Van(pagina.QuerySelector($"form[action*='handler={handler}']")
            ?? throw new InvalidOperationException($"Geen formulier voor {handler} op de pagina."));

    /// <summary>A post a browser could not make from this page (the form is not shown), with this user's token.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, Guid casusId, string handler, Dictionary<string, string> velden, string? query = null)
    {
        var token = (await RegieApp.LeesHtmlAsync(await client.GetAsync("/Account/Inloggen"))).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        velden["__RequestVerificationToken"] = token;
        // The overdracht's forms post to a page of their own; the regie page's other forms post back to itself.
        var pagina = handler is "Overdracht" or "Accepteer" or "WijsAf" or "TrekIn" ? $"{Url(casusId)}/Overdracht" : Url(casusId);
        return await client.PostAsync($"{pagina}?handler={handler}{query}", new FormUrlEncodedContent(velden));
    }

    private static string Foutmelding(IHtmlDocument pagina, string veld) =>
        pagina.QuerySelector($"[data-valmsg-for='{veld}']")?.TextContent ?? "";

    private async Task<Guid?> ProcesregievoerderAsync(Guid casusId)
    {
        await using var db = app.NieuweDbContext();
        return await db.Regietoewijzingen.Where(r => r.CasusId == casusId && r.Soort == RegieSoort.Procesregie && r.Tot == null)
            .Select(r => (Guid?)r.BetrokkeneId).SingleOrDefaultAsync();
    }

    [Fact]
    public async Task Warme_overdracht_Sanne_blijft_regievoerder_tot_Peter_accepteert()
    {
        var (casus, b) = await CasusAsync(DemoData.TukkerCode);
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");

        var voorstel = await FormulierVoor(await PaginaAsync(sanne, casus), "Overdracht")
            .Met("Voorstel.OpvolgerId", b["Peter Jansen"].ToString())
            .Met("Voorstel.Notitie", "De geldzorgen staan nu centraal; Peter kent het gezin goed.")
            .PostAsync(sanne);

        Assert.Equal(HttpStatusCode.Redirect, voorstel.StatusCode);
        var naVoorstel = await RegieApp.LeesHtmlAsync(await sanne.GetAsync(voorstel.Headers.Location));
        Assert.Contains("Tot Peter Jansen accepteert, blijft de regie bij Sanne de Vries", naVoorstel.QuerySelector(".melding-ok")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Sanne de Vries", naVoorstel.QuerySelector("#procesregievoerder")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Tot de opvolger accepteert, blijft de regie bij Sanne de Vries.", naVoorstel.QuerySelector("#open-overdracht")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("De geldzorgen staan nu centraal", naVoorstel.QuerySelector("#open-overdracht")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(b["Sanne de Vries"], await ProcesregievoerderAsync(casus));
        Assert.Null(naVoorstel.QuerySelector("form[action*='handler=Accepteer']"));

        // Only the proposed opvolger may accept: for the behandelaar the overdracht does not exist.
        var peter = await app.IngelogdAlsAsync("maatschappelijkwerker");
        var peterPagina = await PaginaAsync(peter, casus);
        var accepteer = FormulierVoor(peterPagina, "Accepteer");
        var ayse = await app.IngelogdAlsAsync("behandelaar");
        Assert.Null((await PaginaAsync(ayse, casus)).QuerySelector("form[action*='handler=Accepteer']"));
        var aysePagina = await PaginaAsync(ayse, casus);
        var nagemaakt = await ayse.PostAsync(accepteer.Actie, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = aysePagina.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        }));
        Assert.Equal(HttpStatusCode.NotFound, nagemaakt.StatusCode);
        Assert.Equal(b["Sanne de Vries"], await ProcesregievoerderAsync(casus));

        // A second overdracht while one is open is refused with the domain's words.
        var tweede = await PostAsync(sanne, casus, "Overdracht", new() { ["Voorstel.OpvolgerId"] = b["Ayşe Yılmaz"].ToString() });
        Assert.Equal(HttpStatusCode.OK, tweede.StatusCode);
        Assert.Contains("Er staat al een overdracht aan Peter Jansen open. Trek die eerst in.",
            Foutmelding(await RegieApp.LeesHtmlAsync(tweede), "Voorstel.OpvolgerId"), StringComparison.Ordinal);

        var geaccepteerd = await accepteer.PostAsync(peter);

        Assert.Equal(HttpStatusCode.Redirect, geaccepteerd.StatusCode);
        var naAccepteren = await RegieApp.LeesHtmlAsync(await peter.GetAsync(geaccepteerd.Headers.Location));
        var melding = naAccepteren.QuerySelector(".melding-ok")!.TextContent;
        Assert.Contains("U voert nu de procesregie", melding, StringComparison.Ordinal);
        Assert.Contains("Regie en Communicatie staan weer ‘in bespreking’", melding, StringComparison.Ordinal);
        Assert.Contains("Peter Jansen", naAccepteren.QuerySelector("#procesregievoerder")!.TextContent, StringComparison.Ordinal);
        var rijen = naAccepteren.QuerySelectorAll("#regiegeschiedenis tbody tr").Where(r => r.TextContent.Contains("Procesregie", StringComparison.Ordinal)).ToList();
        Assert.Contains(rijen, r => r.TextContent.Contains("Sanne de Vries", StringComparison.Ordinal)
            && r.TextContent.Contains("24 november 2026", StringComparison.Ordinal) && r.TextContent.Contains("Overgedragen aan Peter Jansen", StringComparison.Ordinal));
        Assert.Contains(rijen, r => r.TextContent.Contains("Peter Jansen", StringComparison.Ordinal) && r.QuerySelectorAll("td")[4].TextContent == "nu");
        Assert.Contains("Geaccepteerd", naAccepteren.QuerySelector("#overdrachten")!.TextContent, StringComparison.Ordinal);

        await using var db = app.NieuweDbContext();
        Assert.Equal(b["Peter Jansen"], await ProcesregievoerderAsync(casus));
        var sanneRegie = await db.Regietoewijzingen.SingleAsync(r => r.CasusId == casus && r.Soort == RegieSoort.Procesregie && r.BetrokkeneId == b["Sanne de Vries"]);
        Assert.Equal(RegieApp.Start, sanneRegie.Tot);
        var stappen = await db.CasusStappen.Where(s => s.CasusId == casus && (s.Nummer == 4 || s.Nummer == 5)).Select(s => s.Status).ToListAsync();
        Assert.All(stappen, s => Assert.Equal(StapStatus.InBespreking, s));
        Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == casus && l.Entiteit == "Overdracht" && l.Actie == LogboekActie.Aangemaakt && l.Gebruiker == "Sanne de Vries"));
        Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == casus && l.Entiteit == "Overdracht" && l.Actie == LogboekActie.Gewijzigd && l.Gebruiker == "Peter Jansen"));
    }

    [Fact]
    public async Task Afwijzen_vraagt_een_reden_en_de_regie_blijft_waar_die_was()
    {
        var (casus, b) = await CasusAsync(DemoData.TukkerCode);
        var regievoerder = await ProcesregievoerderAsync(casus);
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        Assert.Equal(HttpStatusCode.Redirect, (await FormulierVoor(await PaginaAsync(sanne, casus), "Overdracht")
            .Met("Voorstel.OpvolgerId", b["Ayşe Yılmaz"].ToString()).PostAsync(sanne)).StatusCode);
        var ayse = await app.IngelogdAlsAsync("behandelaar");
        var afwijzen = FormulierVoor(await PaginaAsync(ayse, casus), "WijsAf");

        var zonderReden = await afwijzen.Met("Afwijzing.Reden", "  ").PostAsync(ayse);

        Assert.Equal(HttpStatusCode.OK, zonderReden.StatusCode);
        Assert.Contains("Schrijf op waarom u de regie niet overneemt.", Foutmelding(await RegieApp.LeesHtmlAsync(zonderReden), "Afwijzing.Reden"), StringComparison.Ordinal);
        await using (var db = app.NieuweDbContext())
            Assert.True(await db.Overdrachten.AnyAsync(o => o.CasusId == casus && o.Status == OverdrachtStatus.Voorgesteld));

        var metReden = await afwijzen.Met("Afwijzing.Reden", "Ik stop over een maand bij De Linde.").PostAsync(ayse);

        Assert.Equal(HttpStatusCode.Redirect, metReden.StatusCode);
        await using var controle = app.NieuweDbContext();
        var overdracht = await controle.Overdrachten.SingleAsync(o => o.CasusId == casus && o.NaarBetrokkeneId == b["Ayşe Yılmaz"]);
        Assert.Equal(OverdrachtStatus.Afgewezen, overdracht.Status);
        Assert.Equal("Ik stop over een maand bij De Linde.", overdracht.Reden);
        Assert.Equal(regievoerder, await ProcesregievoerderAsync(casus));
        Assert.Contains("Afgewezen", (await PaginaAsync(sanne, casus)).QuerySelector("#overdrachten")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_voorstel_intrekken_laat_de_regie_waar_die_was()
    {
        var (casus, b) = await CasusAsync(DemoData.TukkerCode);
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        Assert.Equal(HttpStatusCode.Redirect, (await FormulierVoor(await PaginaAsync(sanne, casus), "Overdracht")
            .Met("Voorstel.OpvolgerId", b["Marloes van Dam"].ToString()).PostAsync(sanne)).StatusCode);

        var ingetrokken = await FormulierVoor(await PaginaAsync(sanne, casus), "TrekIn").PostAsync(sanne);

        Assert.Equal(HttpStatusCode.Redirect, ingetrokken.StatusCode);
        await using var db = app.NieuweDbContext();
        Assert.Equal(OverdrachtStatus.Ingetrokken, (await db.Overdrachten.SingleAsync(o => o.CasusId == casus && o.NaarBetrokkeneId == b["Marloes van Dam"])).Status);
        Assert.NotNull((await PaginaAsync(sanne, casus)).QuerySelector("form[action*='handler=Overdracht']"));
    }

    [Fact]
    public async Task Bij_een_OTS_kan_de_jeugdbeschermer_de_regie_niet_aan_de_wijkcoach_geven()
    {
        var (casus, b) = await CasusAsync(DemoData.BakkerCode);
        var martijn = await app.IngelogdAlsAsync("jeugdbeschermer");

        var response = await FormulierVoor(await PaginaAsync(martijn, casus), "Overdracht")
            .Met("Voorstel.OpvolgerId", b["Femke Smit"].ToString())
            .Met("Voorstel.Notitie", "Hulp thuis loopt, Femke kent moeder.")
            .PostAsync(martijn);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pagina = await RegieApp.LeesHtmlAsync(response);
        Assert.Contains("Bij een ondertoezichtstelling (OTS) ligt de procesregie bij een gecertificeerde instelling. Femke Smit werkt bij Gemeente Hengelo.",
            Foutmelding(pagina, "Voorstel.OpvolgerId"), StringComparison.Ordinal);
        Assert.NotNull(pagina.QuerySelector(".foutsamenvatting a[href='#Voorstel_OpvolgerId']"));
        Assert.Equal("Hulp thuis loopt, Femke kent moeder.", pagina.QuerySelector("textarea[name='Voorstel.Notitie']")!.TextContent.Trim());
        Assert.Equal(b["Femke Smit"].ToString(), pagina.QuerySelector("select[name='Voorstel.OpvolgerId'] option[selected]")!.GetAttribute("value"));
        await using var db = app.NieuweDbContext();
        Assert.False(await db.Overdrachten.AnyAsync(o => o.CasusId == casus));
    }

    [Fact]
    public async Task Inhoudelijke_regie_op_een_onderdeel_dat_al_belegd_is_wordt_geweigerd()
    {
        var (casus, b) = await CasusAsync(DemoData.TukkerCode);
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");

        var dubbel = await FormulierVoor(await PaginaAsync(sanne, casus), "InhoudelijkeRegie")
            .Met("Inhoudelijk.BetrokkeneId", b["Ayşe Yılmaz"].ToString())
            .Met("Inhoudelijk.Onderdeel", "financiën en schulden")
            .PostAsync(sanne);

        Assert.Equal(HttpStatusCode.OK, dubbel.StatusCode);
        var pagina = await RegieApp.LeesHtmlAsync(dubbel);
        Assert.Contains("Peter Jansen heeft al de inhoudelijke regie op", Foutmelding(pagina, "Inhoudelijk.Onderdeel"), StringComparison.Ordinal);
        Assert.Equal("financiën en schulden", pagina.QuerySelector("input[name='Inhoudelijk.Onderdeel']")!.GetAttribute("value"));

        var nieuw = await FormulierVoor(pagina, "InhoudelijkeRegie")
            .Met("Inhoudelijk.BetrokkeneId", b["Ayşe Yılmaz"].ToString())
            .Met("Inhoudelijk.Onderdeel", "Contact met school")
            .Met("Inhoudelijk.Mandaat", "Spreekt met de mentor af wat school doet.")
            .PostAsync(sanne);

        Assert.Equal(HttpStatusCode.Redirect, nieuw.StatusCode);
        await using var db = app.NieuweDbContext();
        var toewijzing = await db.Regietoewijzingen.SingleAsync(r => r.CasusId == casus && r.Onderdeel == "Contact met school");
        Assert.Equal(b["Ayşe Yılmaz"], toewijzing.BetrokkeneId);
        Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == casus && l.Entiteit == "Regie" && l.Actie == LogboekActie.Aangemaakt));

        var beeindigen = FormulierVoor(await PaginaAsync(sanne, casus), "Beeindig").Met("Einde.ToewijzingId", toewijzing.Id.ToString());
        var zonderReden = await beeindigen.Met("Einde.Reden", "").PostAsync(sanne);
        Assert.Equal(HttpStatusCode.OK, zonderReden.StatusCode);
        Assert.Contains("Schrijf op waarom de inhoudelijke regie stopt.", Foutmelding(await RegieApp.LeesHtmlAsync(zonderReden), "Einde.Reden"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await beeindigen.Met("Einde.Reden", "School regelt het zelf.").PostAsync(sanne)).StatusCode);
        await using var controle = app.NieuweDbContext();
        var beeindigd = await controle.Regietoewijzingen.SingleAsync(r => r.Id == toewijzing.Id);
        Assert.Equal(RegieApp.Start, beeindigd.Tot);
        Assert.Equal("School regelt het zelf.", beeindigd.RedenEinde);
        Assert.True(await controle.Logboek.AnyAsync(l => l.CasusId == casus && l.Entiteit == "Regie" && l.Actie == LogboekActie.Gewijzigd));
    }

    [Fact]
    public async Task Wie_geen_regie_voert_krijgt_404_op_de_regiehandelingen_en_er_verandert_niets()
    {
        var (casus, b) = await CasusAsync(DemoData.TukkerCode);
        var ayse = await app.IngelogdAlsAsync("behandelaar");
        var pagina = await PaginaAsync(ayse, casus);
        Assert.Null(pagina.QuerySelector("form[action*='handler=Overdracht'], form[action*='handler=InhoudelijkeRegie'], form[action*='handler=TrekIn']"));
        Assert.Null(pagina.QuerySelector($"a[href='/Casussen/{casus}/Afsluiten']"));
        int toewijzingen, overdrachten;
        await using (var db = app.NieuweDbContext())
            (toewijzingen, overdrachten) = (await db.Regietoewijzingen.CountAsync(), await db.Overdrachten.CountAsync());

        var posts = new (string Handler, Dictionary<string, string> Velden)[]
        {
            ("Procesregie", new() { ["Proces.BetrokkeneId"] = b["Ayşe Yılmaz"].ToString() }),
            ("InhoudelijkeRegie", new() { ["Inhoudelijk.BetrokkeneId"] = b["Ayşe Yılmaz"].ToString(), ["Inhoudelijk.Onderdeel"] = "Alles" }),
            ("Beeindig", new() { ["Einde.ToewijzingId"] = Guid.NewGuid().ToString(), ["Einde.Reden"] = "Zomaar" }),
            ("Overdracht", new() { ["Voorstel.OpvolgerId"] = b["Ayşe Yılmaz"].ToString() }),
            ("TrekIn", new()),
        };
        foreach (var (handler, velden) in posts)
            Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(ayse, casus, handler, velden, $"&overdrachtId={Guid.NewGuid()}")).StatusCode);

        var buitenstaander = await app.IngelogdAlsAsync("buitenstaander");
        Assert.Equal(HttpStatusCode.NotFound, (await buitenstaander.GetAsync(Url(casus))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(buitenstaander, casus, "Overdracht", new() { ["Voorstel.OpvolgerId"] = b["Ayşe Yılmaz"].ToString() })).StatusCode);

        await using var controle = app.NieuweDbContext();
        Assert.Equal(toewijzingen, await controle.Regietoewijzingen.CountAsync());
        Assert.Equal(overdrachten, await controle.Overdrachten.CountAsync());
        Assert.True(await controle.Logboek.AnyAsync(l => l.CasusId == casus && l.Actie == LogboekActie.Geweigerd && l.Gebruiker == "Ayşe Yılmaz"));
        Assert.True(await controle.Logboek.AnyAsync(l => l.CasusId == casus && l.Entiteit == "Regie" && l.Actie == LogboekActie.Bekeken && l.Gebruiker == "Ayşe Yılmaz"));
    }

    [Fact]
    public async Task Een_tweede_procesregievoerder_wordt_geweigerd()
    {
        var (casus, b) = await CasusAsync(DemoData.TukkerCode);
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");

        var response = await PostAsync(sanne, casus, "Procesregie", new() { ["Proces.BetrokkeneId"] = b["Ayşe Yılmaz"].ToString() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("voert al de procesregie. Er is altijd één regievoerder", Foutmelding(await RegieApp.LeesHtmlAsync(response), "Proces.BetrokkeneId"), StringComparison.Ordinal);
        await using var db = app.NieuweDbContext();
        Assert.False(await db.Regietoewijzingen.AnyAsync(r => r.CasusId == casus && r.BetrokkeneId == b["Ayşe Yılmaz"] && r.Soort == RegieSoort.Procesregie));
    }

    [Fact]
    public async Task Op_een_casus_zonder_regievoerder_wijst_de_jeugdconsulent_de_procesregie_toe()
    {
        Guid casusId, sanneId;
        await using (var db = app.NieuweDbContext())
        {
            var almelo = await db.Organisaties.SingleAsync(o => o.Naam == "Gemeente Almelo");
            var sanne = await db.Medewerkers.SingleAsync(m => m.Naam == "Sanne de Vries");
            var sjabloon = await db.Sjablonen.OrderByDescending(s => s.Versie).FirstAsync();
            var casus = Casus.Open("TW-2026-0901", "Jansma", almelo, ["OB3B"], Maatregel.Geen, "Ouders zoeken hulp bij opvoeden.", sjabloon, new DateOnly(2026, 11, 1));
            var betrokkene = casus.VoegBetrokkeneToe(new(BetrokkeneSoort.Professional, sanne.Naam, "Jeugdconsulent", sanne.Telefoon, sanne.Email,
                sanne.Bereikbaarheid, almelo.Id, almelo.Naam, almelo.Type, sanne.Id), new DateOnly(2026, 11, 1)).Waarde!;
            db.Casussen.Add(casus);
            await db.SaveChangesAsync();
            (casusId, sanneId) = (casus.Id, betrokkene.Id);
        }
        var client = await app.IngelogdAlsAsync("jeugdconsulent");
        var pagina = await PaginaAsync(client, casusId);
        Assert.Contains("Er is nog geen procesregievoerder.", pagina.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var leeg = await FormulierVoor(pagina, "Procesregie").Met("Proces.Mandaat", "Mag doorzetten.").PostAsync(client);
        Assert.Equal(HttpStatusCode.OK, leeg.StatusCode);
        var fout = await RegieApp.LeesHtmlAsync(leeg);
        Assert.Contains("Kies wie de procesregie voert.", Foutmelding(fout, "Proces.BetrokkeneId"), StringComparison.Ordinal);
        Assert.Equal("Mag doorzetten.", fout.QuerySelector("textarea[name='Proces.Mandaat']")!.TextContent.Trim());

        var response = await FormulierVoor(fout, "Procesregie").Met("Proces.BetrokkeneId", sanneId.ToString()).PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(sanneId, await ProcesregievoerderAsync(casusId));
        var na = await RegieApp.LeesHtmlAsync(await client.GetAsync(response.Headers.Location));
        Assert.Contains("0546 541 100", na.QuerySelector("#procesregievoerder")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Mag doorzetten.", na.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        await using var controle = app.NieuweDbContext();
        Assert.True(await controle.Logboek.AnyAsync(l => l.CasusId == casusId && l.Entiteit == "Regie" && l.Actie == LogboekActie.Aangemaakt));
    }

    [Fact]
    public async Task Vervalste_en_onzinnige_waarden_geven_nooit_een_serverfout()
    {
        var (casus, b) = await CasusAsync(DemoData.TukkerCode);
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var posts = new (string Handler, Dictionary<string, string> Velden, string? Query)[]
        {
            ("Overdracht", new() { ["Voorstel.OpvolgerId"] = "geen-guid" }, null),
            ("Overdracht", new() { ["Voorstel.OpvolgerId"] = Guid.NewGuid().ToString() }, null),
            ("Overdracht", new() { ["Voorstel.OpvolgerId"] = b["Ellen Tukker"].ToString() }, null),
            ("Overdracht", new() { ["Voorstel.OpvolgerId"] = b["Peter Jansen"].ToString(), ["Voorstel.Notitie"] = new string('x', 4001) }, null),
            ("Procesregie", new() { ["Proces.BetrokkeneId"] = b["Ayşe Yılmaz"].ToString(), ["Proces.Mandaat"] = new string('x', 2001) }, null),
            ("InhoudelijkeRegie", new() { ["Inhoudelijk.BetrokkeneId"] = Guid.NewGuid().ToString(), ["Inhoudelijk.Onderdeel"] = "Iets" }, null),
            ("InhoudelijkeRegie", new() { ["Inhoudelijk.BetrokkeneId"] = b["Ayşe Yılmaz"].ToString(), ["Inhoudelijk.Onderdeel"] = new string('x', 201) }, null),
            ("Beeindig", new() { ["Einde.ToewijzingId"] = Guid.NewGuid().ToString(), ["Einde.Reden"] = "Klaar" }, null),
            ("Beeindig", new() { ["Einde.ToewijzingId"] = "1", ["Einde.Reden"] = new string('x', 2001) }, null),
            ("Accepteer", new(), $"&overdrachtId={Guid.NewGuid()}"),
            ("Accepteer", new(), "&overdrachtId=geen-guid"),
            ("WijsAf", new() { ["Afwijzing.Reden"] = "Nee" }, $"&overdrachtId={Guid.NewGuid()}"),
            ("TrekIn", new(), $"&overdrachtId={Guid.NewGuid()}"),
            ("Bestaatniet", new(), null),
        };
        await using var db = app.NieuweDbContext();
        var overdrachten = await db.Overdrachten.CountAsync();

        foreach (var (handler, velden, query) in posts)
        {
            var response = await PostAsync(sanne, casus, handler, velden, query);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{handler}: {(int)response.StatusCode}");
            if (response.StatusCode == HttpStatusCode.OK)
                Assert.NotNull((await RegieApp.LeesHtmlAsync(response)).QuerySelector(".foutsamenvatting"));
        }
        var zonderToken = await sanne.PostAsync($"{Url(casus)}/Overdracht?handler=Overdracht", new FormUrlEncodedContent(new Dictionary<string, string> { ["Voorstel.OpvolgerId"] = b["Peter Jansen"].ToString() }));
        Assert.Equal(HttpStatusCode.BadRequest, zonderToken.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await sanne.GetAsync($"/Casussen/{Guid.NewGuid()}/Regie")).StatusCode);
        Assert.Equal(overdrachten, await db.Overdrachten.CountAsync());
    }
}
