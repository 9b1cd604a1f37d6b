using Regie.Web.Demo;
using Regie.Web.Infrastructure.Database;

namespace Regie.Web.Infrastructure;

/// <summary>Settings without which a real installation is unsafe; outside Development and the test host the app refuses
/// to start without them, with one line that says what to set.</summary>
public static class Opstartcontrole
{
    public static bool IsOntwikkelingOfTest(IHostEnvironment env) => env.IsDevelopment() || env.IsEnvironment("Testing");

    public static void ControleerInstellingen(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var publiek = config["Regie:PubliekeUrl"];
        if (!string.IsNullOrWhiteSpace(publiek) && PubliekeHost(publiek) is null)
            throw new StartFout($"Regie:PubliekeUrl '{publiek}' is geen geldig adres; gebruik bijvoorbeeld https://regie.example.nl.");
        if (IsOntwikkelingOfTest(builder.Environment)) return;

        // The printed QR code and the verification link must never take their host from a request.
        if (string.IsNullOrWhiteSpace(publiek))
            throw new StartFout("Regie:PubliekeUrl (Regie__PubliekeUrl) ontbreekt: zet het publieke adres, bijvoorbeeld https://regie.example.nl.");
        if (DemoData.IsAan(config, builder.Environment) && !DemoData.IsDemoModus(config))
            throw new StartFout("Demodata staat aan (Regie:DemoData) buiten Development. De demo-accounts hebben een openbaar wachtwoord: "
                + "zet Regie:DemoData uit, of zet Regie:DemoModus=true als dit bewust een demo zonder echte gegevens is.");
    }

    /// <summary>The host of Regie:PubliekeUrl, or null when it is not an absolute http(s) address.</summary>
    public static string? PubliekeHost(string? publiekeUrl) =>
        Uri.TryCreate(publiekeUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.Authority : null;

    /// <summary>With a public address, requests for any other host are refused (400) before anything reads the Host
    /// header, so no link, redirect or PDF can carry a foreign host. The health endpoints answer on any host for the orchestrator.</summary>
    public static void UseAlleenPubliekeHost(this WebApplication app)
    {
        if (PubliekeHost(app.Configuration["Regie:PubliekeUrl"]) is not { } host) return;
        app.Use(async (context, next) =>
        {
            if (!string.Equals(context.Request.Host.Value, host, StringComparison.OrdinalIgnoreCase)
                && !context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync("Dit adres hoort niet bij Regie.");
                return;
            }
            await next();
        });
    }
}
