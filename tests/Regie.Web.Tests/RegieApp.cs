using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Regie.Web.Data;

namespace Regie.Web.Tests;

/// <summary>The real app over real HTTP against its own fresh PostgreSQL database, with demo data and a fixed clock.
/// Use as a class fixture: one database per test class.</summary>
public class RegieApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Klok { get; } = new(Start);
    public TestDatabase Database { get; private set; } = new("", "");

    /// <summary>The owner's connection (migrations; tests that seed or inspect data directly).</summary>
    public string ConnectionString => Database.Eigenaar;

    /// <summary>The runtime login the app serves requests with: no superuser, no owner, logboek read and add only.</summary>
    public string AppConnectionString => Database.App;

    public async Task InitializeAsync()
    {
        Database = await DatabaseAsync();
        Starten(); // start the app: migrations and demo data run now, not inside the first test
    }

    /// <summary>Starts the in-memory test server; the browser tests start a real Kestrel server instead.</summary>
    protected virtual void Starten() => _ = Server;

    /// <summary>A fresh database; a second app instance overrides this to share the first one's.</summary>
    protected virtual Task<TestDatabase> DatabaseAsync() => TestDatabaseServer.NieuweDatabaseAsync();

    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // As in production: migrations at start as the owner, requests as the runtime login.
        builder.UseSetting("ConnectionStrings:Regie", AppConnectionString);
        builder.UseSetting("ConnectionStrings:RegieMigraties", ConnectionString);
        builder.UseSetting("Regie:DemoData", "true");
        // Accounts a test makes itself skip 2FA here; TweeStapsApp switches it on to test 2FA itself.
        builder.UseSetting("Regie:RequireTwoFactor", "false");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Every test logs in from the same address; the limit itself is tested on its own.
        builder.UseSetting("Regie:RateLimit:InloggenPerMinuut", "100000");
        // The growing delay after failed logins is real time; the tests check the counting, not the waiting.
        builder.UseSetting("Regie:Inloggen:MaxVertragingSeconden", "0");
        // The tests call the jobs' work directly with the fake clock; the planner's own tests switch it on.
        builder.UseSetting("Regie:Planner:Aan", "false");
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Klok)));
    }

    /// <summary>Validate the container as Development does: a singleton that takes a scoped service must fail here,
    /// not only in the user's <c>dotnet run</c>.</summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        builder.UseDefaultServiceProvider(o => { o.ValidateScopes = true; o.ValidateOnBuild = true; });
        return base.CreateHost(builder);
    }

    public HttpClient NieuweClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A context as the owner: for seeding and checking data behind the app's back.</summary>
    public RegieDbContext NieuweDbContext() =>
        new(new DbContextOptionsBuilder<RegieDbContext>().UseNpgsql(ConnectionString).Options);

    /// <summary>A context as the app's runtime login, with exactly the rights the app has.</summary>
    public RegieDbContext NieuweAppDbContext() =>
        new(new DbContextOptionsBuilder<RegieDbContext>().UseNpgsql(AppConnectionString).Options);

    /// <summary>Logs in through the real login form (with its antiforgery token) and returns the client holding the cookie.</summary>
    public async Task<HttpClient> IngelogdAlsAsync(string account, string wachtwoord = Demo.DemoData.Wachtwoord)
    {
        var client = NieuweClient();
        var response = await PostFormulierAsync(client, "/Account/Inloggen", new()
        {
            ["Input.Email"] = account.Contains('@', StringComparison.Ordinal) ? account : $"{account}@{Demo.DemoData.Domein}",
            ["Input.Wachtwoord"] = wachtwoord,
        });
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Inloggen als {account} mislukte: {(int)response.StatusCode}");
        return client;
    }

    /// <summary>GETs the page, takes the antiforgery token from its form and posts the fields like a browser would.</summary>
    public static async Task<HttpResponseMessage> PostFormulierAsync(HttpClient client, string url, Dictionary<string, string> velden)
    {
        var pagina = await LeesHtmlAsync(await client.GetAsync(url));
        var token = pagina.QuerySelector("form input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"Geen antiforgery-token op {url}");
        velden["__RequestVerificationToken"] = token;
        return await client.PostAsync(url, new FormUrlEncodedContent(velden));
    }

    public static async Task<IHtmlDocument> LeesHtmlAsync(HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
}
