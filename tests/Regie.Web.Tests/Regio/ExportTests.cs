using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Domain.Vragenlijsten;
using Regie.Web.Data;
using Regie.Web.Demo;
using Regie.Web.Regio;
using Regie.Web.Regio.Export;

namespace Regie.Web.Tests.Regio;

/// <summary>The demo data plus casussen with known Casusstanden and ouders' questionnaires, made once per fixture:
/// Almelo 6 casussen open in 2026 (Tukker and five more) and one closed in 2025, Hengelo 3 (Bakker and two more);
/// 6 ouders' invullingen in Almelo, each with an open answer that must never leave the database.</summary>
public sealed class ExportApp : RegieApp
{
    public const string OpenAntwoord = "Geheim open antwoord over de buurvrouw";
    private Task? _gegevens;

    public Guid Almelo { get; private set; }
    public Guid Hengelo { get; private set; }

    public Task GegevensAsync() => _gegevens ??= Task.Run(ZaaiAsync);

    private async Task ZaaiAsync()
    {
        await using var db = NieuweDbContext();
        var almelo = await db.Organisaties.SingleAsync(o => o.Naam == "Gemeente Almelo");
        var hengelo = await db.Organisaties.SingleAsync(o => o.Naam == "Gemeente Hengelo");
        (Almelo, Hengelo) = (almelo.Id, hengelo.Id);
        var sjabloon = await db.Sjablonen.OrderByDescending(s => s.Versie).FirstAsync();
        var oktober = new DateOnly(2026, 10, 1);
        var november = new DateOnly(2026, 11, 1);

        var nieuw = new List<(Casus Casus, Action<Casusstand> Laatste)>();
        Casus Maak(string code, string gezin, Domain.Organisaties.Organisatie gemeente, string[] indicaties, Maatregel maatregel, int nummer)
        {
            var casus = Casus.Open(code, gezin, gemeente, indicaties, maatregel, $"Hulpvraag van gezin {gezin}.", sjabloon, new DateOnly(2026, 3, 10));
            casus.VoegBetrokkeneToe(new BetrokkeneGegevens(BetrokkeneSoort.Gezinslid, $"Moeder {gezin}", "Moeder", $"06 5555 00{nummer:D2}",
                $"moeder.{gezin.ToLowerInvariant()}@voorbeeld.nl", IsOuder: true), new DateOnly(2026, 3, 10)).Waarde!.ToString();
            db.Casussen.Add(casus);
            return casus;
        }

        nieuw.Add((Maak("EX-2026-0001", "Zeldenrust", almelo, ["OB3B", "OB4A"], Maatregel.Ots, 1), s =>
        {
            s.Leeftijden = ["4-11", "12-15"];
            s.Gezinsleden = 3;
            s.ProfessionalsGi = 2;
            s.AfgesprokenBetrokkenen = true;
            s.Procesregie = Regieplek.GecertificeerdeInstelling;
            s.InhoudelijkZorgaanbieder = 1;
            s.Versies = 2;
            s.DagenTotEersteVaststelling = 17;
            s.EersteVaststelling = new DateOnly(2026, 3, 1);
            (s.Overdrachten, s.OverdrachtenGeaccepteerd, s.OverdrachtenGeweigerd) = (2, 1, 1);
            s.DagenZonderRegievoerder = 9;
            s.Evaluatie = Evaluatiestand.TeLaat;
            s.Herbeoordelen = true;
            (s.Signalen, s.Opschalingen, s.Geescaleerd) = (4, 1, 1);
        }));
        for (var i = 2; i <= 5; i++) nieuw.Add((Maak($"EX-2026-000{i}", $"Almelogezin{(char)('A' + i)}", almelo, ["OB4C"], Maatregel.Geen, i), _ => { }));
        var gesloten = Maak("EX-2025-0009", "Vroeggesloten", almelo, ["OB4E"], Maatregel.Geen, 9);
        for (var i = 6; i <= 7; i++) nieuw.Add((Maak($"EX-2026-000{i}", $"Hengelogezin{(char)('A' + i)}", hengelo, ["OB4C"], Maatregel.Geen, i), _ => { }));

        var ouders = await db.Vragenlijstversies.SingleAsync(v => v.Doelgroep == Doelgroep.Ouders && v.Volgnummer == 1);
        var tukker = await db.Casussen.SingleAsync(c => c.Code == DemoData.TukkerCode);
        for (var i = 0; i < 6; i++)
        {
            var aanbod = Vragenlijstaanbod.VoorOuder(Guid.NewGuid(), ouders, tukker, $"test:{i}", Start);
            var invoer = new Dictionary<string, string?> { ["O1"] = "4", ["O2"] = "2", ["O6"] = "3", ["O7"] = "4", ["O8"] = OpenAntwoord };
            db.VragenlijstInvullingen.Add(VragenlijstInvulling.Maak(aanbod, ouders, invoer, [], Start).Waarde!);
        }
        await db.SaveChangesAsync();

        Casusstand Stand(Casus casus, DateOnly maand) => new()
        {
            Maand = maand, CasusId = casus.Id, GemeenteId = casus.GemeenteId, Indicaties = [.. casus.Indicaties], Maatregel = casus.Maatregel,
            Status = CasusStatus.Actief, Geopend = new DateOnly(2026, 3, 1), Procesregie = Regieplek.Gemeente, Versies = 1,
            Evaluatie = Evaluatiestand.OpTijd, Gezinsleden = 1, BijgewerktOp = Start,
        };
        var bestaand = await db.Casussen.Where(c => c.Code == DemoData.TukkerCode || c.Code == DemoData.BakkerCode).ToListAsync();
        // The app filled this month's rows for the demo casussen at start-up; these tests set their own.
        var demo = bestaand.Select(c => c.Id).ToList();
        await db.Casusstanden.Where(s => demo.Contains(s.CasusId)).ExecuteDeleteAsync();
        foreach (var (casus, laatste) in nieuw.Concat(bestaand.Select(c => (c, (Action<Casusstand>)(_ => { })))))
        {
            db.Casusstanden.Add(Stand(casus, oktober));
            var stand = Stand(casus, november);
            laatste(stand);
            db.Casusstanden.Add(stand);
        }
        var dicht = Stand(gesloten, new DateOnly(2025, 5, 1));
        (dicht.Geopend, dicht.Gesloten, dicht.Status) = (new DateOnly(2025, 1, 1), new DateOnly(2025, 5, 1), CasusStatus.Afgesloten);
        db.Casusstanden.Add(dicht);
        await db.SaveChangesAsync();
    }
}

