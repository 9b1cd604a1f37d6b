using Microsoft.Playwright;

namespace Regie.BrowserTests;

/// <summary>wwwroot/js/mdo.js in a real browser: typed text of other steps survives a save, and leaving with unsaved
/// text asks first (but a save does not).</summary>
public class MdoScriptTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private async Task<IPage> MdoAsync()
    {
        var page = await app.IngelogdePaginaAsync("jeugdconsulent");
        await page.GotoAsync("/Casussen");
        await page.GetByRole(AriaRole.Row, new() { Name = "Tukker" }).GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync("**/Casussen/*");
        await page.GotoAsync(page.Url.TrimEnd('/') + "/Mdo");
        return page;
    }

    [Fact]
    public async Task Getypte_tekst_bij_stap_3_blijft_staan_als_stap_4_wordt_opgeslagen()
    {
        var page = await MdoAsync();
        var fouten = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") fouten.Add(m.Text); };
        var dialogen = new List<string>();
        page.Dialog += async (_, d) => { dialogen.Add(d.Type); await d.DismissAsync(); };

        await page.Locator("#afspraken-3").FillAsync("Peter belt de schuldhulp voor vrijdag.");
        await page.Locator("#stap-3").GetByLabel("In bespreking").CheckAsync();
        await page.Locator("#afspraken-4").FillAsync("Sanne houdt de procesregie.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Stap 4 opslaan" }).ClickAsync();

        await Assertions.Expect(page.Locator(".melding-ok")).ToContainTextAsync("Stap 4 is opgeslagen");
        await Assertions.Expect(page.Locator("#afspraken-3")).ToHaveValueAsync("Peter belt de schuldhulp voor vrijdag.");
        await Assertions.Expect(page.Locator("#stap-3").GetByLabel("In bespreking")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#stap-3 .concept-melding")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#afspraken-4")).ToHaveValueAsync("Sanne houdt de procesregie.");
        Assert.Empty(dialogen); // saving is not leaving
        Assert.Empty(fouten);   // e.g. no CSP refusal of the script

        // The kept text is still unsaved: leaving now asks first.
        await page.GetByRole(AriaRole.Link, new() { Name = "Handreiking vaststellen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#afspraken-3")).ToBeVisibleAsync();
        Assert.Equal(["beforeunload"], dialogen);
        Assert.EndsWith("/Mdo?handler=Stap#stap-4", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Zonder_getypte_tekst_vraagt_weggaan_niets()
    {
        var page = await MdoAsync();
        var dialogen = new List<string>();
        page.Dialog += async (_, d) => { dialogen.Add(d.Type); await d.DismissAsync(); };

        await page.Locator("#afspraken-5").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Handreiking vaststellen" }).ClickAsync();

        await page.WaitForURLAsync("**/Vaststellen");
        Assert.Empty(dialogen);
    }
}
