using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Regie.EmbeddedDatabase;
using Regie.Web.Infrastructure.Database;

namespace Regie.Web.Tests;

/// <summary>A test database with the app's two roles: <see cref="Eigenaar"/> owns it and runs the migrations (a login
/// that is no superuser, as on a hosted server); <see cref="App"/> is the runtime login, a member of regie_app.</summary>
public sealed record TestDatabase(string Eigenaar, string App);

/// <summary>One PostgreSQL server for the whole test run, in this order: the REGIE_TEST_DB connection string if set
/// (a login that may create databases and roles), else Testcontainers where Docker answers, else a private cluster
/// from the local binaries. Every test class gets a database of its own on it, so each class starts clean.</summary>
public static class TestDatabaseServer
{
    internal const string EigenaarLogin = "regie_test_eigenaar";
    internal const string AppLogin = "regie_test_web";

    private static readonly Lazy<Task<Func<string, Task<TestDatabase>>>> Server = new(StartAsync);

    public static async Task<TestDatabase> NieuweDatabaseAsync()
    {
        var maak = await Server.Value;
        return await maak($"regie_test_{Guid.NewGuid():N}");
    }

    private static async Task<Func<string, Task<TestDatabase>>> StartAsync()
    {
        var beheer = Environment.GetEnvironmentVariable("REGIE_TEST_DB");
        if (string.IsNullOrWhiteSpace(beheer))
        {
            beheer = await DockerPostgres.ProbeerStartAsync() ?? await StartEigenServerAsync();
        }
        return await OpServerAsync(beheer);
    }

    /// <summary>Makes the test roles on the server of <paramref name="beheer"/> (a superuser); returns how to make a database there.</summary>
    internal static async Task<Func<string, Task<TestDatabase>>> OpServerAsync(string beheer)
    {
        // The same roles as in production, made once per run: parallel test classes then never race on CREATE ROLE.
        var eigenaarWachtwoord = Wachtwoord(beheer, EigenaarLogin);
        var appWachtwoord = Wachtwoord(beheer, AppLogin);
        await DatabaseRollen.MaakLoginAsync(beheer, EigenaarLogin, eigenaarWachtwoord);
        await DatabaseRollen.MaakLoginAsync(beheer, AppLogin, appWachtwoord);
        await DatabaseRollen.MaakGroepAsync(beheer);
        await DatabaseRollen.MaakLidAsync(beheer, AppLogin);

        return async naam =>
        {
            await using (var connection = new NpgsqlConnection(beheer))
            {
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"CREATE DATABASE \"{naam}\" OWNER {EigenaarLogin}", connection);
                await command.ExecuteNonQueryAsync();
            }
            string Voor(string login, string wachtwoord) =>
                new NpgsqlConnectionStringBuilder(beheer) { Database = naam, Username = login, Password = wachtwoord }.ConnectionString;
            return new TestDatabase(Voor(EigenaarLogin, eigenaarWachtwoord), Voor(AppLogin, appWachtwoord));
        };
    }

    /// <summary>Starts the private server; returns a superuser connection string to its maintenance database.</summary>
    private static async Task<string> StartEigenServerAsync()
    {
        OpruimenVanEerdereRuns();
        var map = Path.Combine(Path.GetTempPath(), $"{MapVoorvoegsel}{Environment.ProcessId}-{Guid.NewGuid():N}");
        var server = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions
        {
            DataDirectory = map,
            Persistent = false,
        }, NullLogger.Instance);
        // xunit v2 has no assembly-wide teardown: stop the cluster (and delete its folder) when the test process ends.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        // The test host may be killed before ProcessExit runs (a crash, a time-out, Ctrl+C): a watcher outside
        // this process then stops the server and removes the folder, so no run leaves a cluster behind.
        BewaakOpruimen(Environment.ProcessId, map);
        return server.ConnectionStringFor("postgres");
    }

    // Stable per server: two test runs against one REGIE_TEST_DB do not change each other's passwords.
    private static string Wachtwoord(string beheer, string login) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"regie-test|{beheer}|{login}")));

    internal const string MapVoorvoegsel = "regie-tests-";

    internal static void BewaakOpruimen(int testProces, string map)
    {
        var script = $$"""
            while kill -0 {{testProces}} 2>/dev/null; do sleep 1; done
            {{StopEnVerwijder(map)}}
            """;
        try
        {
            using var _ = Process.Start(new ProcessStartInfo("setsid", ["sh", "-c", script]) { UseShellExecute = false });
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No setsid/sh (not Linux): ProcessExit and the sweep at the next run still clean up.
        }
    }

    /// <summary>Folders of earlier runs whose test process is gone (a machine restart, a kill before the watcher ran).</summary>
    internal static void OpruimenVanEerdereRuns()
    {
        foreach (var map in Directory.EnumerateDirectories(Path.GetTempPath(), MapVoorvoegsel + "*"))
        {
            var deel = Path.GetFileName(map)[MapVoorvoegsel.Length..].Split('-')[0];
            // Only folders named with their owner's pid; one whose owner still runs belongs to a parallel run.
            if (!int.TryParse(deel, out var pid) || ProcesLeeft(pid)) continue;
            try
            {
                using var opruimer = Process.Start(new ProcessStartInfo("sh", ["-c", StopEnVerwijder(map)]) { UseShellExecute = false });
                opruimer?.WaitForExit(30_000);
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return;
            }
        }
    }

    /// <summary>Immediate shutdown (SIGQUIT to the postmaster), then remove the folder.</summary>
    internal static string StopEnVerwijder(string map) => $$"""
        if [ -f '{{map}}/postmaster.pid' ]; then
          p=$(head -n 1 '{{map}}/postmaster.pid')
          kill -QUIT "$p" 2>/dev/null
          i=0; while kill -0 "$p" 2>/dev/null && [ $i -lt 100 ]; do sleep 0.2; i=$((i+1)); done
        fi
        rm -rf '{{map}}'
        """;

    private static bool ProcesLeeft(int pid)
    {
        try
        {
            using var proces = Process.GetProcessById(pid);
            return !proces.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
