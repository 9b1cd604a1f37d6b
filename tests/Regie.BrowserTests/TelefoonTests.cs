using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Regie.BrowserTests;

/// <summary>On a phone (375 px) tables are stacked: each cell shows its column header as a label, while the real
/// table headers stay in the page for screen readers.</summary>
public class TelefoonTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const int Telefoon = 375;

    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Fact]
    public async Task Mijn_casussen_op_een_telefoon_toont_de_kolomnaam_bij_elke_cel()
    {
        var page = await app.IngelogdePaginaAsync("jeugdconsulent", Telefoon);
        await page.GotoAsync("/Casussen");
        var rij = page.GetByRole(AriaRole.Row, new() { Name = "Tukker" });
        var casus = rij.GetByRole(AriaRole.Cell).First;

        // The label in front of the cell ("Casus: TW-2026-0042"), shown by CSS from data-label.
        var label = await casus.EvaluateAsync<string>("td => getComputedStyle(td, '::before').content");
        Assert.Contains("Casus: ", label, StringComparison.Ordinal);
        var labels = await rij.Locator("td").EvaluateAllAsync<string[]>(
            "tds => tds.map(td => getComputedStyle(td, '::before').content)");
        Assert.All(labels, l => Assert.NotEqual("none", l));
        Assert.Contains(labels, l => l.Contains("Regievoerder: ", StringComparison.Ordinal));

        // The row is stacked: the label sits on the same line as the value, above the next cell.
        var (celBoven, volgendeBoven) = (await casus.BoundingBoxAsync(), await rij.Locator("td").Nth(1).BoundingBoxAsync());
        Assert.True(volgendeBoven!.Y > celBoven!.Y, "De cellen staan op een telefoon onder elkaar.");

        // The column headers are hidden only visually: the table keeps them for screen readers.
        await Assertions.Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Casus" })).ToHaveCountAsync(1);
        var kop = await page.Locator("table.tabel thead").BoundingBoxAsync();
        Assert.True(kop!.Height <= 1, $"De kolomkoppen zijn op een telefoon {kop.Height}px hoog; ze horen alleen voor schermlezers te zijn.");

        var maten = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(maten[0] <= maten[1], $"Mijn casussen is {maten[0]}px breed op een telefoon van {maten[1]}px.");

        var resultaat = await page.RunAxe(Wcag21AA);
        Assert.NotEmpty(resultaat.Passes);
        Assert.True(resultaat.Violations.Length == 0, "axe op een telefoon:\n" + string.Join("\n",
            resultaat.Violations.Select(v => $"{v.Id}: {v.Help} " + string.Join(" ", v.Nodes.Select(n => n.Target)))));
    }

    [Fact]
    public async Task Brede_beheertabel_past_op_een_tablet_zonder_horizontaal_scrollen()
    {
        var page = await app.IngelogdePaginaAsync("beheerder", 768);
        await page.GotoAsync("/Beheer/Accounts");

        var maten = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(maten[0] <= maten[1], $"De accountlijst is {maten[0]}px breed op een tablet van {maten[1]}px.");
        var email = page.GetByRole(AriaRole.Row, new() { Name = "Sanne de Vries" }).Locator("td[data-label='E-mailadres']");
        Assert.Contains("E-mailadres: ", await email.EvaluateAsync<string>("td => getComputedStyle(td, '::before').content"), StringComparison.Ordinal);
    }
}
