using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Regie.BrowserTests;

/// <summary>axe-core in the page, limited to the WCAG 2.1 A and AA rules we promise.</summary>
public static class Axe
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    public static async Task GeenOvertredingenAsync(IPage page)
    {
        var resultaat = await page.RunAxe(Wcag21AA);
        Assert.NotEmpty(resultaat.Passes); // axe really ran on this page
        var overtredingen = resultaat.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help}\n" + string.Join("\n", v.Nodes.Select(n => $"    {n.Target} {n.Html}")))
            .ToList();
        Assert.True(overtredingen.Count == 0, $"axe op {page.Url}:\n{string.Join("\n", overtredingen)}");
    }
}
