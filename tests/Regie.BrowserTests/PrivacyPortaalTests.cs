using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Regie.Web.Demo;

namespace Regie.BrowserTests;

/// <summary>The family's privacy rights on a phone: the demo ouder reads who looked at the file, downloads the copy as JSON
/// and as PDF, withdraws the toestemming she gave herself and asks for a correction, which the regievoerder answers; axe clean
/// and no sideways scrolling on the phone.</summary>
public class PrivacyPortaalTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const int Telefoon = 375;

    private static async Task GoedOpDeTelefoonAsync(IPage page)
    {
        await Axe.GeenOvertredingenAsync(page);
        var breedte = await page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth");
        Assert.True(breedte <= Telefoon, $"{page.Url} is {breedte}px breed op een scherm van {Telefoon}px.");
    }

    private static async Task<byte[]> DownloadAsync(IPage page, ILocator link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.Null(await download.FailureAsync());
        await using var bestand = await download.CreateReadStreamAsync();
        using var geheugen = new MemoryStream();
        await bestand.CopyToAsync(geheugen);
        return geheugen.ToArray();
    }

    [Fact]
    public async Task Ouder_leest_wie_keek_downloadt_alles_trekt_toestemming_in_en_vraagt_een_correctie()
    {
        // A professional looks at the casus first, so the ouder has someone to read about.
        var sanne = await app.IngelogdePaginaAsync("jeugdconsulent");
        await sanne.GotoAsync("/Casussen");
        await sanne.GetByRole(AriaRole.Row, new() { Name = "Tukker" }).GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(sanne.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Tukker");

        var ouder = await app.IngelogdePaginaAsync("ouder", Telefoon);
        await ouder.GotoAsync("/Ouders");
        await GoedOpDeTelefoonAsync(ouder);

        // Who looked: a line with the professional's name and organisation.
        await ouder.GetByRole(AriaRole.Link, new() { Name = "Wie heeft ons dossier bekeken?" }).ClickAsync();
        await Assertions.Expect(ouder.GetByRole(AriaRole.Heading, new() { Name = "Wie heeft ons dossier bekeken?" })).ToBeVisibleAsync();
        await Assertions.Expect(ouder.Locator("#inzage li").Filter(new() { HasText = "Sanne de Vries (Gemeente Almelo)" }).First).ToBeVisibleAsync();
        await GoedOpDeTelefoonAsync(ouder);

        // The copy, by clicking: JSON that holds the casus code, and a PDF.
        var json = await DownloadAsync(ouder, ouder.GetByRole(AriaRole.Link, new() { Name = "Download alles wat Regie over ons bewaart (JSON, voor een computer)" }));
        using (var document = JsonDocument.Parse(json))
            Assert.Contains(DemoData.TukkerCode, document.RootElement.GetRawText(), StringComparison.Ordinal);
        var pdf = await DownloadAsync(ouder, ouder.GetByRole(AriaRole.Link, new() { Name = "Download alles wat Regie over ons bewaart (PDF, om te lezen)" }));
        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));

        // Withdraw the toestemming she gave herself, through the confirmation step.
        await ouder.GotoAsync("/Ouders");
        await ouder.GetByRole(AriaRole.Link, new() { Name = "Toestemming om informatie te delen" }).ClickAsync();
        await GoedOpDeTelefoonAsync(ouder);
        var eigen = ouder.Locator("#toestemmingen li").Filter(new() { HasText = "Afstemmen over de hulp bij de opvoeding thuis." });
        await eigen.GetByRole(AriaRole.Link, new() { Name = "Toestemming intrekken" }).ClickAsync();
        await Assertions.Expect(ouder.GetByRole(AriaRole.Heading, new() { Name = "Toestemming intrekken" })).ToBeVisibleAsync();
        await GoedOpDeTelefoonAsync(ouder);
        await ouder.GetByRole(AriaRole.Button, new() { Name = "Ja, toestemming intrekken" }).ClickAsync();
        await Assertions.Expect(ouder.GetByRole(AriaRole.Heading, new() { Name = "Toestemming", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(eigen).ToContainTextAsync("Ingetrokken");
        await GoedOpDeTelefoonAsync(ouder);

        // A correction request: sent without a choice keeps the text, then sent and listed with its term.
        await ouder.GotoAsync("/Ouders");
        await ouder.GetByRole(AriaRole.Link, new() { Name = "Klopt er iets niet?" }).ClickAsync();
        await Assertions.Expect(ouder.GetByRole(AriaRole.Heading, new() { Name = "Klopt er iets niet?" })).ToBeVisibleAsync();
        await GoedOpDeTelefoonAsync(ouder);
        await ouder.GetByLabel("Wat moet er anders?").FillAsync("Mijn telefoonnummer is nu 06 1234 5699.");
        await ouder.GetByRole(AriaRole.Button, new() { Name = "Vraag versturen" }).ClickAsync();
        await Assertions.Expect(ouder.Locator("#fout-onderwerp")).ToHaveTextAsync("Kies wat er niet klopt.");
        await Assertions.Expect(ouder.GetByLabel("Wat moet er anders?")).ToHaveValueAsync("Mijn telefoonnummer is nu 06 1234 5699.");
        await GoedOpDeTelefoonAsync(ouder);
        await ouder.GetByLabel("Gegevens van ons gezin").CheckAsync();
        await ouder.GetByRole(AriaRole.Button, new() { Name = "Vraag versturen" }).ClickAsync();
        var verzoek = ouder.Locator("#verzoeken li").Filter(new() { HasText = "Mijn telefoonnummer is nu 06 1234 5699." });
        await Assertions.Expect(verzoek).ToContainTextAsync("Wacht op antwoord");
        await Assertions.Expect(verzoek).ToContainTextAsync("Antwoord uiterlijk");
        await GoedOpDeTelefoonAsync(ouder);

        // The regievoerder finds it from the Toestemming tab and answers it; the ouder reads the answer on the phone.
        await sanne.GetByRole(AriaRole.Link, new() { Name = "Toestemming", Exact = true }).ClickAsync();
        await sanne.GetByRole(AriaRole.Link, new() { Name = "Naar de verzoeken om correctie" }).ClickAsync();
        await Axe.GeenOvertredingenAsync(sanne);
        await sanne.GetByRole(AriaRole.Link, new() { Name = "Gegevens van ons gezin" }).ClickAsync();
        await Assertions.Expect(sanne.Locator("#verzoek")).ToContainTextAsync("Mijn telefoonnummer is nu 06 1234 5699.");
        await Axe.GeenOvertredingenAsync(sanne);
        await sanne.GetByLabel("Aangepast", new() { Exact = true }).CheckAsync();
        await sanne.GetByLabel("Uitleg aan de ouder").FillAsync("Ik heb uw nieuwe nummer opgeschreven.");
        await sanne.GetByRole(AriaRole.Button, new() { Name = "Antwoord versturen" }).ClickAsync();
        await Assertions.Expect(sanne.Locator("#verzoeken")).ToContainTextAsync("Beantwoord: aangepast");
        await Axe.GeenOvertredingenAsync(sanne);

        await ouder.ReloadAsync();
        await Assertions.Expect(verzoek).ToContainTextAsync("Beantwoord: het is aangepast");
        await Assertions.Expect(verzoek).ToContainTextAsync("Ik heb uw nieuwe nummer opgeschreven.");
        await GoedOpDeTelefoonAsync(ouder);
    }
}
