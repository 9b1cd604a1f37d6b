using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Regie.Web.Tests;

namespace Regie.BrowserTests;

/// <summary>The real app on a real Kestrel port on 127.0.0.1 (own PostgreSQL database, demo data), and one headless
/// Chromium driven by Playwright. Use as a class fixture.</summary>
public class BrowserApp : RegieApp
{
    public const string ChromiumStandaard = "/usr/bin/chromium";

    public BrowserApp() => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

    public string Adres { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;
    private IPlaywright? _playwright;

    public static string ChromiumPad =>
        Environment.GetEnvironmentVariable("REGIE_CHROMIUM") is { Length: > 0 } pad ? pad : ChromiumStandaard;

    protected override void Starten()
    {
        if (!File.Exists(ChromiumPad))
            throw new InvalidOperationException(
                $"Chromium is niet gevonden op {ChromiumPad}. De browsertests hebben Debian's chromium nodig: " +
                "installeer het met 'apt-get install chromium fonts-dejavu-core', of zet REGIE_CHROMIUM op het pad van een Chromium.");
        StartServer();
        Adres = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        _playwright = Playwright.CreateAsync().GetAwaiter().GetResult();
        Browser = _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPad,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
        }).GetAwaiter().GetResult();
    }

    /// <summary>A fresh browser context (own cookies) with a page of the given width.</summary>
    public async Task<IPage> NieuwePaginaAsync(int breedte = 1280, int hoogte = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Adres,
            ViewportSize = new ViewportSize { Width = breedte, Height = hoogte },
            Locale = "nl-NL",
        });
        // Generous waits: on a 2-core CI machine the first page of a run can take a while; a real failure still fails.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return await context.NewPageAsync();
    }

    /// <summary>Logs in through the login form, as a user would.</summary>
    public async Task<IPage> IngelogdePaginaAsync(string account, int breedte = 1280)
    {
        var page = await NieuwePaginaAsync(breedte);
        // Once more from a fresh form when the first login does not get through (seen once in CI on a busy 2-core
        // machine); a second failure fails the test with what the page said.
        for (var poging = 1; ; poging++)
        {
            await page.GotoAsync("/Account/Inloggen");
            await page.GetByLabel("E-mailadres").FillAsync($"{account}@{Regie.Web.Demo.DemoData.Domein}");
            await page.GetByLabel("Wachtwoord").FillAsync(Regie.Web.Demo.DemoData.Wachtwoord);
            await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
            try
            {
                await page.WaitForURLAsync(url => !url.Contains("/Account/Inloggen", StringComparison.Ordinal), new() { Timeout = 45_000 });
                return page;
            }
            catch (TimeoutException e) when (poging == 2)
            {
                throw new InvalidOperationException($"Inloggen als {account} lukte twee keer niet; de pagina zei: {await page.InnerTextAsync("body")}", e);
            }
            catch (TimeoutException)
            {
                // First attempt: try again.
            }
        }
    }

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
    }
}
