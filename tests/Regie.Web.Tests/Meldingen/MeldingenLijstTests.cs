using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Handreiking;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Demo;

namespace Regie.Web.Tests.Meldingen;

/// <summary>/Meldingen: one's own meldingen, read and unread, opened through a post that marks them read.</summary>
public sealed class MeldingenLijstTests(RegieApp app) : IClassFixture<RegieApp>
{
    private static async Task<IHtmlDocument> LijstAsync(HttpClient client, string url = "/Meldingen")
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await RegieApp.LeesHtmlAsync(response);
    }

    private static Formulier OpenFormulier(IHtmlDocument lijst, Guid melding) =>
        Formulier.Van(lijst.QuerySelector($"#melding-{melding} form[action*='handler=Open']")
            ?? throw new InvalidOperationException($"Geen formulier om melding {melding} te openen."));

    private static string Tekst(IHtmlDocument lijst, Guid melding) => lijst.QuerySelector($"#melding-{melding}")!.TextContent;

    [Fact]
    public async Task De_lijst_toont_alleen_eigen_meldingen_nieuwste_eerst_en_ongelezen_gemarkeerd()
    {
        var sanne = await Meldingzetter.AccountAsync(app, "jeugdconsulent");
        var peter = await Meldingzetter.AccountAsync(app, "maatschappelijkwerker");
        var tukker = await Meldingzetter.CasusAsync(app, DemoData.TukkerCode);
        var ouder = (await Meldingzetter.ZetAsync(app, sanne, MeldingSoort.NieuweVersie, tukker, gelezen: true, vanaf: RegieApp.Start.AddDays(-2)))[0];
        var nieuwer = (await Meldingzetter.ZetAsync(app, sanne, MeldingSoort.OverdrachtVoorgesteld, tukker, vanaf: RegieApp.Start.AddDays(-1)))[0];
        var vanPeter = (await Meldingzetter.ZetAsync(app, peter, MeldingSoort.NieuweVersie, tukker))[0];
        var client = await app.IngelogdAlsAsync("jeugdconsulent");
        var regelsVoor = await LogboekregelsVanSanneAsync();

        var lijst = await LijstAsync(client);

        var volgorde = lijst.QuerySelectorAll("#meldingen > li").Select(li => li.Id).ToList();
        Assert.True(volgorde.IndexOf($"melding-{nieuwer}") is >= 0 and var i && i < volgorde.IndexOf($"melding-{ouder}"), string.Join(", ", volgorde));
        Assert.DoesNotContain($"melding-{vanPeter}", volgorde);
        var ongelezen = lijst.QuerySelector($"#melding-{nieuwer}")!;
        Assert.Contains("melding-ongelezen", ongelezen.ClassList);
        Assert.Equal("Nieuw", ongelezen.QuerySelector(".label")!.TextContent.Trim());
        Assert.Equal($"U wordt gevraagd de procesregie over te nemen in casus {DemoData.TukkerCode} (Tukker).",
            ongelezen.QuerySelector("button")!.TextContent.Trim());
        var gelezen = lijst.QuerySelector($"#melding-{ouder}")!;
        Assert.DoesNotContain("melding-ongelezen", gelezen.ClassList);
        Assert.Null(gelezen.QuerySelector(".label"));
        Assert.Contains($"Er is een nieuwe geldende versie van de afspraken in casus {DemoData.TukkerCode} (Tukker).", gelezen.TextContent, StringComparison.Ordinal);
        // Reading the list is no view of a casus: no logboek line for it.
        Assert.Equal(regelsVoor, await LogboekregelsVanSanneAsync());
    }

    private async Task<int> LogboekregelsVanSanneAsync()
    {
        await using var db = app.NieuweDbContext();
        return await db.Logboek.CountAsync(l => l.Gebruiker == "Sanne de Vries");
    }

    [Fact]
    public async Task Openen_zet_de_melding_op_gelezen_gaat_naar_de_pagina_en_de_bel_telt_een_minder()
    {
        var peter = await Meldingzetter.AccountAsync(app, "maatschappelijkwerker");
        var tukker = await Meldingzetter.CasusAsync(app, DemoData.TukkerCode);
        var melding = (await Meldingzetter.ZetAsync(app, peter, MeldingSoort.OverdrachtVoorgesteld, tukker, vanaf: RegieApp.Start.AddHours(1)))[0];
        await Meldingzetter.ZetAsync(app, peter, MeldingSoort.NieuweVersie, tukker);
        var client = await app.IngelogdAlsAsync("maatschappelijkwerker");
        var lijst = await LijstAsync(client);
        var voor = Meldingzetter.Teller(lijst);
        Assert.Equal(await Meldingzetter.OngelezenAsync(app, peter), voor);

        var response = await OpenFormulier(lijst, melding).PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Casussen/{tukker}/Regie/Overdracht", response.Headers.Location!.OriginalString);
        await using (var db = app.NieuweDbContext())
            Assert.Equal(app.Klok.GetUtcNow(), (await db.Meldingen.SingleAsync(m => m.Id == melding)).GelezenOp);
        var daarna = await LijstAsync(client);
        Assert.Equal(voor - 1, Meldingzetter.Teller(daarna));
        Assert.DoesNotContain("melding-ongelezen", daarna.QuerySelector($"#melding-{melding}")!.ClassList);
        // The page it leads to shows the lower count too, from the loader's statement.
        Assert.Equal(voor - 1, Meldingzetter.Teller(await LijstAsync(client, response.Headers.Location!.OriginalString)));
    }

    [Fact]
    public async Task De_melding_van_een_ander_openen_geeft_404_en_laat_hem_ongelezen()
    {
        var ayse = await Meldingzetter.AccountAsync(app, "behandelaar");
        var tukker = await Meldingzetter.CasusAsync(app, DemoData.TukkerCode);
        var vanAyse = (await Meldingzetter.ZetAsync(app, ayse, MeldingSoort.NieuweVersie, tukker))[0];
        var sanne = await app.IngelogdAlsAsync("jeugdconsulent");
        var token = (await LijstAsync(sanne)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await sanne.PostAsync($"/Meldingen?handler=Open&id={vanAyse}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        var onzin = await sanne.PostAsync("/Meldingen?handler=Open&id=geen-id",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, onzin.StatusCode);
        await using var db = app.NieuweDbContext();
        Assert.Null((await db.Meldingen.SingleAsync(m => m.Id == vanAyse)).GelezenOp);
    }

    [Fact]
    public async Task Alles_gelezen_zet_alleen_de_eigen_meldingen_op_gelezen()
    {
        var lotte = await Meldingzetter.AccountAsync(app, "buitenstaander");
        var ayse = await Meldingzetter.AccountAsync(app, "behandelaar");
        var bakker = await Meldingzetter.CasusAsync(app, DemoData.BakkerCode);
        await Meldingzetter.ZetAsync(app, lotte, MeldingSoort.NieuweVersie, bakker, 3);
        await Meldingzetter.ZetAsync(app, ayse, MeldingSoort.NieuweVersie, bakker, 2);
        var vanAyse = await Meldingzetter.OngelezenAsync(app, ayse);
        var client = await app.IngelogdAlsAsync("buitenstaander");
        var formulier = Formulier.Van((await LijstAsync(client)).QuerySelector("form[action*='handler=AllesGelezen']")!);

        var response = await formulier.PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, await Meldingzetter.OngelezenAsync(app, lotte));
        Assert.Equal(vanAyse, await Meldingzetter.OngelezenAsync(app, ayse));
        var daarna = await LijstAsync(client, response.Headers.Location!.OriginalString);
        Assert.Equal("De 3 ongelezen meldingen staan op gelezen.", daarna.QuerySelector(".melding-ok")!.TextContent.Trim());
        Assert.Equal("Meldingen", Meldingzetter.Bel(daarna));
        Assert.Empty(daarna.QuerySelectorAll("#meldingen li.melding-ongelezen"));
    }

    [Fact]
    public async Task Een_casus_waarbij_je_niet_meer_betrokken_bent_wordt_niet_genoemd()
    {
        // Sanne is not in Bakker (any more, as far as the melding knows).
        var sanne = await Meldingzetter.AccountAsync(app, "jeugdconsulent");
        var bakker = await Meldingzetter.CasusAsync(app, DemoData.BakkerCode);
        var melding = (await Meldingzetter.ZetAsync(app, sanne, MeldingSoort.NieuweVersie, bakker, vanaf: RegieApp.Start.AddHours(2)))[0];
        var client = await app.IngelogdAlsAsync("jeugdconsulent");

        var lijst = await LijstAsync(client);

        var tekst = Tekst(lijst, melding);
        Assert.Contains("Er is een nieuwe geldende versie van de afspraken in een casus waarbij u niet meer betrokken bent.", tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("Bakker", tekst, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoData.BakkerCode, tekst, StringComparison.Ordinal);
        var response = await OpenFormulier(lijst, melding).PostAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Meldingen", response.Headers.Location!.OriginalString);
        await using var db = app.NieuweDbContext();
        Assert.NotNull((await db.Meldingen.SingleAsync(m => m.Id == melding)).GelezenOp);
    }

    [Fact]
    public async Task Toegevoegd_aan_een_casus_laat_zien_wat_er_is_afgesproken_en_de_eigen_taken()
    {
        var peter = await Meldingzetter.AccountAsync(app, "maatschappelijkwerker");
        var tukker = await Meldingzetter.CasusAsync(app, DemoData.TukkerCode);
        var melding = (await Meldingzetter.ZetAsync(app, peter, MeldingSoort.ToegevoegdAanCasus, tukker, vanaf: RegieApp.Start.AddHours(3)))[0];
        List<string> stappen, eigenTaken, andereTaken;
        await using (var db = app.NieuweDbContext())
        {
            stappen = await db.CasusStappen.Where(s => s.CasusId == tukker && s.Status == StapStatus.Afgesproken).Select(s => s.Titel).ToListAsync();
            var peterInTukker = await db.Betrokkenen.Where(b => b.CasusId == tukker && b.Naam == "Peter Jansen").Select(b => b.Id).SingleAsync();
            eigenTaken = await db.Taken.Where(t => t.CasusId == tukker && t.BetrokkeneId == peterInTukker && t.Status != TaakStatus.Gestopt).Select(t => t.Omschrijving).ToListAsync();
            andereTaken = await db.Taken.Where(t => t.CasusId == tukker && t.BetrokkeneId != peterInTukker).Select(t => t.Omschrijving).ToListAsync();
        }
        Assert.NotEmpty(stappen);
        Assert.NotEmpty(eigenTaken);
        Assert.NotEmpty(andereTaken);
        var client = await app.IngelogdAlsAsync("maatschappelijkwerker");

        var lijst = await LijstAsync(client);

        var bijpraten = lijst.QuerySelector($"#melding-{melding} .bijpraten")!;
        Assert.Equal("Wat is er afgesproken", bijpraten.QuerySelector("h2")!.TextContent.Trim());
        var tekst = bijpraten.TextContent;
        Assert.All(stappen, s => Assert.Contains(s, tekst, StringComparison.Ordinal));
        Assert.All(eigenTaken, t => Assert.Contains(t, tekst, StringComparison.Ordinal));
        Assert.All(andereTaken, t => Assert.DoesNotContain(t, tekst, StringComparison.Ordinal));
        Assert.Equal($"/Casussen/{tukker}", (await OpenFormulier(lijst, melding).PostAsync(client)).Headers.Location!.OriginalString);
        // The taken are casus content: the view is in the casus' logboek.
        await using var db2 = app.NieuweDbContext();
        Assert.True(await db2.Logboek.AnyAsync(l => l.CasusId == tukker && l.Entiteit == "Bijpraten" && l.Actie == LogboekActie.Bekeken && l.Gebruiker == "Peter Jansen"));
    }

    [Fact]
    public async Task Een_regiocoordinator_ziet_een_escalatie_met_alleen_de_casuscode_vijftig_per_pagina()
    {
        var ingrid = await Meldingzetter.AccountAsync(app, "regiocoordinator");
        var tukker = await Meldingzetter.CasusAsync(app, DemoData.TukkerCode);
        var signaal = Guid.NewGuid();
        var ids = await Meldingzetter.ZetAsync(app, ingrid, MeldingSoort.SignaalGeescaleerd, tukker, 55, onderwerp: signaal);
        var client = await app.IngelogdAlsAsync("regiocoordinator");

        var eerste = await LijstAsync(client);
        var tweede = await LijstAsync(client, "/Meldingen?pagina=2");
        var voorbij = await LijstAsync(client, "/Meldingen?pagina=99");

        Assert.Equal(50, eerste.QuerySelectorAll("#meldingen > li").Length);
        Assert.Equal(5, tweede.QuerySelectorAll("#meldingen > li").Length);
        Assert.Equal(5, voorbij.QuerySelectorAll("#meldingen > li").Length);
        Assert.NotNull(eerste.QuerySelector($"#melding-{ids[^1]}")); // newest first
        Assert.NotNull(tweede.QuerySelector($"#melding-{ids[0]}"));
        Assert.Equal("Meldingen, 55 ongelezen", Meldingzetter.Bel(eerste));
        var tekst = Tekst(eerste, ids[^1]);
        Assert.Contains($"Een signaal in casus {DemoData.TukkerCode} is naar de gemeente gegaan.", tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("Tukker", eerste.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var response = await OpenFormulier(eerste, ids[^1]).PostAsync(client);
        Assert.Equal($"/Escalaties/{signaal}", response.Headers.Location!.OriginalString);
    }
}
