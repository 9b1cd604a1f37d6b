using System.Diagnostics;
using System.Text.Encodings.Web;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace Regie.Web.Infrastructure.Pdf;

/// <summary>Headless Chromium through Playwright: one browser, started on first use and reused, closed when the app stops.
/// A page sees only its own HTML and the app's fonts and CSS; every other request is refused and no script runs.</summary>
public sealed class ChromiumPdfRenderer : IPdfRenderer, IAsyncDisposable
{
    // The print page lives on a made-up origin that the route handler below answers; nothing reaches the network.
    private const string Herkomst = "http://afdruk.regie.invalid";
    private const string Document = Herkomst + "/document";
    private static readonly TimeSpan WachtNaMislukking = TimeSpan.FromSeconds(30);

    private readonly PdfOptions _opties;
    private readonly string _webRoot;
    private readonly ILogger<ChromiumPdfRenderer> _log;
    private readonly SemaphoreSlim _start = new(1, 1);
    private readonly SemaphoreSlim _paginas;
    private readonly System.Collections.Concurrent.ConcurrentStack<Pagina> _vrij = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IBrowserContext? _context;
    private long _mislukt = long.MinValue;

    public ChromiumPdfRenderer(IOptions<PdfOptions> opties, string webRoot, ILogger<ChromiumPdfRenderer> log)
    {
        _opties = opties.Value;
        _webRoot = Path.GetFullPath(webRoot);
        _log = log;
        _paginas = new SemaphoreSlim(_opties.MaxGelijktijdig, _opties.MaxGelijktijdig);
    }

    /// <summary>Null while the browser can be (or has been) started; otherwise why not, for the health check.</summary>
    public string? Storing { get; private set; }

    public string ChromiumPath => _opties.ChromiumPath;

    public async Task<byte[]> RenderAsync(string html, PdfOpties opties, CancellationToken ct)
    {
        using var tijd = CancellationTokenSource.CreateLinkedTokenSource(ct);
        tijd.CancelAfter(TimeSpan.FromSeconds(_opties.TimeoutSeconds));
        try
        {
            return await RenderBinnenTijdAsync(html, opties, tijd.Token).WaitAsync(tijd.Token);
        }
        catch (Exception e) when (tijd.IsCancellationRequested && !ct.IsCancellationRequested && e is OperationCanceledException or PlaywrightException)
        {
            _log.LogWarning("Het maken van een PDF duurde langer dan {Seconden} seconden (Regie:Pdf:TimeoutSeconds) en is afgebroken.", _opties.TimeoutSeconds);
            throw new PdfNietBeschikbaarException(
                $"Het maken van de PDF duurde langer dan {_opties.TimeoutSeconds} seconden en is afgebroken. Probeer het over een paar minuten opnieuw.", e);
        }
    }

