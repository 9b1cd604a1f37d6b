using System.Net.Sockets;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Regie.Web.Data;
using Regie.Web.Demo;
using Serilog.Extensions.Logging;

namespace Regie.Web.Infrastructure.Database;

/// <summary>Raised at start-up when the app cannot run at all; Program logs its message as one line and exits.</summary>
public sealed class StartFout(string message, Exception? inner = null) : Exception(message, inner);

public static class RegieDatabase
{
    /// <summary>Uses ConnectionStrings:Regie when configured; otherwise starts an embedded PostgreSQL
    /// (Testcontainers where Docker answers, else a private cluster from the local binaries) kept under .data/.</summary>
    public static async Task AddRegieDatabaseAsync(this WebApplicationBuilder builder, Serilog.ILogger startLog)
    {
        var connectionString = builder.Configuration.GetConnectionString("Regie");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var options = new EmbeddedPostgresOptions
            {
                DataDirectory = builder.Configuration["Regie:EmbeddedPostgres:DataDirectory"] ?? StandaardDataMap(builder.Environment),
                Persistent = true,
                BinDirectory = builder.Configuration["Regie:EmbeddedPostgres:BinDirectory"],
            };
            using var loggerFactory = new SerilogLoggerFactory(startLog);
            EmbeddedPostgres server;
            try
            {
                server = await EmbeddedPostgres.StartAsync(options, loggerFactory.CreateLogger("Regie.EmbeddedPostgres"));
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
            {
                throw new StartFout(e.Message, e);
            }
            builder.Services.AddSingleton(server);
            builder.Services.AddHostedService<EmbeddedPostgresStopper>();
            connectionString = server.ConnectionString;
        }

        builder.Services.AddDbContext<RegieDbContext>(o => o.UseNpgsql(connectionString));
        builder.Services.AddHealthChecks().AddDbContextCheck<RegieDbContext>("database", tags: ["ready"]);
    }

    /// <summary>Checks the database answers (once, briefly: no stack of retries), applies migrations and seeds demo data.</summary>
    public static async Task PrepareRegieDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegieDbContext>();
        var csb = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { Timeout = 5, Pooling = false };
        try
        {
            await using var probe = new NpgsqlConnection(csb.ConnectionString);
            await probe.OpenAsync();
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException)
        {
            throw new StartFout($"De database op {csb.Host}:{csb.Port} (database '{csb.Database}') is niet bereikbaar: {e.Message}", e);
        }

        await db.Database.MigrateAsync();
        await scope.ServiceProvider.GetRequiredService<Sjablonen>().ZorgVoorStandaardAsync(default);
        var rollen = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var rol in Rollen.Alle)
        {
            if (!await rollen.RoleExistsAsync(rol)) await rollen.CreateAsync(new IdentityRole<Guid>(rol));
        }

        if (DemoData.IsAan(app.Configuration, app.Environment)) await scope.ServiceProvider.GetRequiredService<DemoData>().ZaaiAsync(default);
    }

    // The repo's ignored .data/ folder when running from a checkout, else a folder in the user's home.
    private static string StandaardDataMap(IWebHostEnvironment env)
    {
        var map = new DirectoryInfo(env.ContentRootPath);
        while (map is not null && !File.Exists(Path.Combine(map.FullName, "Regie.sln"))) map = map.Parent;
        return map is not null
            ? Path.Combine(map.FullName, ".data", "postgres")
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share", "regie", "postgres");
    }

    private sealed class EmbeddedPostgresStopper(EmbeddedPostgres server) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public async Task StopAsync(CancellationToken cancellationToken) => await server.DisposeAsync();
    }
}
