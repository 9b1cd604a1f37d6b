using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;

namespace Regie.BrowserTests;

/// <summary>The browser app with Regie:Regio:MinimumAantal at 2: the demo's two casussen are then just enough for an export
/// of the whole region, while one gemeente (one casus) is still too few.</summary>
public sealed class RegioBrowserApp : BrowserApp
{
    public const int Minimum = 2;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Regie:Regio:MinimumAantal", Minimum.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>The regiocoördinator filters the dashboard, makes a mistake in the period, and downloads the research export;
/// every page passes axe and the file holds no name of the demo data.</summary>
public class RegioTests(RegioBrowserApp app) : IClassFixture<RegioBrowserApp>
{
    /// <summary>Every person and family name in src/Regie.Web/Demo/DemoData.cs, as written there (case matters: "Ellen" is
    /// not "vaststellen").</summary>
    private static readonly string[] DemoNamen =
    [
        "Tukker", "Bakker", "Johan", "Ellen", "Wesley", "Gerda", "Linda", "Noah", "Sanne", "de Vries", "Martijn", "Kok",
        "Ayşe", "Yılmaz", "Peter", "Jansen", "Lotte", "Buiten", "Femke", "Smit", "Marloes", "van Dam", "Joost", "Hendriks",
        "Ingrid", "Bos",
    ];

    [Fact]
    public async Task Regiocoordinator_filtert_de_cijfers_en_downloadt_de_onderzoeksexport()
    {
        var page = await app.IngelogdePaginaAsync("regiocoordinator");
        await page.GotoAsync("/Regio");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cijfers van de regio", Level = 1 })).ToBeVisibleAsync();

        // Filter as a user would: one gemeente, October through November 2026 (both demo casussen opened then).
        await page.GetByLabel("Gemeente", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Gemeente Almelo" });
        await page.GetByLabel("Van", new() { Exact = true }).FillAsync("2026-10");
        await page.GetByLabel("Tot en met", new() { Exact = true }).FillAsync("2026-11");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cijfers tonen" }).ClickAsync();
        await page.WaitForURLAsync("**/Regio?*Van=2026-10*");

        // The choice stays in the form and the figures say which period they cover.
        await Assertions.Expect(page.Locator("#Gemeente option:checked")).ToHaveTextAsync("Gemeente Almelo");
        await Assertions.Expect(page.GetByLabel("Van", new() { Exact = true })).ToHaveValueAsync("2026-10");
        await Assertions.Expect(page.Locator("#bijgewerkt")).ToContainTextAsync("Periode: oktober 2026 tot en met november 2026.");
        // Almelo has one casus (Tukker): below the minimum, so it shows as "< 2", never as 1.
        var casussen = page.GetByRole(AriaRole.Region, new() { Name = "Casussen", Exact = true });
        await Assertions.Expect(casussen.GetByRole(AriaRole.Heading, new() { Name = "Casussen", Level = 2 })).ToBeVisibleAsync();
        await Assertions.Expect(casussen.Locator("dd").First).ToHaveTextAsync($"< {RegioBrowserApp.Minimum}");
        await Assertions.Expect(casussen.GetByRole(AriaRole.Cell, new() { Name = $"< {RegioBrowserApp.Minimum}", Exact = true }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("Tukker");
        await Axe.GeenOvertredingenAsync(page);

        // A period that ends before it starts: the message next to "Tot en met", every other choice kept.
        await page.GetByLabel("Van", new() { Exact = true }).FillAsync("2026-11");
        await page.GetByLabel("Tot en met", new() { Exact = true }).FillAsync("2026-09");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cijfers tonen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#fout-tot")).ToHaveTextAsync("Het einde van de periode ligt voor het begin. Kies een latere eindperiode.");
        await Assertions.Expect(page.Locator("#Gemeente option:checked")).ToHaveTextAsync("Gemeente Almelo");
        await Assertions.Expect(page.GetByLabel("Van", new() { Exact = true })).ToHaveValueAsync("2026-11");
        await Assertions.Expect(page.GetByLabel("Tot en met", new() { Exact = true })).ToHaveValueAsync("2026-09");
        await Assertions.Expect(page.Locator("#sectie-casussen")).ToHaveCountAsync(0);
        await Axe.GeenOvertredingenAsync(page);

        // From the dashboard to the export.
        await page.GetByRole(AriaRole.Link, new() { Name = "Onderzoeksexport" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Onderzoeksexport", Level = 1 })).ToBeVisibleAsync();
        await Axe.GeenOvertredingenAsync(page);

        // Almelo alone is one casus: no download link, the reason instead.
        var downloadCsv = page.GetByRole(AriaRole.Link, new() { Name = "Casussen als CSV (Excel)" });
        await page.GetByLabel("Gemeente", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Gemeente Almelo" });
        await page.GetByLabel("Van (maand of kwartaal)", new() { Exact = true }).FillAsync("2026-10");
        await page.GetByLabel("Tot en met", new() { Exact = true }).FillAsync("2026-11");
        await page.GetByRole(AriaRole.Button, new() { Name = "Toon wat erin komt" }).ClickAsync();
        await Assertions.Expect(page.Locator("#aantallen")).ToContainTextAsync("1 casus");
        await Assertions.Expect(page.Locator("#te-weinig-casussen"))
            .ToHaveTextAsync($"Te weinig casussen om te downloaden: er moeten er minstens {RegioBrowserApp.Minimum} zijn.");
        await Assertions.Expect(downloadCsv).ToHaveCountAsync(0);
        await Axe.GeenOvertredingenAsync(page);

        // The whole region: two casussen, enough to download.
        await page.GetByLabel("Gemeente", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Alle gemeenten" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Toon wat erin komt" }).ClickAsync();
        await Assertions.Expect(page.Locator("#aantallen")).ToContainTextAsync("2 casussen");
        await Axe.GeenOvertredingenAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(() => downloadCsv.ClickAsync());
        Assert.Null(await download.FailureAsync());
        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        await using var bestand = await download.CreateReadStreamAsync();
        using var geheugen = new MemoryStream();
        await bestand.CopyToAsync(geheugen);
        var bytes = geheugen.ToArray();

        // Dutch Excel: UTF-8 with a BOM, ';' between the columns, one row per casus.
        Assert.True(bytes.Length > 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "Het bestand begint niet met de UTF-8-BOM.");
        var tekst = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        var regels = tekst.Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Pseudoniem;Gemeente;Indicaties;Maatregel;", regels[0], StringComparison.Ordinal);
        Assert.Equal(2, regels.Length - 1);
        Assert.All(regels.Skip(1), r => Assert.Equal(regels[0].Split(';').Length, r.Split(';').Length));
        foreach (var naam in DemoNamen)
            Assert.False(tekst.Contains(naam, StringComparison.Ordinal), $"'{naam}' staat in de export:\n{tekst}");
    }
}