public sealed partial class ExportTests(ExportApp app) : IClassFixture<ExportApp>
{
    private const string Pagina = "/Regio/Export";
    private const string Jaar = "van=2026-01&tot=2026-12";

    private async Task<HttpClient> RegioAsync()
    {
        await app.GegevensAsync();
        return await app.IngelogdAlsAsync("regiocoordinator");
    }

    private static async Task<(HttpResponseMessage Response, byte[] Bytes)> DownloadAsync(HttpClient client, string bestand, string formaat, string filter = Jaar)
    {
        var response = await client.GetAsync($"{Pagina}?handler={bestand}&formaat={formaat}&{filter}");
        return (response, await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>The CSV's lines (after the BOM) split into fields; no field of these files needs quotes.</summary>
    private static List<string[]> Regels(byte[] bytes) =>
        [.. Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n").Where(r => r.Length > 0).Select(r => r.Split(';'))];

    [Fact]
    public async Task Het_casussenbestand_is_csv_voor_Nederlands_Excel_met_de_laatste_stand_van_elke_casus()
    {
        var regio = await RegioAsync();

        var (response, bytes) = await DownloadAsync(regio, "Casussen", "csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("regie-casussen-2026-01-2026-12.csv", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var tekst = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.EndsWith("\r\n", tekst, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex("[^\r]\n"), tekst);
        var regels = Regels(bytes);
        Assert.Equal(Onderzoeksexport.CasusKolommen, regels[0]);
        var rijen = regels.Skip(1).Select(r => Onderzoeksexport.CasusKolommen.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
        Assert.Equal(9, rijen.Count); // Almelo 6, Hengelo 3; the casus closed in 2025 is not in this period
        Assert.All(regels, r => Assert.Equal(Onderzoeksexport.CasusKolommen.Count, r.Length));

        var z = Assert.Single(rijen, r => r["Dagen tot eerste vaststelling"] == "17");
        Assert.Equal(("Gemeente Almelo", "OB3B, OB4A", "OTS", "actief", "2026-03", ""), (z["Gemeente"], z["Indicaties"], z["Maatregel"], z["Status"], z["Geopend"], z["Gesloten"]));
        Assert.Equal("4-11 jaar, 12-15 jaar", z["Leeftijden jeugdigen"]);
        Assert.Equal(("3", "2", "0"), (z["Gezinsleden"], z["Professionals GI"], z["Professionals gemeente"]));
        Assert.Equal(("ja", "nee", "nee"), (z["Afgesproken betrokkenen"], z["Afgesproken hulpvraag"], z["Afgesproken verandering"]));
        Assert.Equal(("GI", "1", "2"), (z["Procesregie bij"], z["Inhoudelijke regie zorgaanbieder"], z["Versies"]));
        Assert.Equal(("2", "1", "1", "9"), (z["Overdrachten"], z["Overdrachten geaccepteerd"], z["Overdrachten geweigerd"], z["Dagen zonder regievoerder"]));
        Assert.Equal(("te laat", "ja", "4", "1", "1"), (z["Evaluatie"], z["Herbeoordelen"], z["Signalen"], z["Opschalingen"], z["Geëscaleerd"]));
        // The other casussen: their latest row (Versies 1 in both months here), no vaststelling yet.
        Assert.All(rijen.Where(r => r != z), r => Assert.Equal(("", "op tijd", "gemeente"), (r["Dagen tot eerste vaststelling"], r["Evaluatie"], r["Procesregie bij"])));
        Assert.Equal(6, rijen.Count(r => r["Gemeente"] == "Gemeente Almelo"));

        // Months only: no cell holds a day.
        Assert.DoesNotMatch(Dag(), tekst);
        Assert.All(rijen, r => Assert.Matches("^[0-9]{4}-[0-9]{2}$", r["Geopend"]));

        // The closed casus is there when the period reaches back to 2025.
        var (_, heel) = await DownloadAsync(regio, "Casussen", "csv", "van=2025-01&tot=2026-12");
        var gesloten = Assert.Single(Regels(heel).Skip(1), r => r[Onderzoeksexport.CasusKolommen.ToList().IndexOf("Gesloten")] == "2025-05");
        Assert.Equal("afgesloten", gesloten[Onderzoeksexport.CasusKolommen.ToList().IndexOf("Status")]);
    }

    [Fact]
    public async Task Het_antwoordenbestand_heeft_een_regel_per_gesloten_vraag_met_een_komma_als_decimaalteken_en_geen_open_antwoorden()
    {
        var regio = await RegioAsync();

        var (response, bytes) = await DownloadAsync(regio, "Antwoorden", "csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("regie-antwoorden-2026-01-2026-12.csv", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var regels = Regels(bytes);
        Assert.Equal(Onderzoeksexport.AntwoordKolommen, regels[0]);
        var rijen = regels.Skip(1).Select(r => Onderzoeksexport.AntwoordKolommen.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
        Assert.Equal(6 * 4, rijen.Count);
        Assert.Equal(6, rijen.Select(r => r["Invulling"]).Distinct().Count());
        Assert.All(rijen, r => Assert.Matches("^V-[A-Z]{8}$", r["Invulling"]));
        Assert.All(rijen, r => Assert.Equal(("ouders", "2026-11", "Gemeente Almelo", "1"), (r["Doelgroep"], r["Maand"], r["Gemeente"], r["Versie vragenlijst"])));
        Assert.Equal(["O1", "O2", "O6", "O7"], rijen.Take(4).Select(r => r["Vraag"]));
        // O6 (3) and O7 (4) are both rust: 3,5 as Dutch Excel reads it; O1 (4) and O2 (2) duidelijkheid: 3,0.
        var o6 = rijen.First(r => r["Vraag"] == "O6");
        Assert.Equal(("rust", "3", "3,5"), (o6["Thema"], o6["Score"], o6["Themascore invulling"]));
        Assert.Equal(("duidelijkheid", "3,0"), (rijen.First(r => r["Vraag"] == "O2")["Thema"], rijen.First(r => r["Vraag"] == "O2")["Themascore invulling"]));

        var tekst = Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain("O8", tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("Geheim", tekst, StringComparison.OrdinalIgnoreCase);
        var (_, json) = await DownloadAsync(regio, "Antwoorden", "json");
        Assert.DoesNotContain("Geheim", Encoding.UTF8.GetString(json), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Json_heeft_dezelfde_velden_als_de_csv()
    {
        var regio = await RegioAsync();

        foreach (var (bestand, kolommen, aantal) in new[] { ("Casussen", Onderzoeksexport.CasusKolommen, 9), ("Antwoorden", Onderzoeksexport.AntwoordKolommen, 24) })
        {
            var (response, bytes) = await DownloadAsync(regio, bestand, "json");

            Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
            Assert.EndsWith(".json", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'), StringComparison.Ordinal);
            using var doc = JsonDocument.Parse(bytes);
            var rijen = doc.RootElement.EnumerateArray().ToList();
            Assert.Equal(aantal, rijen.Count);
            Assert.All(rijen, r => Assert.Equal(kolommen, r.EnumerateObject().Select(p => p.Name)));
        }
        var (_, casussen) = await DownloadAsync(regio, "Casussen", "json");
        using var c = JsonDocument.Parse(casussen);
        var z = c.RootElement.EnumerateArray().Single(r => r.GetProperty("Dagen tot eerste vaststelling").ValueKind == JsonValueKind.Number);
        Assert.Equal((17, true, "GI", "Gemeente Almelo"), (z.GetProperty("Dagen tot eerste vaststelling").GetInt32(),
            z.GetProperty("Afgesproken betrokkenen").GetBoolean(), z.GetProperty("Procesregie bij").GetString(), z.GetProperty("Gemeente").GetString()));
        var (_, antwoorden) = await DownloadAsync(regio, "Antwoorden", "json");
        using var a = JsonDocument.Parse(antwoorden);
        Assert.Contains(a.RootElement.EnumerateArray(), r => r.GetProperty("Themascore invulling").GetDecimal() == 3.5m);
    }

    [Fact]
    public async Task Het_pseudoniem_is_bij_elke_export_anders_en_geen_id_of_naam_komt_in_een_bestand()
    {
        var regio = await RegioAsync();

        var eerste = Regels((await DownloadAsync(regio, "Casussen", "csv")).Bytes).Skip(1).Select(r => r[0]).ToList();
        var tweede = Regels((await DownloadAsync(regio, "Casussen", "csv")).Bytes).Skip(1).Select(r => r[0]).ToList();

        Assert.All(eerste.Concat(tweede), p => Assert.Matches("^C-[A-Z]{8}$", p));
        Assert.Equal(eerste.Count, eerste.Distinct().Count());
        Assert.Empty(eerste.Intersect(tweede));

        var verboden = new List<string>();
        await using (var db = app.NieuweDbContext())
        {
            foreach (var b in await db.Betrokkenen.ToListAsync()) verboden.AddRange(new[] { b.Naam, b.Telefoon, b.Email }.OfType<string>());
            foreach (var m in await db.Medewerkers.ToListAsync()) verboden.AddRange(new[] { m.Naam, m.Telefoon, m.Email }.OfType<string>());
            foreach (var u in await db.Users.ToListAsync()) verboden.AddRange(new[] { u.Naam, u.Email }.OfType<string>());
            foreach (var c in await db.Casussen.ToListAsync()) verboden.AddRange([c.Gezinsnaam, c.Code, c.Hulpvraag]);
        }
        Assert.Contains("Moeder Zeldenrust", verboden);
        foreach (var (bestand, formaat) in new[] { ("Casussen", "csv"), ("Casussen", "json"), ("Antwoorden", "csv"), ("Antwoorden", "json") })
        {
            var tekst = Encoding.UTF8.GetString((await DownloadAsync(regio, bestand, formaat, "van=2025-01&tot=2026-12")).Bytes);
            Assert.True(tekst.Length > 100, $"{bestand} {formaat} is leeg");
            Assert.DoesNotMatch(GuidPatroon(), tekst);
            Assert.DoesNotMatch(Dag(), tekst);
            foreach (var woord in verboden.Where(w => w.Length > 2))
                Assert.False(tekst.Contains(woord, StringComparison.OrdinalIgnoreCase), $"'{woord}' staat in {bestand} als {formaat}");
        }
    }

    [Fact]
    public async Task Onder_het_minimum_wordt_geweigerd_met_een_melding_en_een_logboekregel()
    {
        var regio = await RegioAsync();

        // Hengelo has 3 casussen in 2026 and no invullingen: both files are refused.
        var casussen = await regio.GetAsync($"{Pagina}?handler=Casussen&formaat=csv&gemeente={app.Hengelo}&{Jaar}");
        var antwoorden = await regio.GetAsync($"{Pagina}?handler=Antwoorden&formaat=json&gemeente={app.Hengelo}&{Jaar}");

        Assert.Equal("text/html", casussen.Content.Headers.ContentType!.MediaType);
        var html = await RegieApp.LeesHtmlAsync(casussen);
        Assert.Contains("er vallen 3 casussen in deze keuze, minder dan 5", html.QuerySelector("#weigering")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Gemeente Hengelo", html.QuerySelector("#Gemeente option[selected]")!.TextContent);
        Assert.NotNull(html.QuerySelector("#te-weinig-casussen"));
        Assert.Null(html.QuerySelector("a[href*='handler=Casussen']"));
        Assert.Contains("0 ingevulde vragenlijsten", (await RegieApp.LeesHtmlAsync(antwoorden)).QuerySelector("#weigering")!.TextContent, StringComparison.Ordinal);

        var (toegestaan, _) = await DownloadAsync(regio, "Casussen", "json", $"gemeente={app.Almelo}&{Jaar}");
        Assert.Equal(HttpStatusCode.OK, toegestaan.StatusCode);

        await using var db = app.NieuweDbContext();
        var regels = await db.Logboek.Where(l => l.Entiteit == "Onderzoeksexport").ToListAsync();
        var weigering = Assert.Single(regels, l => l.Actie == LogboekActie.Geweigerd && l.Omschrijving!.StartsWith("casussen als CSV", StringComparison.Ordinal)
            && l.Omschrijving.Contains(app.Hengelo.ToString(), StringComparison.Ordinal));
        Assert.Contains("3 casussen, minimum 5", weigering.Omschrijving, StringComparison.Ordinal);
        Assert.Contains("periode 2026-01 t/m 2026-12", weigering.Omschrijving, StringComparison.Ordinal);
        Assert.Null(weigering.CasusId);
        Assert.Contains(regels, l => l.Actie == LogboekActie.Geweigerd && l.Omschrijving!.StartsWith("antwoorden als JSON geweigerd: 0 invullingen", StringComparison.Ordinal));
        Assert.Contains(regels, l => l.Actie == LogboekActie.Geexporteerd
            && l.Omschrijving == $"casussen als JSON: 6 rijen. Filter: gemeente {app.Almelo}, indicatie alle, maatregel alle, periode 2026-01 t/m 2026-12.");
    }

    [Fact]
    public async Task De_pagina_toont_de_aantallen_en_de_downloads_van_de_keuze()
    {
        var regio = await RegioAsync();

        var html = await RegieApp.LeesHtmlAsync(await regio.GetAsync($"{Pagina}?indicatie=OB3B&{Jaar}"));
        var standaard = await RegieApp.LeesHtmlAsync(await regio.GetAsync(Pagina));
        var home = await RegieApp.LeesHtmlAsync(await regio.GetAsync("/"));

        // OB3B: Tukker and Zeldenrust.
        Assert.StartsWith("In januari 2026 tot en met december 2026: 2 casussen en 6 ingevulde vragenlijsten", Normaal(html.QuerySelector("#aantallen")!.TextContent));
        Assert.NotNull(html.QuerySelector("#te-weinig-casussen"));
        Assert.StartsWith("In december 2025 tot en met november 2026: 9 casussen en 6 ingevulde vragenlijsten met 24 antwoorden",
            Normaal(standaard.QuerySelector("#aantallen")!.TextContent));
        Assert.Equal("2025-12", standaard.QuerySelector("#Van")!.GetAttribute("value"));
        Assert.Equal(4, standaard.QuerySelectorAll("ul.downloads a").Length);
        var link = standaard.QuerySelectorAll("ul.downloads a").First().GetAttribute("href")!;
        Assert.All(new[] { "handler=Casussen", "formaat=csv", "van=2025-12", "tot=2026-11" }, deel => Assert.Contains(deel, link, StringComparison.Ordinal));
        Assert.NotNull(home.QuerySelector("main a[href='/Regio/Export']"));
    }

    [Theory]
    [InlineData("gemeente=onbekend", "Gemeente", "Deze gemeente kennen we niet.")]
    [InlineData("gemeente=00000000-0000-0000-0000-000000000001", "Gemeente", "Deze gemeente kennen we niet.")]
    [InlineData("indicatie=XX99", "Indicatie", "Deze indicatie kennen we niet.")]
    [InlineData("maatregel=1", "Maatregel", "Deze maatregel kennen we niet.")]
    [InlineData("van=2026-13&tot=2026-12", "Van", "Een maand is 01 tot en met 12.")]
    [InlineData("van=maart&tot=2026-12", "Van", "Kies een maand (zoals 2026-11) of een kwartaal (zoals 2026-K4).")]
    [InlineData("van=%00&tot=2026-12", "Van", "Kies een maand (zoals 2026-11) of een kwartaal (zoals 2026-K4).")]
    [InlineData("van=2026-05&tot=2026-01", "Tot", "Het einde van de periode ligt voor het begin.")]
    [InlineData("van=2010-01&tot=2026-01", "Tot", "Kies een periode van hoogstens 10 jaar.")]
    [InlineData("van=2026-K1&tot=2026-05", "Tot", "Kies twee maanden of twee kwartalen, niet een van elk.")]
    [InlineData("van=2026-01", "Tot", "Kies een maand (zoals 2026-11) of een kwartaal (zoals 2026-K4).")]
    public async Task Onjuiste_keuze_geeft_een_melding_bij_het_veld_en_de_rest_blijft_staan(string fout, string veld, string melding)
    {
        var regio = await RegioAsync();
        var rest = $"{(veld == "Maatregel" ? "" : "maatregel=Ots&")}{(fout.Contains("van=", StringComparison.Ordinal) ? "" : Jaar + "&")}";

        foreach (var url in new[] { $"{Pagina}?{rest}{fout}", $"{Pagina}?handler=Casussen&formaat=csv&{rest}{fout}", $"{Pagina}?handler=Antwoorden&formaat=json&{rest}{fout}" })
        {
            var response = await regio.GetAsync(url);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
            var html = await RegieApp.LeesHtmlAsync(response);
            Assert.StartsWith(melding, html.QuerySelector($"[data-valmsg-for='{veld}']")!.TextContent.Trim(), StringComparison.Ordinal);
            Assert.Equal("true", html.QuerySelector($"#{veld}")!.GetAttribute("aria-invalid"));
            if (veld != "Maatregel") Assert.Equal("Ots", html.QuerySelector("#Maatregel option[selected]")!.GetAttribute("value"));
            Assert.Null(html.QuerySelector("#aantallen"));
        }
    }

    [Fact]
    public async Task Een_onbekend_formaat_is_404()
    {
        var regio = await RegioAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await regio.GetAsync($"{Pagina}?handler=Casussen&formaat=xml&{Jaar}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await regio.GetAsync($"{Pagina}?handler=Casussen&{Jaar}")).StatusCode);
    }

    [Theory]
    [InlineData("jeugdconsulent", "/Account/Geweigerd")]
    [InlineData("ouder", "/Account/Geweigerd")]
    [InlineData("beheerder", "/Account/Geweigerd")]
    [InlineData("regiecontact", "/Account/Geweigerd")]
    [InlineData("anoniem", "/Account/Inloggen")]
    public async Task Een_andere_rol_krijgt_geen_export(string account, string naar)
    {
        await app.GegevensAsync();
        var client = account == "anoniem" ? app.NieuweClient() : await app.IngelogdAlsAsync(account);

        foreach (var url in new[] { Pagina, $"{Pagina}?handler=Casussen&formaat=csv&{Jaar}", $"{Pagina}?handler=Antwoorden&formaat=json&{Jaar}" })
        {
            var response = await client.GetAsync(url);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(naar, new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath);
        }
    }

    private static string Normaal(string tekst) => WitRuimte().Replace(tekst, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WitRuimte();

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidPatroon();

    [GeneratedRegex("[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}-[0-9]{1,2}-[0-9]{4}")]
    private static partial Regex Dag();
}
