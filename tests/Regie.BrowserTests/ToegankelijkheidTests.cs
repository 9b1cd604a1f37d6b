using Microsoft.Playwright;

namespace Regie.BrowserTests;

/// <summary>WCAG 2.1 A/AA checks (axe) on the pages people use most, plus what axe cannot see:
/// a visible keyboard focus and no sideways scrolling on a tablet.</summary>
public class ToegankelijkheidTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private async Task<IPage> TukkerAsync(int breedte = 1280)
    {
        var page = await app.IngelogdePaginaAsync("jeugdconsulent", breedte);
        await page.GotoAsync("/Casussen");
        await page.GetByRole(AriaRole.Row, new() { Name = "Tukker" }).GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync("**/Casussen/*");
        return page;
    }

    [Fact]
    public async Task Inlogpagina_voldoet_aan_WCAG_21_AA()
    {
        var page = await app.NieuwePaginaAsync();
        await page.GotoAsync("/Account/Inloggen");
        await Axe.GeenOvertredingenAsync(page);
    }

    [Fact]
    public async Task Inlogpagina_met_fouten_voldoet_aan_WCAG_21_AA()
    {
        var page = await app.NieuwePaginaAsync();
        await page.GotoAsync("/Account/Inloggen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await Assertions.Expect(page.Locator(".foutsamenvatting")).ToBeVisibleAsync();
        await Axe.GeenOvertredingenAsync(page);
    }

    [Fact]
    public async Task Mijn_casussen_voldoet_aan_WCAG_21_AA()
    {
        var page = await app.IngelogdePaginaAsync("jeugdconsulent");
        await page.GotoAsync("/Casussen");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mijn casussen", Level = 1 })).ToBeVisibleAsync();
        await Axe.GeenOvertredingenAsync(page);
    }

    [Theory]
    [InlineData("Overzicht", "Gezin Tukker")]
    [InlineData("MDO-modus", "Dit overleg")]
    [InlineData("Regie", null)]
    [InlineData("Versies", null)]
    public async Task Casuspaginas_voldoen_aan_WCAG_21_AA(string tab, string? kop)
    {
        var page = await TukkerAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Onderdelen van de casus" })
            .GetByRole(AriaRole.Link, new() { Name = tab, Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".tabs a[aria-current=page]")).ToHaveTextAsync(tab);
        if (kop is not null) await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = kop }).First).ToBeVisibleAsync();
        await Axe.GeenOvertredingenAsync(page);
    }

    [Fact]
    public async Task Ouderportaal_voldoet_aan_WCAG_21_AA()
    {
        var page = await app.IngelogdePaginaAsync("ouder");
        Assert.Contains("/Ouders", page.Url, StringComparison.Ordinal);
        await Axe.GeenOvertredingenAsync(page);
    }

    [Fact]
    public async Task Wijzigformulieren_ook_met_fouten_voldoen_aan_WCAG_21_AA()
    {
        var page = await TukkerAsync();
        var casus = page.Url.TrimEnd('/');
        await page.GetByRole(AriaRole.Link, new() { Name = "Indicatie en maatregel wijzigen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Indicatie en maatregel wijzigen" })).ToBeVisibleAsync();
        await Axe.GeenOvertredingenAsync(page);

        await page.GotoAsync(casus + "/Betrokkenen");
        await page.GetByRole(AriaRole.Link, new() { Name = "Gegevens wijzigen van Johan Tukker" }).ClickAsync();
        await page.GetByLabel("E-mailadres").FillAsync("geen-adres");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(page.Locator(".foutsamenvatting")).ToBeVisibleAsync();
        await Axe.GeenOvertredingenAsync(page);

        await page.GotoAsync(casus + "/Taken");
        await page.GetByRole(AriaRole.Link, new() { Name = "Wijzigen" }).First.ClickAsync();
        await page.GetByLabel("Wat wordt er gedaan?").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(page.Locator(".foutsamenvatting")).ToBeVisibleAsync();
        await Axe.GeenOvertredingenAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Mijn gegevens" }).ClickAsync();
        await page.GetByLabel("Telefoon").FillAsync("bel het secretariaat");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".foutsamenvatting")).ToBeVisibleAsync();
        await Axe.GeenOvertredingenAsync(page);
    }

    [Fact]
    public async Task Overslaanlink_krijgt_zichtbare_focus()
    {
        var page = await app.NieuwePaginaAsync();
        await page.GotoAsync("/Account/Inloggen");
        await page.Keyboard.PressAsync("Tab");
        var link = page.GetByRole(AriaRole.Link, new() { Name = "Naar de inhoud" });
        await Assertions.Expect(link).ToBeFocusedAsync();
        await Assertions.Expect(link).ToBeInViewportAsync();
        var stijl = await link.EvaluateAsync<string[]>(
            "e => { const s = getComputedStyle(e); return [s.outlineStyle, s.outlineWidth, s.boxShadow, s.backgroundColor]; }");
        Assert.NotEqual("none", stijl[0]);
        Assert.NotEqual("0px", stijl[1]);
        Assert.NotEqual("none", stijl[2]);

        // Enter takes the user past the menu to the content.
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("main#inhoud")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Mdo_past_op_een_tablet_zonder_horizontaal_scrollen()
    {
        var page = await TukkerAsync(768);
        await page.GotoAsync(page.Url.TrimEnd('/') + "/Mdo");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dit overleg" })).ToBeVisibleAsync();
        var maten = await page.EvaluateAsync<int[]>(
            "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var (scroll, breedte) = (maten[0], maten[1]);
        Assert.True(scroll <= breedte, $"De MDO-pagina is {scroll}px breed op een scherm van {breedte}px.");
    }
}
