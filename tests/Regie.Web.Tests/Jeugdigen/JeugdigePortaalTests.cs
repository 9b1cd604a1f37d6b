using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Demo;
using Regie.Web.Tests.Beheer;
using static Regie.Web.Tests.Signalen.Signaalhulp;

namespace Regie.Web.Tests.Jeugdigen;

/// <summary>Wesley made 17 (the demo has him at 14), with a phone number and his own portal account, once per fixture.</summary>
public sealed class JeugdigeApp : RegieApp
{
    public const string Email = "wesley.tukker@voorbeeld.nl";
    public const string Telefoon = "06 5555 0016";
    private Task<Guid>? _wesley;

    public Task<Guid> WesleyAsync() => _wesley ??= Task.Run(async () =>
    {
        await using var db = NieuweDbContext();
        var wesley = await db.Betrokkenen.Where(b => b.Naam == "Wesley Tukker").Select(b => b.Id).SingleAsync();
        var geboren = Weergave.Dag(Klok.GetUtcNow()).AddYears(-17);
        await db.Betrokkenen.Where(b => b.Id == wesley)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Geboortedatum, geboren).SetProperty(b => b.Telefoon, Telefoon));
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>();
        var gebruiker = new Gebruiker { UserName = Email, Email = Email, EmailConfirmed = true, Naam = "Wesley Tukker", BetrokkeneId = wesley };
        Assert.True((await users.CreateAsync(gebruiker, DemoData.Wachtwoord)).Succeeded);
        Assert.True((await users.AddToRoleAsync(gebruiker, Rollen.Jeugdige)).Succeeded);
        return wesley;
    });

    public async Task<HttpClient> WesleyClientAsync()
    {
        await WesleyAsync();
        return await IngelogdAlsAsync(Email);
    }
}

/// <summary>The jeugdige's own part of the portal: own taken (not the ouders'), own toestemming, inzage and a copy of their own
/// data; and the ouder's copy without and with the jeugdige's consent.</summary>
public sealed class JeugdigePortaalTests(JeugdigeApp app) : IClassFixture<JeugdigeApp>
{
    private const string Download = "/Ouders/Inzage?handler=Gegevens";