    private async Task<byte[]> RenderBinnenTijdAsync(string html, PdfOpties opties, CancellationToken ct)
    {
        var context = await ContextAsync(ct);
        await _paginas.WaitAsync(ct);
        Pagina? pagina = null;
        var terug = false;
        try
        {
            pagina = await PaginaAsync(context);
            pagina.Html = html;
            var page = pagina.Page;
            // On time-out the page is closed, which ends whatever Chromium was still doing with it.
            await using var afbreken = ct.Register(() => _ = page.CloseAsync());
            await page.GotoAsync(Document, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = _opties.TimeoutSeconds * 1000 });
            ct.ThrowIfCancellationRequested();
            var pdf = await page.PdfAsync(new PagePdfOptions
            {
                Format = "A4",
                PrintBackground = true,
                DisplayHeaderFooter = true,
                HeaderTemplate = Kop(opties),
                FooterTemplate = Voet(opties),
                Margin = new Margin { Top = "20mm", Bottom = "15mm", Left = "16mm", Right = "16mm" },
                Tagged = true,
                Outline = true,
            });
            terug = !ct.IsCancellationRequested;
            return pdf;
        }
        catch (PlaywrightException e) when (!ct.IsCancellationRequested)
        {
            _log.LogError(e, "Chromium kon de PDF niet maken.");
            throw new PdfNietBeschikbaarException("De PDF kon niet worden gemaakt. Probeer het over een paar minuten opnieuw.", e);
        }
        finally
        {
            if (pagina is not null)
            {
                pagina.Html = "";
                if (terug && !pagina.Page.IsClosed) _vrij.Push(pagina);
                else await SluitAsync(pagina);
            }
            _paginas.Release();
        }
    }

    /// <summary>A page is reused for the next document: opening one costs a new renderer process (a third of a second
    /// on two cores). Only as many as may render at once are kept.</summary>
    private sealed class Pagina(IPage page, IBrowserContext context)
    {
        public IPage Page { get; } = page;
        public IBrowserContext Context { get; } = context;
        public string Html { get; set; } = "";
    }

    private async Task<Pagina> PaginaAsync(IBrowserContext context)
    {
        while (_vrij.TryPop(out var vrij))
        {
            if (vrij.Context == context && !vrij.Page.IsClosed) return vrij;
            await SluitAsync(vrij);
        }
        var pagina = new Pagina(await context.NewPageAsync(), context);
        await pagina.Page.RouteAsync("**/*", route => BeantwoordAsync(route, pagina.Html));
        return pagina;
    }

    private static async Task SluitAsync(Pagina pagina)
    {
        if (pagina.Page.IsClosed) return;
        try { await pagina.Page.CloseAsync(); }
        catch (PlaywrightException) { /* the browser went away; the next render starts a new one */ }
    }

    private async Task BeantwoordAsync(IRoute route, string html)
    {
        var url = route.Request.Url;
        if (url == Document)
        {
            await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/html; charset=utf-8", Body = html });
            return;
        }
        if (url.StartsWith(Herkomst + "/", StringComparison.Ordinal) && Bestand(new Uri(url).AbsolutePath) is { } bestand)
        {
            await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = ContentType(bestand), Path = bestand });
            return;
        }
        _log.LogWarning("Afdrukpagina vroeg om {Url}; geweigerd.", url);
        await route.AbortAsync("blockedbyclient");
    }

    // Only the fonts and print CSS from wwwroot, never a path outside it.
    private string? Bestand(string pad)
    {
        if (!(pad.StartsWith("/fonts/", StringComparison.Ordinal) || pad.StartsWith("/css/", StringComparison.Ordinal))) return null;
        var volledig = Path.GetFullPath(Path.Combine(_webRoot, Uri.UnescapeDataString(pad).TrimStart('/')));
        return volledig.StartsWith(_webRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(volledig) ? volledig : null;
    }

    private static string ContentType(string bestand) => Path.GetExtension(bestand) switch
    {
        ".css" => "text/css; charset=utf-8",
        ".ttf" => "font/ttf",
        ".woff2" => "font/woff2",
        _ => "application/octet-stream",
    };

    // Header and footer are drawn by Chromium outside the page, without the page's CSS or web fonts:
    // the system's DejaVu Sans (fonts-dejavu-core) carries them.
    private const string Regel = "font-family:'DejaVu Sans',sans-serif;font-variant-ligatures:none;font-size:8pt;color:#444;width:100%;margin:0 16mm;display:flex;justify-content:space-between;gap:8mm";

    private static string Kop(PdfOpties o) =>
        $"<div style=\"{Regel}\"><span>{Tekst(o.KopLinks)}</span><span>{Tekst(o.KopRechts)}</span></div>";

    private static string Voet(PdfOpties o) =>
        $"<div style=\"{Regel}\"><span>{Tekst(o.VoetLinks)}</span><span>pagina <span class=\"pageNumber\"></span> van <span class=\"totalPages\"></span></span></div>";

    private static string Tekst(string? tekst) => HtmlEncoder.Default.Encode(tekst ?? "");

    private async Task<IBrowserContext> ContextAsync(CancellationToken ct)
    {
        if (_context is { } klaar && _browser is { IsConnected: true }) return klaar;
        await _start.WaitAsync(ct);
        try
        {
            if (_context is { } ander && _browser is { IsConnected: true }) return ander;
            if (Storing is not null && Stopwatch.GetElapsedTime(_mislukt) < WachtNaMislukking)
                throw new PdfNietBeschikbaarException(GebruikersMelding);
            await SluitAsync();

            var pad = _opties.ChromiumPath;
            if (!File.Exists(pad))
                return Mislukt($"Chromium is niet gevonden op {pad} (Regie:Pdf:ChromiumPath). Installeer het met 'apt-get install chromium' of zet Regie:Pdf:ChromiumPath op de juiste plek.", null);
            try
            {
                _playwright ??= await Playwright.CreateAsync();
                _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = pad,
                    Headless = true,
                    Timeout = _opties.TimeoutSeconds * 1000,
                    // Root in a container has no sandbox; the page only ever holds our own escaped HTML, with scripts off.
                    ChromiumSandbox = false,
                    Args = ["--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions"],
                });
                _context = await _browser.NewContextAsync(new BrowserNewContextOptions
                {
                    JavaScriptEnabled = false,
                    Locale = "nl-NL",
                    ServiceWorkers = ServiceWorkerPolicy.Block,
                    AcceptDownloads = false,
                });
                Storing = null;
                _log.LogInformation("Chromium gestart voor PDF's: {Pad}, versie {Versie}", pad, _browser.Version);
                return _context;
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException or IOException or InvalidOperationException)
            {
                return Mislukt($"Chromium kon niet worden gestart vanaf {pad} (Regie:Pdf:ChromiumPath): {e.Message.Split('\n')[0]} " +
                    "Installeer het met 'apt-get install chromium' of zet Regie:Pdf:ChromiumPath op de juiste plek.", e);
            }
        }
        finally
        {
            _start.Release();
        }
    }

    private const string GebruikersMelding = "De PDF-functie is op dit moment niet beschikbaar. Probeer het later opnieuw of meld het bij de functioneel beheerder.";

    private IBrowserContext Mislukt(string melding, Exception? e)
    {
        Storing = melding;
        _mislukt = Stopwatch.GetTimestamp();
        _log.LogError(e, "PDF's kunnen niet worden gemaakt. {Melding}", melding);
        throw new PdfNietBeschikbaarException(GebruikersMelding, e);
    }

    private async Task SluitAsync()
    {
        try
        {
            if (_browser is not null) await _browser.CloseAsync();
        }
        catch (PlaywrightException) { /* already gone */ }
        _browser = null;
        _context = null;
        _vrij.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await _start.WaitAsync();
        try
        {
            await SluitAsync();
            _playwright?.Dispose();
            _playwright = null;
        }
        finally
        {
            _start.Release();
        }
    }
}
