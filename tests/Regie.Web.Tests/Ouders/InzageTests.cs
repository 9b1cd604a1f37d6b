using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Demo;
using Regie.Web.Pages.Ouders;
using Regie.Web.Tests.Pdf;
using static Regie.Web.Tests.Signalen.Signaalhulp;

namespace Regie.Web.Tests.Ouders;

/// <summary>"Wie heeft ons dossier bekeken?" and the download of all Regie keeps (AVG artikel 15): only the ouder's own casus,
/// in plain words, without what belongs to the other ouder or a jeugdige from 16.</summary>
public sealed class InzageTests(RegieApp app) : IClassFixture<RegieApp>
{
    private const string Inzage = "/Ouders/Inzage";
    private const string Download = "/Ouders/Inzage?handler=Gegevens";

    [Fact]
    public async Task De_ouder_ziet_dat_de_jeugdconsulent_het_overzicht_bekeek_met_naam_en_organisatie()
    {
        var casus = await CasusAsync(app);
        var sanne = await app.IngelogdAlsAsync(Regievoerder);
        var ellen = await app.IngelogdAlsAsync(Moeder);
        Assert.Equal(HttpStatusCode.OK, (await sanne.GetAsync($"/Casussen/{casus}")).StatusCode);
        string organisatie;
        await using (var db = app.NieuweDbContext())
            organisatie = await db.Medewerkers.Where(m => m.Naam == "Sanne de Vries")
                .Join(db.Organisaties, m => m.OrganisatieId, o => o.Id, (m, o) => o.Naam).SingleAsync();

        var pagina = await HtmlAsync(ellen, Inzage);

        var eerste = pagina.QuerySelectorAll("#inzage > li").First(li => li.TextContent.Contains("Sanne de Vries", StringComparison.Ordinal));
        Assert.Equal("Sanne de Vries", eerste.QuerySelector(".inzage-wie")!.TextContent);
        Assert.Contains($"({organisatie})", eerste.TextContent, StringComparison.Ordinal);
        Assert.Equal("bekeek het overzicht", eerste.QuerySelector(".inzage-wat")!.TextContent);
        Assert.Matches(@"\d{1,2} [a-z]+ \d{4}", eerste.QuerySelector(".inzage-wanneer")!.TextContent);
        // Reachable from the portal's start page; the look itself is in the logboek.
        Assert.NotNull((await HtmlAsync(ellen, "/Ouders")).QuerySelector($"main a[href='{Inzage}']"));
        await using (var db = app.NieuweDbContext())
            Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == casus && l.Entiteit == "Inzage" && l.Actie == LogboekActie.Bekeken));
    }

    [Fact]
    public async Task Een_regel_van_een_ander_gezin_staat_er_nooit_in()
    {
        var bakker = await CasusAsync(app, DemoData.BakkerCode);
        const string vreemde = "Kees Bakkerkijker";
        await using (var db = app.NieuweDbContext())
        {
            db.Logboek.Add(new LogboekRegel(app.Klok.GetUtcNow(), null, vreemde, bakker, "Casus", LogboekActie.Bekeken, null, null));
            await db.SaveChangesAsync();
        }
        var ellen = await app.IngelogdAlsAsync(Moeder);
        var linda = await OuderAsync(app, DemoData.BakkerCode, "Linda Bakker");

        Assert.DoesNotContain(vreemde, Tekst(await HtmlAsync(ellen, Inzage), "main"), StringComparison.Ordinal);
        Assert.DoesNotContain(vreemde, await (await ellen.GetAsync(Download)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // Bakker's own ouder does see it: the line is there to be found.
        Assert.Contains(vreemde, Tekst(await HtmlAsync(linda, Inzage), "main"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vijftig_regels_per_pagina_en_oudere_regels_op_de_volgende()
    {
        var casus = await CasusAsync(app);
        var ellen = await app.IngelogdAlsAsync(Moeder);
        int totaal;
        await using (var db = app.NieuweDbContext())
        {
            // Older than everything else, written by the scheduler.
            for (var i = 0; i < 120; i++)
                db.Logboek.Add(new LogboekRegel(RegieApp.Start.AddYears(-1).AddMinutes(i), null, "systeem", casus, "Casus", LogboekActie.Gewijzigd, null, null));
            await db.SaveChangesAsync();
            totaal = await db.Logboek.CountAsync(l => l.CasusId == casus);
        }

        var eerste = await HtmlAsync(ellen, Inzage);
        Assert.Equal(InzageModel.PerPagina, eerste.QuerySelectorAll("#inzage > li").Length);
        Assert.Equal("Oudere regels", eerste.QuerySelector("a[href='?pagina=2']")?.TextContent);

        // Each view adds a line at the top, so the last page is counted after the views before it.
        var laatsteNummer = (totaal + 1 + 49) / 50;
        var laatste = await HtmlAsync(ellen, $"{Inzage}?pagina={laatsteNummer}");
        var regels = laatste.QuerySelectorAll("#inzage > li");
        Assert.Equal(totaal + 1 - 50 * (laatsteNummer - 1), regels.Length);
        Assert.Equal(Inzageregels.Automatisch, regels[^1].QuerySelector(".inzage-wie")!.TextContent);
        Assert.Equal("wijzigde de gegevens van het dossier", regels[^1].QuerySelector(".inzage-wat")!.TextContent);
        Assert.Null(laatste.QuerySelector($"a[href='?pagina={laatsteNummer + 1}']"));
        Assert.NotNull(laatste.QuerySelector($"a[href='?pagina={laatsteNummer - 1}']"));
    }

    [Fact]
    public async Task De_download_heeft_alles_van_de_ouder_maar_niet_de_contactgegevens_van_de_andere_ouder_of_een_jeugdige_van_16()
    {
        var casus = await CasusAsync(app);
        await using (var db = app.NieuweDbContext())
        {
            var tukker = await db.Casussen.Include(c => c.Betrokkenen).SingleAsync(c => c.Id == casus);
            var vandaag = Weergave.Dag(app.Klok.GetUtcNow());
            Assert.True(tukker.VoegBetrokkeneToe(new BetrokkeneGegevens(BetrokkeneSoort.Gezinslid, "Lisa Tukker", "Dochter", "06 5555 0017",
                "lisa@voorbeeld.nl", Geboortedatum: vandaag.AddYears(-17)), vandaag).Gelukt);
            await db.SaveChangesAsync();
        }
        var ellen = await app.IngelogdAlsAsync(Moeder);
        var johan = await OuderAsync(app, DemoData.TukkerCode, "Johan Tukker");
        await GeefSignaalAsync(ellen, toelichting: "Ellen haar eigen signaal over de school.");
        await GeefSignaalAsync(johan, toelichting: "Johan zijn eigen signaal over het werk.");

        var response = await ellen.GetAsync(Download);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal($"regie-gegevens-{Weergave.Dag(app.Klok.GetUtcNow()):yyyy-MM-dd}.json", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        var tekst = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(tekst);
        var root = json.RootElement;
        foreach (var deel in new[] { "casus", "betrokkenen", "afspraken", "taken", "vastgesteldeVersies", "signalen", "logboek", "weggelaten" })
            Assert.True(root.TryGetProperty(deel, out _), $"'{deel}' ontbreekt");
        Assert.Equal(DemoData.TukkerCode, root.GetProperty("casus").GetProperty("code").GetString());
        Assert.Equal("Ellen Tukker", root.GetProperty("gemaaktVoor").GetString());

        var personen = root.GetProperty("betrokkenen").EnumerateArray().ToDictionary(p => p.GetProperty("naam").GetString()!);
        Assert.Equal("06 1234 5602", personen["Ellen Tukker"].GetProperty("telefoon").GetString());
        Assert.Equal($"ouder@{DemoData.Domein}", personen["Ellen Tukker"].GetProperty("email").GetString());
        // The other ouder and the jeugdige of 17: name and role, no contact details (AVG 15(4)).
        Assert.Equal("Vader", personen["Johan Tukker"].GetProperty("rol").GetString());
        Assert.False(personen["Johan Tukker"].TryGetProperty("telefoon", out _));
        Assert.Equal("Dochter", personen["Lisa Tukker"].GetProperty("rol").GetString());
        Assert.False(personen["Lisa Tukker"].TryGetProperty("geboortedatum", out _));
        Assert.DoesNotContain("06 1234 5601", tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("06 5555 0017", tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("lisa@voorbeeld.nl", tekst, StringComparison.Ordinal);
        var weggelaten = string.Join(" ", root.GetProperty("weggelaten").EnumerateArray().Select(w => w.GetString()));
        Assert.Contains("andere ouder", weggelaten, StringComparison.Ordinal);
        Assert.Contains("16 jaar", weggelaten, StringComparison.Ordinal);

        // Her own signaal, not Johan's; the afspraken per step; the logboek as on the page.
        Assert.Contains("Ellen haar eigen signaal over de school.", tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("Johan zijn eigen signaal", tekst, StringComparison.Ordinal);
        Assert.NotEmpty(root.GetProperty("afspraken").EnumerateArray());
        Assert.Contains(root.GetProperty("logboek").EnumerateArray(), r => r.GetProperty("wat").GetString() == "gaf een signaal");

        await using (var db = app.NieuweDbContext())
            Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == casus && l.Entiteit == "Inzage" && l.Actie == LogboekActie.Geexporteerd));
        Assert.Contains("downloadde alles wat Regie over het gezin bewaart", Tekst(await HtmlAsync(ellen, Inzage), "main"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dezelfde_gegevens_als_pdf_om_te_lezen()
    {
        var casus = await CasusAsync(app);
        var ellen = await app.IngelogdAlsAsync(Moeder);

        var response = await ellen.GetAsync("/Ouders/Gegevens.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = PdfInhoud.Lees(await response.Content.ReadAsByteArrayAsync(), "inzage");
        foreach (var tekst in new[] { "Alles wat Regie over u bewaart", DemoData.TukkerCode, "Ellen Tukker", "06 1234 5602", "Johan Tukker",
                     "De afspraken per stap", "Wie heeft uw dossier bekeken?", "Wat staat er niet in, en waarom?", "andere ouder" })
            Assert.True(pdf.Bevat(tekst), $"'{tekst}' ontbreekt: {pdf.Alles}");
        Assert.False(pdf.Bevat("06 1234 5601"));
        await using var db = app.NieuweDbContext();
        Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == casus && l.Entiteit == "Inzage" && l.Actie == LogboekActie.Geexporteerd
            && l.Omschrijving == "Alles wat Regie bewaart, als PDF"));
    }

    [Fact]
    public async Task Een_ouder_zonder_casus_krijgt_hetzelfde_als_op_het_portaal()
    {
        var email = $"zonder.casus.{Guid.NewGuid():N}@voorbeeld.nl";
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>();
            var gebruiker = new Gebruiker { UserName = email, Email = email, EmailConfirmed = true, Naam = "Zonder Casus" };
            Assert.True((await users.CreateAsync(gebruiker, DemoData.Wachtwoord)).Succeeded);
            Assert.True((await users.AddToRoleAsync(gebruiker, Rollen.Ouder)).Succeeded);
        }
        var ouder = await app.IngelogdAlsAsync(email);

        var portaal = await ouder.GetAsync("/Ouders");
        Assert.Equal(HttpStatusCode.NotFound, portaal.StatusCode);
        Assert.Equal(portaal.StatusCode, (await ouder.GetAsync(Inzage)).StatusCode);
        Assert.Equal(portaal.StatusCode, (await ouder.GetAsync(Download)).StatusCode);
        Assert.Equal(portaal.StatusCode, (await ouder.GetAsync("/Ouders/Gegevens.pdf")).StatusCode);
    }

    [Theory]
    [InlineData(Regievoerder)]
    [InlineData("regiocoordinator")]
    public async Task Een_andere_rol_krijgt_wat_ze_op_het_portaal_krijgt(string account)
    {
        var client = await app.IngelogdAlsAsync(account);
        var portaal = await client.GetAsync("/Ouders");

        foreach (var url in new[] { Inzage, Download, "/Ouders/Gegevens.pdf" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(portaal.StatusCode, response.StatusCode);
            Assert.Equal(portaal.Headers.Location?.AbsolutePath, response.Headers.Location?.AbsolutePath);
            Assert.NotEqual("application/json", response.Content.Headers.ContentType?.MediaType);
        }
    }
}
