using Microsoft.Playwright;

namespace Regie.BrowserTests;

/// <summary>What the page looks like, where CSS alone decides: a checked radio shows a dot, short words in tables are
/// not cut in two, Deactiveren is no primary button, and the browser finds a favicon.</summary>
public class WeergaveTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private async Task<IPage> TukkerAsync(string onderdeel)
    {
        var page = await app.IngelogdePaginaAsync("jeugdconsulent");
        await page.GotoAsync("/Casussen");
        await page.GetByRole(AriaRole.Row, new() { Name = "Tukker" }).GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync("**/Casussen/*");
        await page.GotoAsync(page.Url.TrimEnd('/') + "/" + onderdeel);
        return page;
    }

    [Fact]
    public async Task Een_gekozen_rondje_heeft_een_gekleurde_stip_in_het_midden()
    {
        var page = await TukkerAsync("Mdo");
        var gekozen = page.Locator("#stap-1").GetByLabel("Afgesproken");
        await Assertions.Expect(gekozen).ToBeCheckedAsync();

        // NLDS draws the dot as a radial gradient: its first colour is the centre. Regie blue, not white.
        var achtergrond = await gekozen.EvaluateAsync<string>("e => getComputedStyle(e).backgroundImage");
        Assert.StartsWith("radial-gradient(circle, rgb(21, 66, 115)", achtergrond, StringComparison.Ordinal);
        var open = await page.Locator("#stap-1").GetByLabel("Open").EvaluateAsync<string>("e => getComputedStyle(e).backgroundImage");
        Assert.DoesNotContain("rgb(21, 66, 115)", open, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Korte_woorden_in_een_tabel_worden_niet_afgebroken()
    {
        var page = await TukkerAsync("Versies");
        var rij = page.Locator("table.tabel tbody tr").First;

        // One line box each: "Geldend" and "Download" used to break as "Gelden|d" and "Downlo|ad".
        foreach (var woord in new[] { rij.Locator(".label"), rij.GetByRole(AriaRole.Link, new() { Name = "Download" }) })
            Assert.Equal(1, await woord.EvaluateAsync<int>("e => e.getClientRects().length"));
        var geldend = await rij.Locator(".label").BoundingBoxAsync();
        Assert.True(geldend!.Height < 30, $"‘Geldend’ is {geldend.Height}px hoog: afgebroken over twee regels.");
    }

    [Fact]
    public async Task Deactiveren_is_een_rustige_knop_met_een_groot_genoeg_doel()
    {
        var page = await app.IngelogdePaginaAsync("beheerder");
        await page.GotoAsync("/Beheer/Accounts");
        var knop = page.GetByRole(AriaRole.Button, new() { Name = "Deactiveren Peter Jansen" });

        var stijl = await knop.EvaluateAsync<string[]>("e => { const s = getComputedStyle(e); return [s.backgroundColor, s.color]; }");
        var vak = await knop.BoundingBoxAsync();

        Assert.Equal("rgb(255, 255, 255)", stijl[0]); // not the filled primary blue
        Assert.Equal("rgb(164, 22, 26)", stijl[1]);   // Regie's error red, 7:1 on white
        Assert.True(vak!.Height >= 44, $"De knop is {vak.Height}px hoog.");
    }

    [Fact]
    public async Task Geen_pagina_geeft_een_consolefout_voor_het_favicon()
    {
        var page = await app.NieuwePaginaAsync();
        var fouten = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") fouten.Add(m.Text); };
        var favicon = new List<int>();
        page.Response += (_, r) => { if (r.Url.Contains("/favicon", StringComparison.Ordinal)) favicon.Add(r.Status); };

        await page.GotoAsync("/Account/Inloggen");
        var ico = await page.APIRequest.GetAsync("/favicon.ico");

        Assert.Equal(200, ico.Status);
        Assert.Empty(fouten);
        Assert.All(favicon, status => Assert.Equal(200, status));
    }
}
