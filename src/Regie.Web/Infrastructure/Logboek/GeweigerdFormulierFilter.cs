using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Regie.Domain.Logboek;
using Regie.Web.Data;

namespace Regie.Web.Infrastructure.Logboek;

/// <summary>A form posted without a valid antiforgery token is refused (400) by the framework; this writes that down,
/// because a tampered token is a sign of an attack or a forged link.</summary>
public sealed class GeweigerdFormulierFilter(RegieDbContext db, Logboekschrijver logboek, ILogger<GeweigerdFormulierFilter> log)
    : IAsyncAlwaysRunResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        if (context.Result is IAntiforgeryValidationFailedResult)
        {
            var pad = VeiligPad.Van(context.HttpContext.Request.Path.Value);
            log.LogWarning("Formulier geweigerd: ongeldig antiforgery-token op {Pad}", pad);
            logboek.Schrijf(null, "Formulier", LogboekActie.Geweigerd, $"Ongeldig antiforgery-token op {pad}");
            await db.SaveChangesAsync(context.HttpContext.RequestAborted);
        }
        await next();
    }
}
