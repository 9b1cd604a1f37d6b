using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Logboek;

namespace Regie.Web.Benchmark;

/// <summary>Only for the load harness (benchmarks/, issue 11): the cheapest page that still touches the database (the
/// whole login pipeline, one EF query, one logboek insert), the floor every real page is measured against.</summary>
public static class MinimalePagina
{
    public const string Pad = "/benchmark/minimaal";

    /// <summary>Regie:Benchmark:MinimalePagina; off by default, and then the route does not exist (404).</summary>
    public static void MapMinimalePagina(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Infrastructure.Configuratie.BenchmarkOpties>>().Value.MinimalePagina) return;
        app.MapGet(Pad, async (HttpContext context, RegieDbContext db, Logboekschrijver logboek, CancellationToken ct) =>
        {
            var id = Guid.TryParse(context.User.FindFirstValue(ClaimTypes.NameIdentifier), out var g) ? g : Guid.Empty;
            var naam = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.Naam).SingleOrDefaultAsync(ct);
            if (naam is null) return Results.NotFound();
            logboek.Schrijf(null, "Benchmark", LogboekActie.Bekeken);
            await db.SaveChangesAsync(ct);
            return Results.Content(
                $"<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Minimaal – Regie</title></head>"
                + $"<body><p>Ingelogd als {HtmlEncoder.Default.Encode(naam)}.</p></body></html>",
                "text/html; charset=utf-8");
        }).RequireAuthorization();
    }
}