    [Fact]
    public async Task De_jeugdige_ziet_de_eigen_taak_en_niet_de_eigen_taken_van_de_ouders()
    {
        var wesley = await app.WesleyClientAsync();

        var portaal = await HtmlAsync(wesley, "/Ouders");

        Assert.Contains("Aan de mentor vertellen wanneer het op school niet goed gaat.", Tekst(portaal, "#eigen-taken"), StringComparison.Ordinal);
        var tekst = Tekst(portaal, "main");
        Assert.Contains("Peter Jansen", tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("werkplein", tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("bedrijfsarts", tekst, StringComparison.Ordinal);
        Assert.Null(portaal.QuerySelector("a[href='/Ouders/Signaal']"));
        // What stays the ouders': signalen, akkoord and their PDFs.
        Assert.Equal(HttpStatusCode.Redirect, (await wesley.GetAsync("/Ouders/Signaal")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await wesley.GetAsync("/Ouders/Akkoord")).StatusCode);
    }

    [Fact]
    public async Task De_jeugdige_geeft_zelf_toestemming_en_trekt_die_in_twee_keer_intrekken_is_een_keer()
    {
        var casus = await CasusAsync(app);
        var wesley = await app.WesleyClientAsync();
        var pagina = await HtmlAsync(wesley, "/Ouders/Toestemming");
        var organisatie = pagina.QuerySelectorAll("#Geven_OrganisatieId option").Single(o => o.TextContent.Contains("De Linde", StringComparison.Ordinal)).GetAttribute("value")!;

        var leeg = await Formulieren.VerstuurAsync(wesley, "/Ouders/Toestemming", f => f.Id == "geven", new() { ["Geven.OrganisatieId"] = organisatie, ["Geven.Doel"] = "" });
        Assert.Equal(HttpStatusCode.OK, leeg.StatusCode);
        Assert.Contains("Schrijf op waarvoor", Tekst(await RegieApp.LeesHtmlAsync(leeg), "#fout-doel"), StringComparison.Ordinal);

        var gegeven = await Formulieren.VerstuurAsync(wesley, "/Ouders/Toestemming", f => f.Id == "geven", new()
        {
            ["Geven.OrganisatieId"] = organisatie,
            ["Geven.Doel"] = "Praten met school over mijn rooster.",
        });
        Assert.Equal(HttpStatusCode.Redirect, gegeven.StatusCode);
        Guid id;
        await using (var db = app.NieuweDbContext())
        {
            var toestemming = await db.Toestemmingen.SingleAsync(t => t.CasusId == casus && t.Doel == "Praten met school over mijn rooster.");
            Assert.Equal(await app.WesleyAsync(), toestemming.GegevenDoorId);
            Assert.Equal("Wesley Tukker", toestemming.GegevenDoorNaam);
            Assert.Null(toestemming.SamenMetId);
            id = toestemming.Id;
            Assert.True(await db.Logboek.AnyAsync(l => l.CasusId == casus && l.Entiteit == "Toestemming" && l.Actie == LogboekActie.Aangemaakt
                && l.Gebruiker == Rollen.Jeugdige));
        }
        Assert.NotNull((await HtmlAsync(wesley, "/Ouders/Toestemming")).QuerySelector($"a[href='/Ouders/Toestemming/{id}/Intrekken']"));

        var url = $"/Ouders/Toestemming/{id}/Intrekken";
        var formulier = Formulier.Van((await HtmlAsync(wesley, url)).QuerySelector("main form")!, url);
        Assert.Equal(HttpStatusCode.Redirect, (await formulier.PostAsync(wesley)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await formulier.PostAsync(wesley)).StatusCode);

        await using var controle = app.NieuweDbContext();
        var ingetrokken = await controle.Toestemmingen.SingleAsync(t => t.Id == id);
        Assert.NotNull(ingetrokken.IngetrokkenOp);
        Assert.Equal(1, await controle.Logboek.CountAsync(l => l.CasusId == casus && l.Entiteit == "Toestemming" && l.Actie == LogboekActie.Gewijzigd
            && l.Omschrijving!.Contains(id.ToString())));
        Assert.Equal(1, await controle.Meldingen.CountAsync(m => m.CasusId == casus && m.Soort == MeldingSoort.ToestemmingIngetrokken));
    }

    [Fact]
    public async Task De_jeugdige_ziet_het_logboek_en_krijgt_een_kopie_van_alleen_de_eigen_gegevens()
    {
        var wesley = await app.WesleyClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await wesley.GetAsync("/Ouders")).StatusCode);

        var inzage = await HtmlAsync(wesley, "/Ouders/Inzage");
        // The jeugdige's own look at the portal, named as the logboek's reader sees it.
        Assert.Contains(inzage.QuerySelectorAll("#inzage > li"), li => li.TextContent.Contains("Wesley Tukker", StringComparison.Ordinal)
            && li.TextContent.Contains("bekeek het ouderportaal", StringComparison.Ordinal));
        var response = await wesley.GetAsync(Download);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tekst = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(tekst);
        var root = json.RootElement;
        Assert.Equal("Wesley Tukker", root.GetProperty("gemaaktVoor").GetString());
        var personen = root.GetProperty("betrokkenen").EnumerateArray().ToDictionary(p => p.GetProperty("naam").GetString()!);
        Assert.Equal(JeugdigeApp.Telefoon, personen["Wesley Tukker"].GetProperty("telefoon").GetString());
        Assert.True(personen["Wesley Tukker"].TryGetProperty("geboortedatum", out _));
        Assert.False(personen["Ellen Tukker"].TryGetProperty("telefoon", out _));
        Assert.False(personen["Ellen Tukker"].TryGetProperty("email", out _));
        // Ellen never agrees in these tests (Johan may: another test records his consent).
        foreach (var vreemd in new[] { "06 1234 5602", $"ouder@{DemoData.Domein}", "0546 123 456", "werkplein", "bedrijfsarts" })
            Assert.DoesNotContain(vreemd, tekst, StringComparison.Ordinal);
        Assert.Contains("Aan de mentor vertellen", tekst, StringComparison.Ordinal);
        Assert.Contains("ouders en andere gezinsleden", string.Join(" ", root.GetProperty("weggelaten").EnumerateArray().Select(w => w.GetString())), StringComparison.Ordinal);
        await using var db = app.NieuweDbContext();
        Assert.True(await db.Logboek.AnyAsync(l => l.Entiteit == "Inzage" && l.Actie == LogboekActie.Geexporteerd && l.Gebruiker == Rollen.Jeugdige));
    }

