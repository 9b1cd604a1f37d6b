using Microsoft.Playwright;

namespace Regie.BrowserTests;

/// <summary>A walk through the app in one browser page: after every page it runs axe and checks for sideways
/// scrolling; meanwhile it keeps every console error, failed request and error response. Problems are collected and
/// reported together at the end, so one run shows every page that needs work.</summary>
public sealed class Rondgang
{
    // Until the app has a favicon, Chromium's own request for it answers 404; that one URL is no fault of a page.
    private const string Favicon = "/favicon.ico";

    private readonly List<string> _problemen = [];

    public IPage Page { get; }
    public int Breedte { get; }
    public List<string> Bezocht { get; } = [];

    private Rondgang(IPage page, int breedte)
    {
        (Page, Breedte) = (page, breedte);
        page.Console += (_, m) =>
        {
            if (m.Type == "error" && !m.Location.Contains(Favicon, StringComparison.Ordinal))
                _problemen.Add($"console op {page.Url}: {m.Text}");
        };
        page.PageError += (_, e) => _problemen.Add($"script-fout op {page.Url}: {e}");
        page.RequestFailed += (_, r) => _problemen.Add($"verzoek mislukt: {r.Method} {r.Url} ({r.Failure})");
        page.Response += (_, r) =>
        {
            if (r.Status >= 400 && new Uri(r.Url).AbsolutePath != Favicon)
                _problemen.Add($"antwoord {r.Status} op {r.Request.Method} {r.Url}");
        };
        // mdo.js asks before leaving with unsaved text; no step of a walk should ever leave that way.
        page.Dialog += async (_, d) => { _problemen.Add($"onverwachte dialoog ({d.Type}) op {page.Url}"); await d.DismissAsync(); };
    }

    public static async Task<Rondgang> StartAsync(BrowserApp app, string account, int breedte) =>
        new(await app.IngelogdePaginaAsync(account, breedte), breedte);

    /// <summary>Call after every navigation (a link, a form post): axe (WCAG 2.1 A/AA) and no sideways scrolling.</summary>
    public async Task ControleerAsync()
    {
        await Page.WaitForLoadStateAsync(LoadState.Load);
        Bezocht.Add(new Uri(Page.Url).PathAndQuery);
        try
        {
            await Axe.GeenOvertredingenAsync(Page);
        }
        catch (Xunit.Sdk.XunitException e)
        {
            _problemen.Add(e.Message);
        }
        var maten = await Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        if (maten[0] > maten[1])
            _problemen.Add($"horizontaal scrollen op {new Uri(Page.Url).PathAndQuery}: {maten[0]}px breed bij {maten[1]}px scherm");
    }

    public async Task GaNaarAsync(string adres)
    {
        await Page.GotoAsync(adres);
        await ControleerAsync();
    }

    /// <summary>Clicks a link or button that leaves the page, waits until the next document is there and checks it.
    /// A mark on the old document tells them apart, also when a post comes back to the same address.</summary>
    public async Task KlikEnControleerAsync(ILocator doel)
    {
        await Page.EvaluateAsync("() => { window.regieOudePagina = true; }");
        await doel.ClickAsync();
        await Page.WaitForFunctionAsync("() => !window.regieOudePagina");
        await ControleerAsync();
    }

    /// <summary>The green status line after a save (role=status), which every successful post shows.</summary>
    public Task MeldingAsync(string tekst) =>
        Assertions.Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = tekst })).ToBeVisibleAsync();

    /// <summary>The error summary a refused form shows (role=alert).</summary>
    public Task FoutmeldingAsync(string tekst) =>
        Assertions.Expect(Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = tekst })).ToBeVisibleAsync();

    public void GeenProblemen() =>
        Assert.True(_problemen.Count == 0,
            $"Bij {Breedte}px, {Bezocht.Count} pagina's:\n{string.Join("\n", _problemen.Distinct())}");
}
