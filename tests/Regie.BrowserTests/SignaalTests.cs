using Microsoft.Playwright;
using static Regie.BrowserTests.Scherm;

namespace Regie.BrowserTests;

/// <summary>The bell on a phone: an ouder raises a signaal, the regievoerder answers it, the ouder reads the answer; every page
/// visited passes axe.</summary>
public class SignaalTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const int Telefoon = 375;

    [Fact]
    public async Task Ouder_geeft_op_een_telefoon_een_signaal_en_leest_het_antwoord_van_de_regievoerder()
    {
        var ouder = await app.IngelogdePaginaAsync("ouder", Telefoon);
        await ouder.GotoAsync("/Ouders");
        await Axe.GeenOvertredingenAsync(ouder);
        await PastOpHetSchermAsync(ouder);

        await ouder.GetByRole(AriaRole.Link, new() { Name = "Geef een signaal" }).ClickAsync();
        await Assertions.Expect(ouder.GetByRole(AriaRole.Heading, new() { Name = "Geef een signaal" })).ToBeVisibleAsync();
        await Axe.GeenOvertredingenAsync(ouder);
        await PastOpHetSchermAsync(ouder);

        // Sent without a choice: the message sits next to the question and the text stays.
        await ouder.GetByLabel("Wat is er aan de hand?").FillAsync("Peter is al twee weken niet geweest.");
        await ouder.GetByRole(AriaRole.Button, new() { Name = "Signaal versturen" }).ClickAsync();
        await Assertions.Expect(ouder.Locator("#fout-soort")).ToHaveTextAsync("Kies waar uw signaal over gaat.");
        await Assertions.Expect(ouder.GetByLabel("Wat is er aan de hand?")).ToHaveValueAsync("Peter is al twee weken niet geweest.");
        await Axe.GeenOvertredingenAsync(ouder);

        await ouder.GetByLabel("De hulp loopt niet zoals we hebben afgesproken").CheckAsync();
        await ouder.GetByRole(AriaRole.Button, new() { Name = "Signaal versturen" }).ClickAsync();
        await Assertions.Expect(ouder.GetByRole(AriaRole.Heading, new() { Name = "Uw signaal" })).ToBeVisibleAsync();
        await Assertions.Expect(ouder.Locator("#signaal-status")).ToContainTextAsync("Wacht op antwoord");
        var signaalUrl = ouder.Url;
        await Axe.GeenOvertredingenAsync(ouder);
        await PastOpHetSchermAsync(ouder);

        // The regievoerder sees the open signaal on the casus and answers it.
        var sanne = await app.IngelogdePaginaAsync("jeugdconsulent");
        await sanne.GotoAsync("/Casussen");
        await sanne.GetByRole(AriaRole.Row, new() { Name = "Tukker" }).GetByRole(AriaRole.Link, new() { Name = "1 open" }).ClickAsync();
        await Assertions.Expect(sanne.Locator("#open-signalen")).ToHaveTextAsync("1 open");
        await Axe.GeenOvertredingenAsync(sanne);
        await sanne.GetByRole(AriaRole.Link, new() { Name = "Signaal: De hulp loopt niet zoals we hebben afgesproken" }).First.ClickAsync();
        await Axe.GeenOvertredingenAsync(sanne);
        await sanne.GetByLabel("Uw antwoord").FillAsync("Ik bel Peter vandaag en laat het u morgen weten.");
        await sanne.GetByRole(AriaRole.Button, new() { Name = "Antwoord versturen" }).ClickAsync();
        await Assertions.Expect(sanne.Locator("#signaal-status")).ToContainTextAsync("Beantwoord");
        await Axe.GeenOvertredingenAsync(sanne);

        // The ouder reads the answer on the phone.
        await ouder.GotoAsync(signaalUrl);
        await Assertions.Expect(ouder.Locator("#signaal-status")).ToHaveTextAsync("Beantwoord");
        await Assertions.Expect(ouder.Locator("#gesprek")).ToContainTextAsync("Ik bel Peter vandaag en laat het u morgen weten.");
        await Assertions.Expect(ouder.GetByRole(AriaRole.Heading, new() { Name = "Heeft dit antwoord u geholpen?" })).ToBeVisibleAsync();
        await Axe.GeenOvertredingenAsync(ouder);
        await PastOpHetSchermAsync(ouder);
    }
}
