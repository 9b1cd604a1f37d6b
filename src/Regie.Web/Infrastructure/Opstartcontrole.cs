using Microsoft.Extensions.Options;
using Regie.Web.Infrastructure.Configuratie;

namespace Regie.Web.Infrastructure;

/// <summary>Settings without which a real installation is unsafe; outside Development and the test host the app refuses
/// to start without them, with one line that says what to set.</summary>
public static class Opstartcontrole
{
    public static bool IsOntwikkelingOfTest(IHostEnvironment env) => env.IsDevelopment() || env.IsEnvironment("Testing");

    public static void ControleerInstellingen(this WebApplicationBuilder builder)
    {
        // An invalid address is refused by RegieOpties' own validation; here what a real installation must have.
        var opties = Instellingen.Lees<RegieOpties>(builder.Configuration, RegieOpties.Sectie);
        if (IsOntwikkelingOfTest(builder.Environment)) return;

        // The printed QR code and the verification link must never take their host from a request.
        if (string.IsNullOrWhiteSpace(opties.PubliekeUrl))
            throw new StartFout("Regie:PubliekeUrl (Regie__PubliekeUrl) ontbreekt: zet het publieke adres, bijvoorbeeld https://regie.example.nl.");
        if (opties.IsDemoDataAan(builder.Environment) && !opties.DemoModus)
            throw new StartFout("Demodata staat aan (Regie:DemoData) buiten Development. De demo-accounts hebben een openbaar wachtwoord: "
                + "zet Regie:DemoData uit, of zet Regie:DemoModus=true als dit bewust een demo zonder echte gegevens is.");
    }

    /// <summary>With a public address, requests for any other host are refused (400) before anything reads the Host
    /// header, so no link, redirect or PDF can carry a foreign host. The health endpoints answer on any host for the orchestrator.</summary>
    public static void UseAlleenPubliekeHost(this WebApplication app)
    {
        if (RegieOpties.PubliekeHost(app.Services.GetRequiredService<IOptions<RegieOpties>>().Value.PubliekeUrl) is not { } host) return;
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
