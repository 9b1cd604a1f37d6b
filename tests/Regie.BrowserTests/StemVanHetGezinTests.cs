using Microsoft.Playwright;
using static Regie.BrowserTests.Scherm;

namespace Regie.BrowserTests;

/// <summary>The family's voice on a phone: the regievoerder lays the afspraken before the ouders, the mother agrees on a
/// 375 px screen; the casus closes with the questionnaire, which she fills in there too. Every page visited passes axe
/// and fits the screen.</summary>
public class StemVanHetGezinTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const int Telefoon = 375;

    [Fact]
    public async Task Een_ouder_zegt_op_een_telefoon_ja_tegen_de_afspraken_en_vult_daarna_de_vragenlijst_in()
    {
        var sanne = await app.IngelogdePaginaAsync("jeugdconsulent");
        await sanne.GotoAsync("/Casussen");
        await sanne.GetByRole(AriaRole.Row, new() { Name = "Tukker" }).GetByRole(AriaRole.Link).First.ClickAsync();
        var casusUrl = new Uri(sanne.Url).AbsolutePath.TrimEnd('/');
        await sanne.GotoAsync($"{casusUrl}/Vaststellen");
        await sanne.GetByRole(AriaRole.Button, new() { Name = "Voorleggen aan de ouders" }).ClickAsync();
        await Axe.GeenOvertredingenAsync(sanne);

        // The mother on her phone: the home page asks, the summary says who does what and what the regievoerder may decide.
        var ouder = await app.IngelogdePaginaAsync("ouder", Telefoon);
        await ouder.GotoAsync("/Ouders");
        await Assertions.Expect(ouder.GetByRole(AriaRole.Heading, new() { Name = "Nieuwe afspraken" })).ToBeVisibleAsync();
        await Axe.GeenOvertredingenAsync(ouder);
        await PastOpHetSchermAsync(ouder);
        await ouder.GetByRole(AriaRole.Link, new() { Name = "Afspraken lezen" }).ClickAsync();
        await Assertions.Expect(ouder.GetByRole(AriaRole.Heading, new() { Name = "Bent u het eens met de afspraken?" })).ToBeVisibleAsync();
        await Assertions.Expect(ouder.GetByRole(AriaRole.Heading, new() { Name = "Wat mag de regievoerder beslissen?" })).ToBeVisibleAsync();
        await Axe.GeenOvertredingenAsync(ouder);
        await PastOpHetSchermAsync(ouder);

        // "Nee" without saying why: a message next to the field, nothing lost; then she agrees.
        await ouder.GetByLabel("Nee, ik ben het niet eens").CheckAsync();
        await ouder.GetByRole(AriaRole.Button, new() { Name = "Antwoord versturen" }).ClickAsync();
        await Assertions.Expect(ouder.Locator("#fout-opmerking")).Not.ToBeEmptyAsync();
        await Assertions.Expect(ouder.GetByLabel("Nee, ik ben het niet eens")).ToBeCheckedAsync();
        await Axe.GeenOvertredingenAsync(ouder);
        await ouder.GetByLabel("Ja, ik ben het eens").CheckAsync();
        await ouder.GetByLabel("Wilt u iets zeggen over de afspraken?").FillAsync("Fijn dat het op papier staat.");
        await ouder.GetByRole(AriaRole.Button, new() { Name = "Antwoord versturen" }).ClickAsync();
        await Assertions.Expect(ouder.GetByRole(AriaRole.Status).Filter(new() { HasText = "ja, ik ben het eens" })).ToBeVisibleAsync();
        await Axe.GeenOvertredingenAsync(ouder);
        await PastOpHetSchermAsync(ouder);

        // The regievoerder sees her answer and closes the casus, asking for the questionnaire.
        await sanne.GotoAsync($"{casusUrl}/Vaststellen");
        await Assertions.Expect(sanne.Locator("main")).ToContainTextAsync("Fijn dat het op papier staat.");
        await sanne.GotoAsync($"{casusUrl}/Afsluiten");
        await sanne.GetByLabel("Reden van afsluiten").FillAsync("De hulp is klaar.");
        await sanne.GetByLabel("Laatste evaluatie").FillAsync("Het gaat goed thuis.");
        await sanne.GetByLabel("Ja", new() { Exact = true }).CheckAsync();
        await sanne.GetByRole(AriaRole.Button, new() { Name = "Casus afsluiten" }).ClickAsync();
        await Axe.GeenOvertredingenAsync(sanne);

        // The questionnaire on the phone: a name in an open answer is refused with the text kept; without it, saved.
        await ouder.GotoAsync("/Ouders");
        await ouder.GetByRole(AriaRole.Link, new() { Name = "Vragen beantwoorden" }).ClickAsync();
        await Assertions.Expect(ouder.GetByRole(AriaRole.Heading, new() { Name = "Hoe ging de hulp?" })).ToBeVisibleAsync();
        await Axe.GeenOvertredingenAsync(ouder);
        await PastOpHetSchermAsync(ouder);
        var eerste = ouder.GetByRole(AriaRole.Group).First;
        await eerste.GetByLabel("Helemaal mee eens", new() { Exact = true }).CheckAsync();
        var open = ouder.Locator("textarea").First;
        await open.FillAsync("Sanne belde altijd terug.");
        await ouder.GetByRole(AriaRole.Button, new() { Name = "Antwoorden versturen" }).ClickAsync();
        await Assertions.Expect(ouder.Locator(".veldfout").Filter(new() { HasText = "Laat namen weg" })).ToBeVisibleAsync();
        await Assertions.Expect(open).ToHaveValueAsync("Sanne belde altijd terug.");
        await Assertions.Expect(ouder.GetByRole(AriaRole.Group).First.GetByLabel("Helemaal mee eens", new() { Exact = true })).ToBeCheckedAsync();
        await Axe.GeenOvertredingenAsync(ouder);
        await PastOpHetSchermAsync(ouder);
        await open.FillAsync("De regievoerder belde altijd terug.");
        await ouder.GetByRole(AriaRole.Button, new() { Name = "Antwoorden versturen" }).ClickAsync();
        await Assertions.Expect(ouder.Locator("main")).ToContainTextAsync("Dank u wel! Uw antwoorden zijn bewaard, zonder uw naam.");
        await Assertions.Expect(ouder.GetByRole(AriaRole.Link, new() { Name = "Vragen beantwoorden" })).ToHaveCountAsync(0);
        await Axe.GeenOvertredingenAsync(ouder);
        await PastOpHetSchermAsync(ouder);
    }
}
