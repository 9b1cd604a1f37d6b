using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Regie.EmbeddedDatabase;
using Regie.Web.Infrastructure.Database;

namespace Regie.Belasting;

/// <summary>The PostgreSQL cluster the app instances share: a fresh temporary one (the app seeds its demo data), or the
/// generator's persistent folder (<c>--database groot</c>). The harness itself talks to it as the owner.</summary>
public sealed partial class Cluster : IAsyncDisposable
{
    private const string LogBestand = "regie-postgres.log";
    private readonly EmbeddedPostgres _server;

    private Cluster(EmbeddedPostgres server, string dataMap, string appVerbinding)
    {
        _server = server;
        DataMap = dataMap;
        Eigenaar = server.ConnectionString;
        App = appVerbinding;
        Bron = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(Eigenaar) { Timeout = 5, CommandTimeout = 120 }.ConnectionString);
    }

    public string DataMap { get; }

    /// <summary>The owner (superuser of the private cluster): migrations, and the harness's own look-ups and checks.</summary>
    public string Eigenaar { get; }

    /// <summary>The runtime login the app serves requests with (no superuser, member of regie_app).</summary>
    public string App { get; }

    public NpgsqlDataSource Bron { get; }

    public static async Task<Cluster> StartAsync(string? database, CancellationToken ct)
    {
        var dataMap = database switch
        {
            null => Path.Combine(Path.GetTempPath(), $"regie-belasting-{Guid.NewGuid():N}"),
            "groot" => Path.Combine(Repo.Map, "benchmarks", ".data", "groot"),
            _ => Path.GetFullPath(database),
        };
        if (database is not null && !File.Exists(Path.Combine(dataMap, "PG_VERSION")))
            throw new InvalidOperationException($"Geen database in {dataMap}: maak die eerst met benchmarks/Regie.Datagenerator.");
        Console.WriteLine(database is null ? "Tijdelijk cluster starten…" : $"Cluster in {dataMap} starten…");
        var server = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions
        {
            DataDirectory = dataMap, Persistent = database is not null,
        }, NullLogger.Instance, ct);
        // As RegieDatabase does for the embedded default: a fresh password each run for the runtime login.
        var wachtwoord = RandomNumberGenerator.GetString("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 32);
        await DatabaseRollen.MaakLoginAsync(server.ConnectionString, DatabaseRollen.AppLogin, wachtwoord, ct);
        var app = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Username = DatabaseRollen.AppLogin, Password = wachtwoord }.ConnectionString;
        return new Cluster(server, dataMap, app);
    }

    public async Task<T?> ScalarAsync<T>(string sql, CancellationToken ct, params object[] parameters)
    {
        await using var command = Bron.CreateCommand(sql);
        foreach (var p in parameters) command.Parameters.Add(new NpgsqlParameter { Value = p });
        var waarde = await command.ExecuteScalarAsync(ct);
        return waarde is null or DBNull ? default : (T)waarde;
    }

    public async Task<List<object[]>> RijenAsync(string sql, CancellationToken ct, params object[] parameters)
    {
        await using var command = Bron.CreateCommand(sql);
        foreach (var p in parameters) command.Parameters.Add(new NpgsqlParameter { Value = p });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rijen = new List<object[]>();
        while (await reader.ReadAsync(ct))
        {
            var rij = new object[reader.FieldCount];
            reader.GetValues(rij);
            rijen.Add(rij);
        }
        return rijen;
    }

    public async Task UitvoerenAsync(string sql, CancellationToken ct)
    {
        await using var command = Bron.CreateCommand(sql);
        await command.ExecuteNonQueryAsync(ct);
    }

    // ---- statements per view: PostgreSQL logs every statement of the app's login for a moment ----

    /// <summary>Runs <paramref name="verzoek"/> three times with log_statement = 'all' and counts the statements the app's
    /// login ran for it (BEGIN/COMMIT included); the lowest count, so a background query in between does not count.</summary>
    public async Task<int> TelStatementsAsync(Func<Task> verzoek, CancellationToken ct)
    {
        var log = Path.Combine(DataMap, LogBestand);
        await UitvoerenAsync("ALTER SYSTEM SET log_statement = 'all'", ct);
        await UitvoerenAsync("ALTER SYSTEM SET log_line_prefix = '%m [%p] %u '", ct);
        await UitvoerenAsync("SELECT pg_reload_conf()", ct);
        try
        {
            await Task.Delay(500, ct);
            var minste = int.MaxValue;
            for (var i = 0; i < 3; i++)
            {
                var begin = new FileInfo(log).Length;
                await verzoek();
                await Task.Delay(300, ct);
                minste = Math.Min(minste, TelRegels(log, begin));
            }
            return minste;
        }
        finally
        {
            await UitvoerenAsync("ALTER SYSTEM RESET log_statement", CancellationToken.None);
            await UitvoerenAsync("ALTER SYSTEM RESET log_line_prefix", CancellationToken.None);
            await UitvoerenAsync("SELECT pg_reload_conf()", CancellationToken.None);
        }
    }

    private static int TelRegels(string log, long vanaf)
    {
        using var stream = new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Seek(vanaf, SeekOrigin.Begin);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var aantal = 0;
        while (reader.ReadLine() is { } regel)
            if (Statement().IsMatch(regel)) aantal++;
        return aantal;
    }

    [GeneratedRegex($@"\] {DatabaseRollen.AppLogin} LOG:  (statement|execute [^:]*): ")]
    private static partial Regex Statement();

    // ---- the outage: the app's EmbeddedPostgres stops the server (pg_ctl stop -m fast) and starts it on the same port ----

    public async Task StopAsync(CancellationToken ct)
    {
        NpgsqlConnection.ClearAllPools();
        await _server.StopServerAsync(ct);
    }

    public Task StartWeerAsync(CancellationToken ct) => _server.StartServerAgainAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await Bron.DisposeAsync();
        await _server.DisposeAsync();
    }
}
