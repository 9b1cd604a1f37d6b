using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Domain.Organisaties;

namespace Regie.Web.Tests.Beheer;

public sealed class OrganisatieBeheerTests(RegieApp app) : IClassFixture<RegieApp>
{
    private async Task<Guid> OrganisatieIdAsync(string naam)
    {
        await using var db = app.NieuweDbContext();
        return await db.Organisaties.Where(o => o.Naam == naam).Select(o => o.Id).SingleAsync();
    }

    [Fact]
    public async Task Beheerder_voegt_een_gemeente_toe_en_dat_komt_in_het_logboek()
    {
        var beheerder = await app.IngelogdAlsAsync("beheerder");

        var response = await Formulieren.VerstuurAsync(beheerder, "/Beheer/Organisaties/Bewerken", Formulieren.Hoofdformulier, new()
        {
            ["Input.Naam"] = "Gemeente Enschede",
            ["Input.Type"] = nameof(OrganisatieType.Gemeente),
            ["Input.Gemeentecode"] = "gm0153",
            ["Input.Regio"] = "Twente",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Beheer/Organisaties", response.Headers.Location!.OriginalString);
        var lijst = await RegieApp.LeesHtmlAsync(await beheerder.GetAsync("/Beheer/Organisaties"));
        Assert.Contains("Gemeente Enschede is toegevoegd.", lijst.QuerySelector(".melding")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(lijst.QuerySelectorAll("table tbody tr"), r => r.TextContent.Contains("Gemeente Enschede", StringComparison.Ordinal)
            && r.TextContent.Contains("GM0153", StringComparison.Ordinal));
        await using var db = app.NieuweDbContext();
        var enschede = await db.Organisaties.SingleAsync(o => o.Naam == "Gemeente Enschede");
        Assert.Equal(("GM0153", "Twente", OrganisatieType.Gemeente, true), (enschede.Gemeentecode, enschede.Regio, enschede.Type, enschede.Actief));
        Assert.True(await db.Logboek.AnyAsync(l => l.Entiteit == "Organisatie" && l.Actie == LogboekActie.Aangemaakt
            && l.Gebruiker == "Kees Mulder" && l.Omschrijving!.Contains(enschede.Id.ToString())));
    }

    [Fact]
    public async Task Een_gemeente_zonder_code_krijgt_de_melding_bij_het_veld_en_de_invoer_blijft_staan()
    {
        var beheerder = await app.IngelogdAlsAsync("beheerder");

        var response = await Formulieren.VerstuurAsync(beheerder, "/Beheer/Organisaties/Bewerken", Formulieren.Hoofdformulier, new()
        {
            ["Input.Naam"] = "Gemeente Zonder Code",
            ["Input.Type"] = nameof(OrganisatieType.Gemeente),
            ["Input.Gemeentecode"] = "",
            ["Input.Regio"] = "Achterhoek",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await RegieApp.LeesHtmlAsync(response);
        Assert.Equal("Een gemeente heeft een CBS-gemeentecode zoals GM0141.",
            html.QuerySelector("[data-valmsg-for='Input.Gemeentecode']")!.TextContent.Trim());
        Assert.Contains("Een gemeente heeft een CBS-gemeentecode zoals GM0141.", html.QuerySelector(".foutsamenvatting[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Gemeente Zonder Code", html.QuerySelector("input[name='Input.Naam']")!.GetAttribute("value"));
        Assert.Equal("Achterhoek", html.QuerySelector("input[name='Input.Regio']")!.GetAttribute("value"));
        Assert.Equal("Gemeente", html.QuerySelector("select[name='Input.Type'] option[selected]")!.GetAttribute("value"));
        await using var db = app.NieuweDbContext();
        Assert.False(await db.Organisaties.AnyAsync(o => o.Naam == "Gemeente Zonder Code"));
    }

    [Fact]
    public async Task Een_bestaande_gemeentecode_wordt_geweigerd()
    {
        var beheerder = await app.IngelogdAlsAsync("beheerder");

        var response = await Formulieren.VerstuurAsync(beheerder, "/Beheer/Organisaties/Bewerken", Formulieren.Hoofdformulier, new()
        {
            ["Input.Naam"] = "Tweede Almelo",
            ["Input.Type"] = nameof(OrganisatieType.Gemeente),
            ["Input.Gemeentecode"] = "GM0141",
        });

        var html = await RegieApp.LeesHtmlAsync(response);
        Assert.Equal("Er is al een organisatie met gemeentecode GM0141.",
            html.QuerySelector("[data-valmsg-for='Input.Gemeentecode']")!.TextContent.Trim());
    }

    [Fact]
    public async Task Beheerder_wijzigt_een_organisatie_maar_overschrijft_geen_wijziging_van_een_ander()
    {
        var beheerder = await app.IngelogdAlsAsync("beheerder");
        var id = await OrganisatieIdAsync("Samenwerkingsverband VO Twente");
        var url = $"/Beheer/Organisaties/Bewerken/{id}";

        var response = await Formulieren.VerstuurAsync(beheerder, url, Formulieren.Hoofdformulier, new()
        {
            ["Input.Naam"] = "Samenwerkingsverband VO Twente-Oost",
            ["Input.Type"] = nameof(OrganisatieType.Onderwijs),
            ["Input.Regio"] = "Twente",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        // A form opened before someone else saved may not undo that save.
        var oud = await RegieApp.LeesHtmlAsync(await beheerder.GetAsync(url));
        await Formulieren.VerstuurAsync(beheerder, url, Formulieren.Hoofdformulier, new()
        {
            ["Input.Naam"] = "Samenwerkingsverband Twente",
            ["Input.Type"] = nameof(OrganisatieType.Onderwijs),
        });
        var verouderd = await beheerder.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = oud.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["Input.Versie"] = oud.QuerySelector("input[name='Input.Versie']")!.GetAttribute("value")!,
            ["Input.Naam"] = "Oude naam",
            ["Input.Type"] = nameof(OrganisatieType.Onderwijs),
        }));

        Assert.Equal(HttpStatusCode.OK, verouderd.StatusCode);
        Assert.Contains("intussen gewijzigd", (await RegieApp.LeesHtmlAsync(verouderd)).QuerySelector(".foutsamenvatting")!.TextContent, StringComparison.Ordinal);
        await using var db = app.NieuweDbContext();
        Assert.Equal("Samenwerkingsverband Twente", await db.Organisaties.Where(o => o.Id == id).Select(o => o.Naam).SingleAsync());
        Assert.True(await db.Logboek.AnyAsync(l => l.Entiteit == "Organisatie" && l.Actie == LogboekActie.Gewijzigd && l.Omschrijving!.Contains(id.ToString())));
    }

    [Fact]
    public async Task Beheerder_deactiveert_een_organisatie_en_die_is_niet_meer_te_kiezen_bij_uitnodigen()
    {
        var beheerder = await app.IngelogdAlsAsync("beheerder");
        var id = await OrganisatieIdAsync("Zorgaanbieder Elders");

        var response = await Formulieren.VerstuurAsync(beheerder, "/Beheer/Organisaties", Formulieren.Handler("Deactiveer", id));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.NieuweDbContext();
        Assert.False(await db.Organisaties.Where(o => o.Id == id).Select(o => o.Actief).SingleAsync());
        Assert.True(await db.Logboek.AnyAsync(l => l.Entiteit == "Organisatie" && l.Actie == LogboekActie.Gewijzigd && l.Omschrijving!.Contains("gedeactiveerd")));
        var uitnodigen = await RegieApp.LeesHtmlAsync(await beheerder.GetAsync("/Beheer/Accounts/Professional"));
        var keuzes = uitnodigen.QuerySelectorAll("select[name='Input.OrganisatieId'] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.DoesNotContain(id.ToString(), keuzes);
        Assert.Contains((await OrganisatieIdAsync("Jeugdzorg De Linde")).ToString(), keuzes);
    }
}
