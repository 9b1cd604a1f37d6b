using System.Net.Sockets;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Regie.EmbeddedDatabase;
using Regie.Web.Data;
using Regie.Web.Regio;
using Regie.Web.Infrastructure.Vragenlijsten;
using Microsoft.Extensions.Options;
using Regie.Web.Demo;
using Regie.Web.Infrastructure.Configuratie;
using Serilog.Extensions.Logging;

namespace Regie.Web.Infrastructure.Database;

/// <summary>Requests run with <paramref name="App"/>; migrations at start with <paramref name="Migraties"/> (the owner),
/// or not at all when it is null (the operator migrates; the app then only checks the schema is current).</summary>
public sealed record RegieVerbindingen(string App, string? Migraties);

public static class RegieDatabase
{
    /// <summary>Uses ConnectionStrings:Regie (and ConnectionStrings:RegieMigraties) when configured; otherwise starts an
    /// embedded PostgreSQL (a private cluster from the local binaries, never Docker; project Regie.EmbeddedDatabase) kept
    /// under .data/, whose superuser migrates and whose login <see cref="DatabaseRollen.AppLogin"/> runs the requests.</summary>
    public static async Task AddRegieDatabaseAsync(this WebApplicationBuilder builder, Serilog.ILogger startLog)
    {
        var connectionString = builder.Configuration.GetConnectionString("Regie");
        var migraties = builder.Configuration.GetConnectionString("RegieMigraties");
        if (string.IsNullOrWhiteSpace(migraties)) migraties = null;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (migraties is not null)
                throw new StartFout("ConnectionStrings:RegieMigraties is ingesteld, maar ConnectionStrings:Regie niet: "
                                    + "geef ook de verbinding van de app-rol op (zie README, Databaserollen).");
            var instellingen = Instellingen.Lees<EmbeddedPostgresOpties>(builder.Configuration, EmbeddedPostgresOpties.Sectie);
            var options = new EmbeddedPostgresOptions
            {
                DataDirectory = instellingen.DataDirectory ?? StandaardDataMap(builder.Environment),
                Persistent = true,
                BinDirectory = instellingen.BinDirectory,
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
            // A fresh password each start: only this process uses the login, and no second secret is stored.
            var wachtwoord = EmbeddedPostgres.NewPassword();
            migraties = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Pooling = false }.ConnectionString;
            await DatabaseRollen.MaakLoginAsync(migraties, DatabaseRollen.AppLogin, wachtwoord);
            connectionString = new NpgsqlConnectionStringBuilder(server.ConnectionString)
            {
                Username = DatabaseRollen.AppLogin,
                Password = wachtwoord,
            }.ConnectionString;
        }