    [Fact]
    public async Task De_jeugdige_vraagt_zelf_om_een_correctie_en_ziet_alleen_de_eigen_vragen()
    {
        var casus = await CasusAsync(app);
        var wesley = await app.WesleyClientAsync();
        var ellen = await app.IngelogdAlsAsync($"ouder@{DemoData.Domein}");
        const string vanEllen = "Mijn telefoonnummer is veranderd.";
        const string vanWesley = "Mijn school heet anders.";
        Assert.Equal(HttpStatusCode.Redirect, (await Correctieformulier(await HtmlAsync(ellen, "/Ouders/Correctie"))
            .Met("Input.Onderwerp", "Gezinsgegevens").Met("Input.Toelichting", vanEllen).PostAsync(ellen)).StatusCode);

        var pagina = await HtmlAsync(wesley, "/Ouders/Correctie");
        Assert.DoesNotContain(vanEllen, Tekst(pagina, "main"), StringComparison.Ordinal);
        var verstuurd = await Correctieformulier(pagina).Met("Input.Onderwerp", "Gezinsgegevens").Met("Input.Toelichting", vanWesley).PostAsync(wesley);
        Assert.Equal(HttpStatusCode.Redirect, verstuurd.StatusCode);

        await using var db = app.NieuweDbContext();
        var verzoek = await db.Correctieverzoeken.SingleAsync(v => v.Toelichting == vanWesley);
        Assert.Equal((casus, await app.WesleyAsync()), (verzoek.CasusId, verzoek.IngediendDoorId));
        Assert.True(await db.Meldingen.AnyAsync(m => m.Soort == MeldingSoort.CorrectieGevraagd && m.OnderwerpId == verzoek.Id));
        Assert.Contains(vanWesley, Tekst(await HtmlAsync(wesley, "/Ouders/Correctie"), "main"), StringComparison.Ordinal);
        Assert.DoesNotContain(vanWesley, Tekst(await HtmlAsync(ellen, "/Ouders/Correctie"), "main"), StringComparison.Ordinal);
    }

    private static Formulier Correctieformulier(AngleSharp.Html.Dom.IHtmlDocument pagina) =>
        Formulier.Van(pagina.QuerySelector("main form.formulier")!, "/Ouders/Correctie");

