using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Regie.Web.Infrastructure.Configuratie;
using Regie.Web.Data;

namespace Regie.Web.Infrastructure;

/// <summary>Who must use tweestapsverificatie, and the middleware that sends them to the setup page until they do.</summary>
public static class TweeStapsVerificatie
{
    public const string InstelPagina = "/Account/TweeStapsVerificatie";

    // Everyone who can read case data or manage accounts; ouders may choose for themselves.
    private static readonly string[] VerplichteRollen = [.. Rollen.Professionals, Rollen.Beheerder, Rollen.Regiocoordinator];

    // Reachable without 2FA: the setup page itself, logging out, the error pages and the probes of the platform.
    private static readonly PathString[] Vrijgesteld =
        [InstelPagina, "/Account/Uitloggen", "/Error", "/NietGevonden", "/health"];

    /// <summary>Whether this signed-in user has to use 2FA. Demo accounts are exempt so a demo stays one click away.</summary>
    public static bool IsVerplichtVoor(ClaimsPrincipal user, RegieOpties opties, IHostEnvironment env)
    {
        if (!opties.IsTweeStapsVerificatieAan(env) || user.Identity?.IsAuthenticated != true) return false;
        if (!VerplichteRollen.Any(user.IsInRole)) return false;
        var email = user.FindFirstValue(ClaimTypes.Email) ?? user.Identity.Name ?? "";
        return !(opties.IsDemoDataAan(env) && Demo.DemoData.Accounts.Contains(email));
    }

    public static void UseTweeStapsVerificatie(this WebApplication app)
    {
        var opties = app.Services.GetRequiredService<IOptions<RegieOpties>>().Value;
        if (!opties.IsTweeStapsVerificatieAan(app.Environment)) return;
        app.Use(async (context, next) =>
        {
            if (!Vrijgesteld.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))
                && IsVerplichtVoor(context.User, opties, app.Environment)
                && !await HeeftTweeStapsVerificatieAsync(context))
            {
                context.Response.Redirect(InstelPagina);
                return;
            }
            await next();
        });
    }

    // Read from the database, not the cookie: switching 2FA on or off must count from the next request.
    private static async Task<bool> HeeftTweeStapsVerificatieAsync(HttpContext context)
    {
        if (!Guid.TryParse(context.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id)) return false;
        var db = context.RequestServices.GetRequiredService<RegieDbContext>();
        return await db.Users.AsNoTracking().AnyAsync(u => u.Id == id && u.TwoFactorEnabled, context.RequestAborted);
    }
}
