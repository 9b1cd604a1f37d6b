using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
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
            DataDirectory = dataMap, Persistent = database is not null, TryTestcontainers = false,
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

    // ---- the outage: pg_ctl stop / start with the options the server runs with ----

    /// <summary>pg_ctl stop -m fast. Returns the server's own start options (from postmaster.opts) for <see cref="StartWeerAsync"/>.</summary>
    public async Task<string> StopAsync(CancellationToken ct)
    {
        var opts = await File.ReadAllTextAsync(Path.Combine(DataMap, "postmaster.opts"), ct);
        // postmaster.opts: /usr/lib/postgresql/15/bin/postgres "-D" "/map" "-c" "port=1234" …; keep what follows the folder.
        var delen = Aanhalingen().Matches(opts).Select(m => m.Groups[1].Value).ToList();
        var na = delen.IndexOf("-D") is var d and >= 0 ? delen.Skip(d + 2) : delen;
        var opties = string.Join(' ', na.Select(a => "'" + a.Replace("'", "'\\''", StringComparison.Ordinal) + "'"));
        NpgsqlConnection.ClearAllPools();
        await PgCtlAsync(["stop", "-D", DataMap, "-m", "fast", "-w", "-s"], ct);
        return opties;
    }

    public async Task StartWeerAsync(string opties, CancellationToken ct) =>
        await PgCtlAsync(["start", "-D", DataMap, "-w", "-t", "60", "-s", "-l", Path.Combine(DataMap, LogBestand), "-o", opties], ct);

    private static async Task PgCtlAsync(IEnumerable<string> argumenten, CancellationToken ct)
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql").Select(m => Path.Combine(m, "bin", "pg_ctl")).Where(File.Exists).Order().LastOrDefault()
                  ?? throw new InvalidOperationException("pg_ctl niet gevonden onder /usr/lib/postgresql.");
        var alsRoot = Environment.UserName == "root";
        var start = new ProcessStartInfo(alsRoot ? "runuser" : bin) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/" };
        if (alsRoot) foreach (var a in new[] { "-u", "postgres", "--", bin }) start.ArgumentList.Add(a);
        foreach (var a in argumenten) start.ArgumentList.Add(a);
        using var proces = Process.Start(start)!;
        var uit = proces.StandardOutput.ReadToEndAsync(ct);
        var fout = proces.StandardError.ReadToEndAsync(ct);
        await proces.WaitForExitAsync(ct);
        if (proces.ExitCode != 0)
            throw new InvalidOperationException($"pg_ctl {string.Join(' ', argumenten)} gaf {proces.ExitCode}: {await uit} {await fout}");
    }

    [GeneratedRegex("\"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex Aanhalingen();

    public async ValueTask DisposeAsync()
    {
        await Bron.DisposeAsync();
        await _server.DisposeAsync();
    }
}