    [Fact]
    public async Task Wat_niet_van_de_jeugdige_is_geeft_404()
    {
        var tukker = await CasusAsync(app);
        var bakker = await CasusAsync(app, DemoData.BakkerCode);
        var wesley = await app.WesleyClientAsync();
        Guid vanJohan;
        await using (var db = app.NieuweDbContext())
            vanJohan = await db.Toestemmingen.Where(t => t.CasusId == tukker && t.GegevenDoorNaam == "Johan Tukker").Select(t => t.Id).FirstAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await wesley.GetAsync($"/Ouders/Toestemming/{vanJohan}/Intrekken")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await wesley.GetAsync($"/Ouders/Toestemming/{Guid.NewGuid()}/Intrekken")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await wesley.GetAsync($"/Casussen/{bakker}/Toestemming")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await wesley.GetAsync($"/Casussen/{tukker}/Toestemming")).StatusCode);
        var andere = await wesley.GetAsync($"/Casussen/{bakker}");
        Assert.NotEqual(HttpStatusCode.OK, andere.StatusCode);
        Assert.DoesNotContain("Noah", await andere.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_kopie_van_de_ouder_bevat_de_gegevens_van_de_jeugdige_alleen_met_diens_toestemming_en_nooit_de_telefoon_van_het_netwerk()
    {
        var casus = await CasusAsync(app);
        var wesley = await app.WesleyClientAsync();
        var ellen = await app.IngelogdAlsAsync(Moeder);

        var zonder = await ellen.GetStringAsync(Download);
        Assert.DoesNotContain(JeugdigeApp.Telefoon, zonder, StringComparison.Ordinal);
        Assert.DoesNotContain("Aan de mentor vertellen", zonder, StringComparison.Ordinal);
        Assert.Contains("16 jaar", Weggelaten(zonder), StringComparison.Ordinal);
        Assert.DoesNotContain("0546 123 456", zonder, StringComparison.Ordinal);
        Assert.Contains("netwerk", Weggelaten(zonder), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await KopieAsync(wesley, "true")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await wesley.PostAsync("/Ouders/Toestemming?handler=Kopie", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["toestaan"] = "true",
            ["__RequestVerificationToken"] = Token(await HtmlAsync(wesley, "/Ouders/Toestemming")),
        }))).StatusCode);
        Assert.Contains("mogen in de kopie", Tekst(await HtmlAsync(wesley, "/Ouders/Toestemming"), "#kopie-status"), StringComparison.Ordinal);

        var met = await ellen.GetStringAsync(Download);
        Assert.Contains(JeugdigeApp.Telefoon, met, StringComparison.Ordinal);
        Assert.Contains("Aan de mentor vertellen", met, StringComparison.Ordinal);
        Assert.DoesNotContain("16 jaar", Weggelaten(met), StringComparison.Ordinal);
        Assert.DoesNotContain("0546 123 456", met, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await KopieAsync(wesley, "false")).StatusCode);
        var weer = await ellen.GetStringAsync(Download);
        Assert.DoesNotContain(JeugdigeApp.Telefoon, weer, StringComparison.Ordinal);

        await using var db = app.NieuweDbContext();
        // Twice "yes" is one change: two lines in all, yes and no.
        Assert.Equal(2, await db.Logboek.CountAsync(l => l.CasusId == casus && l.Entiteit == "Kopietoestemming" && l.Actie == LogboekActie.Gewijzigd));
    }

    [Fact]
    public async Task De_regievoerder_legt_vast_dat_de_gegevens_van_de_andere_ouder_in_de_kopie_mogen_en_alleen_de_regievoerder_mag_dat()
    {
        var casus = await CasusAsync(app);
        Guid johan;
        await using (var db = app.NieuweDbContext())
            johan = await db.Betrokkenen.Where(b => b.CasusId == casus && b.Naam == "Johan Tukker").Select(b => b.Id).SingleAsync();
        var ellen = await app.IngelogdAlsAsync(Moeder);
        var sanne = await app.IngelogdAlsAsync(Regievoerder);
        var ayse = await app.IngelogdAlsAsync("behandelaar");
        Assert.DoesNotContain("06 1234 5601", await ellen.GetStringAsync(Download), StringComparison.Ordinal);
        var url = $"/Casussen/{casus}/Toestemming";
        var verboden = await ayse.PostAsync($"{url}?handler=Kopie&betrokkeneId={johan}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["toestaan"] = "true",
            ["__RequestVerificationToken"] = Token(await HtmlAsync(ayse, url)),
        }));
        Assert.Equal(HttpStatusCode.NotFound, verboden.StatusCode);

        var response = await Formulieren.VerstuurAsync(sanne, url, Formulieren.Handler("Kopie", johan));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var met = await ellen.GetStringAsync(Download);
        Assert.Contains("06 1234 5601", met, StringComparison.Ordinal);
        Assert.DoesNotContain("andere ouder", Weggelaten(met), StringComparison.Ordinal);
        Assert.Contains("mag in de kopie", Tekst(await HtmlAsync(sanne, url), $"#kopie-{johan}"), StringComparison.Ordinal);
        await using var controle = app.NieuweDbContext();
        Assert.True(await controle.Logboek.AnyAsync(l => l.CasusId == casus && l.Entiteit == "Kopietoestemming" && l.Gebruiker == "Sanne de Vries"
            && l.Omschrijving!.Contains(johan.ToString())));
    }

    [Fact]
    public async Task De_vaste_teksten_voor_de_jeugdige_zijn_makkelijk_te_lezen()
    {
        var wesley = await app.WesleyClientAsync();
        var portaal = await HtmlAsync(wesley, "/Ouders");
        var toestemming = await HtmlAsync(wesley, "/Ouders/Toestemming");
        foreach (var keuze in toestemming.QuerySelectorAll("option").ToList()) keuze.Remove();

        // Only what this change wrote for the jeugdige: no names, dates or organisations in these blocks.
        var vast = string.Join("\n", new[] { Tekst(portaal, "#jeugdige-uitleg"), Tekst(toestemming, "section[aria-labelledby='kop-geven']"),
            Tekst(toestemming, "#kopie") });

        var meting = Regie.Web.Tests.Ouders.Leesbaarheid.Meet(vast);
        Assert.True(meting.Woorden > 60, $"Te weinig tekst gemeten: {meting}\n{vast}");
        Assert.True(meting.Score >= 70, $"De teksten voor de jeugdige lezen te moeilijk: {meting}\n{vast}");
    }

    private static Task<HttpResponseMessage> KopieAsync(HttpClient client, string toestaan) =>
        Formulieren.VerstuurAsync(client, "/Ouders/Toestemming",
            f => (f.GetAttribute("action") ?? "").Contains("handler=Kopie", StringComparison.Ordinal)
                && f.QuerySelector("input[name=toestaan]")?.GetAttribute("value") == toestaan);

    private static string Token(AngleSharp.Html.Dom.IHtmlDocument pagina) =>
        pagina.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    private static string Weggelaten(string json)
    {
        using var document = JsonDocument.Parse(json);
        return string.Join(" ", document.RootElement.GetProperty("weggelaten").EnumerateArray().Select(w => w.GetString()));
    }
}
