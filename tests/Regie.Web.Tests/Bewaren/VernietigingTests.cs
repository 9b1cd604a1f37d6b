using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Bewaren;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Tests.Regio;

namespace Regie.Web.Tests.Bewaren;

/// <summary>Erasure on request through the real forms: the regievoerder records who asked and when, the beheerder sees code,
/// gemeente and dates and carries it out (closed and anonymised now) or records a legal exception, which the regievoerder
/// reads on the casus. Each decision rings the regievoerder's bell and is logged.</summary>
public sealed class VernietigingTests(RegieApp app) : IClassFixture<RegieApp>
{
    [Fact]
    public async Task Uitgevoerd_verzoek_sluit_en_anonimiseert_de_casus()
    {
        var casusId = await Testgezin.MaakAsync(app, "VN-2026-0001", afsluiten: false);
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var verzoekId = await VastleggenAsync(sanne, casusId);

        var beheerder = await app.IngelogdAlsAsync("beheerder");
        var lijst = await Pagina(beheerder, "/Beheer/Vernietigingsverzoeken");
        var rij = lijst.QuerySelector($"#verzoek-{verzoekId}")!.TextContent;
        Assert.Contains("VN-2026-0001", rij, StringComparison.Ordinal);
        Assert.Contains("20 februari 2027", rij, StringComparison.Ordinal); // asked 20 November + 3 months
        Assert.DoesNotContain("Zwanenburgh", lijst.Body!.TextContent, StringComparison.Ordinal);

        // Without the confirmation: nothing happens.
        var url = $"/Beheer/Vernietigingsverzoeken/{verzoekId}";
        var zonder = await Formulier.Van((await Pagina(beheerder, url)).QuerySelector("form[action*='handler=Uitvoeren']")!, url).PostAsync(beheerder);
        Assert.Equal(HttpStatusCode.OK, zonder.StatusCode);
        Assert.Contains("Vink aan", await zonder.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var uitgevoerd = await Formulier.Van((await Pagina(beheerder, url)).QuerySelector("form[action*='handler=Uitvoeren']")!, url)
            .Met("Uitvoeren.Bevestigd", "true").PostAsync(beheerder);
        Assert.Equal(HttpStatusCode.Redirect, uitgevoerd.StatusCode);

        await using (var db = app.NieuweDbContext())
        {
            var casus = await db.Casussen.AsNoTracking().SingleAsync(c => c.Id == casusId);
            Assert.Equal(CasusStatus.Afgesloten, casus.Status);
            Assert.NotNull(casus.GeanonimiseerdOp);
            Assert.Equal("Gezin", casus.Gezinsnaam);
            Assert.False(await db.Betrokkenen.AnyAsync(b => b.CasusId == casusId && b.Naam.Contains("Zwanenburgh")));
            Assert.Equal(VernietigingStatus.Uitgevoerd, (await db.Vernietigingsverzoeken.SingleAsync(v => v.Id == verzoekId)).Status);
            var ik = await db.Users.SingleAsync(u => u.Email == $"jeugdconsulent@{Demo.DemoData.Domein}");
            Assert.True(await db.Meldingen.AnyAsync(m => m.GebruikerId == ik.Id && m.Soort == MeldingSoort.VernietigingUitgevoerd && m.OnderwerpId == verzoekId));
            var regels = await db.Logboek.AsNoTracking().Where(l => l.CasusId == casusId).ToListAsync();
            Assert.Contains(regels, l => l.Actie == LogboekActie.Geanonimiseerd);
            Assert.Contains(regels, l => l.Entiteit == "Vernietigingsverzoek" && l.Omschrijving == $"Vernietigingsverzoek {verzoekId} uitgevoerd");
        }
        Assert.Equal(HttpStatusCode.NotFound, (await sanne.GetAsync($"/Casussen/{casusId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await sanne.GetAsync($"/Casussen/{casusId}/Vernietiging")).StatusCode);

        // Deciding again: a Dutch message, no second decision.
        var nogEens = await beheerder.PostAsync($"{url}?handler=Uitvoeren", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Uitvoeren.Bevestigd"] = "true",
            ["__RequestVerificationToken"] = (await Pagina(beheerder, "/Beheer/Vernietigingsverzoeken")).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "",
        }));
        Assert.NotEqual(HttpStatusCode.InternalServerError, nogEens.StatusCode);
    }

    [Fact]
    public async Task Wettelijke_uitzondering_laat_de_casus_staan_en_de_regievoerder_leest_waarom()
    {
        var casusId = await Testgezin.MaakAsync(app, "VN-2026-0002", afsluiten: false);
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var verzoekId = await VastleggenAsync(sanne, casusId);
        var beheerder = await app.IngelogdAlsAsync("beheerder");
        var url = $"/Beheer/Vernietigingsverzoeken/{verzoekId}";

        // No explanation: the form again with a message and the choice kept.
        var leeg = await Formulier.Van((await Pagina(beheerder, url)).QuerySelector("form[action*='handler=Niet']")!, url)
            .Met("Niet.Uitzondering", nameof(WettelijkeUitzondering.WettelijkeBewaarplicht)).Met("Niet.Bevestigd", "true").PostAsync(beheerder);
        Assert.Equal(HttpStatusCode.OK, leeg.StatusCode);
        var pagina = await RegieApp.LeesHtmlAsync(leeg);
        Assert.Contains("Leg uit", pagina.QuerySelector("#fout-toelichting")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(nameof(WettelijkeUitzondering.WettelijkeBewaarplicht), ((IHtmlSelectElement)pagina.QuerySelector("#uitzondering")!).Value);

        var niet = await Formulier.Van((await Pagina(beheerder, url)).QuerySelector("form[action*='handler=Niet']")!, url)
            .Met("Niet.Uitzondering", nameof(WettelijkeUitzondering.WettelijkeBewaarplicht)).Met("Niet.Toelichting", "De rechter vroeg om het dossier.")
            .Met("Niet.Bevestigd", "true").PostAsync(beheerder);
        Assert.Equal(HttpStatusCode.Redirect, niet.StatusCode);

        await using (var db = app.NieuweDbContext())
        {
            var casus = await db.Casussen.AsNoTracking().SingleAsync(c => c.Id == casusId);
            Assert.Null(casus.GeanonimiseerdOp);
            Assert.Equal(CasusStatus.Actief, casus.Status);
            Assert.True(await db.Meldingen.AnyAsync(m => m.CasusId == casusId && m.Soort == MeldingSoort.VernietigingNietUitgevoerd));
            Assert.DoesNotContain(await db.Logboek.AsNoTracking().Where(l => l.CasusId == casusId).Select(l => l.Omschrijving).ToListAsync(),
                o => o != null && o.Contains("rechter", StringComparison.Ordinal));
        }
        var status = (await Pagina(sanne, $"/Casussen/{casusId}/Vernietiging")).QuerySelector($"#verzoek-{verzoekId}")!.TextContent;
        Assert.Contains("Niet uitgevoerd", status, StringComparison.Ordinal);
        Assert.Contains("Een andere wet verplicht tot bewaren", status, StringComparison.Ordinal);
        Assert.Contains("De rechter vroeg om het dossier.", status, StringComparison.Ordinal);
        Assert.Contains("VN-2026-0002", (await Pagina(beheerder, "/Beheer/Vernietigingsverzoeken")).QuerySelector("#beslist")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Na_het_afsluiten_legt_de_gemeente_het_verzoek_vast_en_uitvoeren_anonimiseert_meteen()
    {
        var casusId = await Testgezin.MaakAsync(app, "VN-2026-0004");
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent"); // the gemeente's professional; nobody holds regie any more
        var verzoekId = await VastleggenAsync(sanne, casusId);
        var beheerder = await app.IngelogdAlsAsync("beheerder");
        var url = $"/Beheer/Vernietigingsverzoeken/{verzoekId}";
        var pagina = await Pagina(beheerder, url);
        Assert.DoesNotContain("wordt eerst afgesloten", pagina.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Formulier.Van(pagina.QuerySelector("form[action*='handler=Uitvoeren']")!, url)
            .Met("Uitvoeren.Bevestigd", "true").PostAsync(beheerder)).StatusCode);

        await using var db = app.NieuweDbContext();
        var casus = await db.Casussen.AsNoTracking().SingleAsync(c => c.Id == casusId);
        Assert.NotNull(casus.GeanonimiseerdOp);
        Assert.Equal(new DateOnly(2026, 11, 1), casus.Afsluitdatum); // closed on the 20th, as it was, now to the month
    }

    [Fact]
    public async Task Foute_invoer_en_andere_rollen()
    {
        var casusId = await Testgezin.MaakAsync(app, "VN-2026-0003", afsluiten: false);
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var basis = $"/Casussen/{casusId}/Vernietiging";

        // A date in the future, and nobody chosen: Dutch messages, nothing stored.
        var morgen = await Formulier.Van((await Pagina(sanne, basis)).QuerySelector("main form")!, basis)
            .Met("Input.GevraagdOp", "2030-01-01").PostAsync(sanne);
        Assert.Equal(HttpStatusCode.OK, morgen.StatusCode);
        Assert.Contains("Kies wie uit het gezin", await morgen.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var toekomst = await Formulier.Van((await Pagina(sanne, basis)).QuerySelector("main form")!, basis)
            .Met("Input.GevraagdDoorId", Optie(await Pagina(sanne, basis), "Quirijna")).Met("Input.GevraagdOp", "2030-01-01").PostAsync(sanne);
        Assert.Contains("in de toekomst", await toekomst.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using (var db = app.NieuweDbContext()) Assert.False(await db.Vernietigingsverzoeken.AnyAsync(v => v.CasusId == casusId));

        // Bad ids, and the beheerder's pages for other roles (the beheerder sees no casus page either).
        var verzoekId = await VastleggenAsync(sanne, casusId);
        var beheerder = await app.IngelogdAlsAsync("beheerder");
        Assert.Equal(HttpStatusCode.NotFound, (await beheerder.GetAsync($"/Beheer/Vernietigingsverzoeken/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await beheerder.GetAsync("/Beheer/Vernietigingsverzoeken/geen-id")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await beheerder.GetAsync(basis)).StatusCode);
        var geweigerd = await sanne.GetAsync($"/Beheer/Vernietigingsverzoeken/{verzoekId}");
        Assert.Equal(HttpStatusCode.Redirect, geweigerd.StatusCode);
        Assert.Contains("/Account/Geweigerd", geweigerd.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await (await app.IngelogdAlsAsync("ouder")).GetAsync("/Beheer/Vernietigingsverzoeken")).StatusCode);
    }

    private static async Task<Guid> VastleggenAsync(HttpClient sanne, Guid casusId)
    {
        var basis = $"/Casussen/{casusId}/Vernietiging";
        var pagina = await Pagina(sanne, basis);
        var response = await Formulier.Van(pagina.QuerySelector("main form")!, basis)
            .Met("Input.GevraagdDoorId", Optie(pagina, "Quirijna")).Met("Input.GevraagdOp", "2026-11-20").PostAsync(sanne);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var na = await Pagina(sanne, basis);
        Assert.Contains("Wacht op de beheerder", na.QuerySelector("#verzoeken")!.TextContent, StringComparison.Ordinal);
        var id = na.QuerySelector("#verzoeken li")!.Id!["verzoek-".Length..];
        return Guid.Parse(id);
    }

    private static string Optie(IHtmlDocument pagina, string tekst) =>
        pagina.QuerySelectorAll("select[name='Input.GevraagdDoorId'] option").First(o => o.TextContent.Contains(tekst, StringComparison.Ordinal)).GetAttribute("value")!;

    [Fact]
    public async Task Een_nieuw_open_verzoek_blijft_zichtbaar_als_er_veel_besloten_verzoeken_zijn_die_per_bladzijde_komen()
    {
        var casusId = await Testgezin.MaakAsync(app, "VN-2026-0009", afsluiten: false);
        var nu = app.Klok.GetUtcNow();
        var vandaag = Weergave.Dag(nu);
        Guid open;
        await using (var db = app.NieuweDbContext())
        {
            var gezinslid = await db.Betrokkenen.Where(b => b.CasusId == casusId && b.Soort == BetrokkeneSoort.Gezinslid).Select(b => b.Id).FirstAsync();
            // More decided requests than one page, all asked for before the open one.
            for (var i = 0; i < 51; i++)
            {
                var besloten = Vernietigingsverzoek.LegVast(casusId, gezinslid, vandaag.AddDays(-200 + i), vandaag, Guid.NewGuid(), "Sanne de Vries", nu).Moet();
                besloten.NietUitvoeren(WettelijkeUitzondering.BelangVanEenAnder, "Toelichting", Guid.NewGuid(), nu.AddMinutes(i)).Moet();
                db.Vernietigingsverzoeken.Add(besloten);
            }
            var nieuw = Vernietigingsverzoek.LegVast(casusId, gezinslid, vandaag, vandaag, Guid.NewGuid(), "Sanne de Vries", nu).Moet();
            db.Vernietigingsverzoeken.Add(nieuw);
            open = nieuw.Id;
            await db.SaveChangesAsync();
        }

        var beheerder = await app.IngelogdAlsAsync("beheerder");
        var eerste = await Pagina(beheerder, "/Beheer/Vernietigingsverzoeken");
        Assert.NotNull(eerste.QuerySelector($"#verzoek-{open}"));
        Assert.Equal(50, eerste.QuerySelectorAll("#beslist tbody tr").Length);
        Assert.NotNull(eerste.QuerySelector("a[href='?pagina=2']"));
        var tweede = await Pagina(beheerder, "/Beheer/Vernietigingsverzoeken?pagina=2");
        Assert.True(tweede.QuerySelectorAll("#beslist tbody tr").Length >= 1);
        Assert.NotNull(tweede.QuerySelector($"#verzoek-{open}")); // the open ones stand on every page
        Assert.Equal(HttpStatusCode.OK, (await beheerder.GetAsync("/Beheer/Vernietigingsverzoeken?pagina=-3")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await beheerder.GetAsync("/Beheer/Vernietigingsverzoeken?pagina=abc")).StatusCode);
    }

    private static async Task<IHtmlDocument> Pagina(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await RegieApp.LeesHtmlAsync(response);
    }
}