        connectionString = MetVoorbereideStatements(connectionString);
        builder.Services.AddSingleton(new RegieVerbindingen(connectionString, migraties));
        builder.Services.AddSingleton<Databasestoring>();
        builder.Services.AddDbContext<RegieDbContext>((services, o) =>
            o.UseNpgsql(connectionString).AddInterceptors(services.GetRequiredService<Databasestoring>()));
        builder.Services.AddHealthChecks().AddDbContextCheck<RegieDbContext>("database", tags: ["ready"]);
    }

    /// <summary>Every page runs the same few statements, the casus loader's a large one: PostgreSQL parses and plans each once
    /// per connection instead of on every request. A setting in the connection string itself wins.</summary>
    private static string MetVoorbereideStatements(string connectionString)
    {
        var csb = new NpgsqlConnectionStringBuilder(connectionString);
        if (connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase)) return connectionString;
        csb.MaxAutoPrepare = 64;
        csb.AutoPrepareMinUsages = 2;
        return csb.ConnectionString;
    }

    /// <summary>Checks the database answers (once, briefly: no stack of retries), applies migrations as the owner (or
    /// checks the schema is current), then seeds demo data as the app's own role.</summary>
    public static async Task PrepareRegieDatabaseAsync(this WebApplication app)
    {
        var verbindingen = app.Services.GetRequiredService<RegieVerbindingen>();
        var login = await ProbeerAsync(verbindingen.App);
        if (verbindingen.Migraties is { } eigenaar)
        {
            await ProbeerAsync(eigenaar);
            // No pool: the owner's connection is not kept open once the app serves requests.
            var eenmalig = new NpgsqlConnectionStringBuilder(eigenaar) { Pooling = false }.ConnectionString;
            await using (var migratie = new RegieDbContext(new DbContextOptionsBuilder<RegieDbContext>().UseNpgsql(eenmalig).Options))
            {
                await migratie.Database.MigrateAsync();
            }
            await MaakLidAsync(eenmalig, login);
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegieDbContext>();
        if (verbindingen.Migraties is null) await ControleerSchemaAsync(db, login);
        await WaarschuwBijTeveelRechtenAsync(app, verbindingen.App, login);

        await scope.ServiceProvider.GetRequiredService<Sjablonen>().ZorgVoorStandaardAsync(default);
        await scope.ServiceProvider.GetRequiredService<Vragenlijstbron>().ZorgVoorEersteAsync(default);
        var rollen = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var rol in Rollen.Alle)
        {
            if (!await rollen.RoleExistsAsync(rol)) await rollen.CreateAsync(new IdentityRole<Guid>(rol));
        }

        if (app.Services.GetRequiredService<IOptions<RegieOpties>>().Value.IsDemoDataAan(app.Environment))
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().ZaaiAsync(default);
            // Without waiting for the scheduler's first run, so a fresh `dotnet run` shows a region dashboard with figures.
            await scope.ServiceProvider.GetRequiredService<Casusstandenbijwerker>().BijwerkenAsync(default);
        }
    }

    /// <summary>Opens one connection; returns the login it runs as.</summary>
    private static async Task<string> ProbeerAsync(string connectionString)
    {
        var csb = new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 5, Pooling = false };
        try
        {
            await using var probe = new NpgsqlConnection(csb.ConnectionString);
            await probe.OpenAsync();
            await using var wie = new NpgsqlCommand("SELECT current_user", probe);
            return (string)(await wie.ExecuteScalarAsync())!;
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException)
        {
            throw new StartFout($"De database op {csb.Host}:{csb.Port} (database '{csb.Database}') is niet bereikbaar: {e.Message}", e);
        }
    }

    private static async Task MaakLidAsync(string eigenaar, string login)
    {
        try
        {
            await DatabaseRollen.MaakLidAsync(eigenaar, login);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            throw new StartFout($"De databaserol '{login}' is geen lid van {DatabaseRollen.Groep} en de migratierol mag dat niet "
                                + $"regelen. Voer als beheerder uit: GRANT {DatabaseRollen.Groep} TO {DatabaseRollen.Naam(login)};", e);
        }
    }

    private static async Task ControleerSchemaAsync(RegieDbContext db, string login)
    {
        const string oplossing = "Geef ConnectionStrings:RegieMigraties op (de eigenaar van de tabellen), dan werkt de app het schema "
                                 + "bij het starten bij; zie README, Databaserollen.";
        List<string> ontbreekt;
        try
        {
            ontbreekt = (await db.Database.GetPendingMigrationsAsync()).ToList();
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            throw new StartFout($"Het databaseschema is niet bijgewerkt of de databaserol '{login}' is geen lid van "
                                + $"{DatabaseRollen.Groep} ({e.MessageText}). {oplossing}", e);
        }
        if (ontbreekt.Count > 0)
            throw new StartFout($"Het databaseschema loopt achter: {ontbreekt.Count} migratie(s) ontbreken (nieuwste: "
                                + $"{ontbreekt[^1]}). {oplossing}");
    }

    // Requests as a superuser or the owner could switch the logboek's protection off: say so, loudly, once.
    private static async Task WaarschuwBijTeveelRechtenAsync(WebApplication app, string connectionString, string login)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        if (await DatabaseRollen.KanLogboekWissenAsync(connection))
            app.Logger.LogWarning(
                "De app draait als databaserol {Login}, die superuser of eigenaar van de tabellen is: die kan het logboek wissen. "
                + "Gebruik voor ConnectionStrings:Regie een eigen login in {Groep} (zie README, Databaserollen).",
                login,
                DatabaseRollen.Groep);
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
