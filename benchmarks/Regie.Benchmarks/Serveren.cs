using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging.Abstractions;
using Regie.EmbeddedDatabase;
using Regie.Domain.Casussen;
using Regie.Domain.Handreiking;
using Regie.Domain.Organisaties;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Database;
using Microsoft.Extensions.Options;
using Regie.Web.Afdrukken;
using Regie.Web.Infrastructure.Pdf;
using Regie.Web.Infrastructure.Configuratie;

namespace Regie.Benchmarks;

/// <summary>A stored handreiking PDF served the way the download page reads it (one row from PostgreSQL, bytea, as a file
/// result) against a static file of the same bytes, both from one in-process Kestrel on 127.0.0.1.</summary>
public static class Serveren
{
    public sealed record Uitslag(string Bron, int Bytes, double MsOpgeslagen, double MsDatabase, double MsStatisch,
        double MsOpgeslagenParallel, double MsDatabaseParallel, double MsStatischParallel);

    private sealed class GeenRenderer : IPdfRenderer
    {
        public Task<byte[]> RenderAsync(string html, PdfOpties opties, CancellationToken ct) => throw new PdfNietBeschikbaarException("Niet in deze meting.");
    }

    public static async Task<Uitslag> MeetAsync(byte[] pdf, Organisatie gemeente, Organisatie zorgaanbieder, HandreikingSjabloon sjabloon, Casus casus)
    {
        var map = Directory.CreateTempSubdirectory("regie-bench-").FullName;
        await File.WriteAllBytesAsync(Path.Combine(map, "handreiking.pdf"), pdf);
        EmbeddedPostgres? postgres = null;
        string bron;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        try
        {
            postgres = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions
            {
                // Not inside the 0700 temp folder: as root, initdb runs as the postgres user, who must reach it.
                DataDirectory = Path.Combine(Path.GetTempPath(), $"regie-bench-pg-{Guid.NewGuid():N}"), Persistent = false,
            }, NullLogger.Instance);
            var opties = new DbContextOptionsBuilder<RegieDbContext>().UseNpgsql(postgres.ConnectionString).Options;
            await using (var db = new RegieDbContext(opties))
            {
                await db.Database.MigrateAsync();
                db.Organisaties.AddRange(gemeente, zorgaanbieder);
                db.Sjablonen.Add(sjabloon);
                db.Casussen.Add(casus);
                db.HandreikingPdfs.Add(new HandreikingPdf(casus.Versies[0].Id, pdf, DateTimeOffset.UtcNow));
                await db.SaveChangesAsync();
            }
            builder.Services.AddDbContext<RegieDbContext>(o => o.UseNpgsql(postgres.ConnectionString));
            builder.Services.AddSingleton(Options.Create(new PdfOptions()));
            builder.Services.AddSingleton<PdfGeheugen>();
            builder.Services.AddSingleton<IPdfRenderer, GeenRenderer>();
            builder.Services.AddSingleton<Afdrukmaker>();
            builder.Services.AddSingleton<PubliekeUrl>();
            builder.Services.AddSingleton(TimeProvider.System);
            builder.Services.AddScoped<HandreikingPdfs>();
            bron = "PostgreSQL (bytea), zoals de downloadpagina";
        }
        catch (Exception e) when (e is InvalidOperationException or IOException)
        {
            Console.WriteLine($"  (geen PostgreSQL: {e.Message.Split('\n')[0]}; de opgeslagen PDF komt nu uit het geheugen)");
            bron = "geheugen (geen PostgreSQL gevonden)";
        }

        await using var app = builder.Build();
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(map), RequestPath = "/statisch" });
        var versieId = casus.Versies[0].Id;
        // The download page's two paths: the stored PDF through HandreikingPdfs (in memory after the first read), and the
        // same bytea read straight from PostgreSQL, as on the first download after a restart.
        app.MapGet("/opgeslagen", async (HttpContext context) =>
        {
            var bytes = postgres is null ? pdf
                : await context.RequestServices.GetRequiredService<HandreikingPdfs>().OpgeslagenAsync(versieId, context.RequestAborted);
            context.Response.Headers.CacheControl = "private, no-cache";
            return Results.File(bytes!, "application/pdf", "Handreiking.pdf");
        });
        app.MapGet("/database", async (HttpContext context) =>
        {
            var bytes = postgres is null ? pdf
                : await context.RequestServices.GetRequiredService<RegieDbContext>().HandreikingPdfs.AsNoTracking()
                    .Where(p => p.VersieId == versieId).Select(p => p.Bytes).SingleAsync(context.RequestAborted);
            context.Response.Headers.CacheControl = "private, no-cache";
            return Results.File(bytes, "application/pdf", "Handreiking.pdf");
        });
        await app.StartAsync();
        var adres = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(adres) };
        try
        {
            foreach (var pad in new[] { "/opgeslagen", "/database", "/statisch/handreiking.pdf" })
                for (var i = 0; i < 30; i++) await LeesAsync(client, pad, pdf.Length);
            return new Uitslag(bron, pdf.Length,
                await MsPerVerzoekAsync(client, "/opgeslagen", pdf.Length, 300, 1),
                await MsPerVerzoekAsync(client, "/database", pdf.Length, 300, 1),
                await MsPerVerzoekAsync(client, "/statisch/handreiking.pdf", pdf.Length, 300, 1),
                await MsPerVerzoekAsync(client, "/opgeslagen", pdf.Length, 400, 4),
                await MsPerVerzoekAsync(client, "/database", pdf.Length, 400, 4),
                await MsPerVerzoekAsync(client, "/statisch/handreiking.pdf", pdf.Length, 400, 4));
        }
        finally
        {
            await app.StopAsync();
            if (postgres is not null) await postgres.DisposeAsync();
            try { Directory.Delete(map, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static async Task<double> MsPerVerzoekAsync(HttpClient client, string pad, int lengte, int aantal, int parallel)
    {
        var volgende = 0;
        var klok = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, parallel).Select(async _ =>
        {
            while (Interlocked.Increment(ref volgende) <= aantal) await LeesAsync(client, pad, lengte);
        }));
        return klok.Elapsed.TotalMilliseconds / aantal;
    }

    private static async Task LeesAsync(HttpClient client, string pad, int lengte)
    {
        var bytes = await client.GetByteArrayAsync(pad);
        if (bytes.Length != lengte) throw new InvalidOperationException($"{pad} gaf {bytes.Length} bytes in plaats van {lengte}.");
    }
}
