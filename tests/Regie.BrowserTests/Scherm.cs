using Microsoft.Playwright;

namespace Regie.BrowserTests;

/// <summary>Checks of how a page sits on the screen it is read on.</summary>
internal static class Scherm
{
    /// <summary>No horizontal scrolling: the page is as wide as the screen. Names what sticks out when it is not.</summary>
    public static async Task PastOpHetSchermAsync(IPage page)
    {
        var maten = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var te = maten[0] <= maten[1] ? "" : await page.EvaluateAsync<string>(
            "() => [...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth).map(e => e.tagName + '.' + e.className + '#' + e.id).join(', ')");
        Assert.True(maten[0] <= maten[1], $"{page.Url} is {maten[0]}px breed op een scherm van {maten[1]}px: {te}");
    }
}
