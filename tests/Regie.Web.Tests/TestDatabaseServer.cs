using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Regie.Web.Infrastructure.Database;

namespace Regie.Web.Tests;

/// <summary>One PostgreSQL server for the whole test run, in this order: the REGIE_TEST_DB connection string if set,
/// else Testcontainers where Docker answers, else a private cluster from the local binaries.
/// Every test class gets a database of its own on it, so each class starts clean.</summary>
public static class TestDatabaseServer
{
    private static readonly Lazy<Task<Func<string, Task<string>>>> Server = new(StartAsync);

    public static async Task<string> NieuweDatabaseAsync()
    {
        var maak = await Server.Value;
        return await maak($"regie_test_{Guid.NewGuid():N}");
    }

    private static async Task<Func<string, Task<string>>> StartAsync()
    {
        var configured = Environment.GetEnvironmentVariable("REGIE_TEST_DB");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return async naam =>
            {
                await using (var connection = new NpgsqlConnection(configured))
                {
                    await connection.OpenAsync();
                    await using var command = new NpgsqlCommand($"CREATE DATABASE \"{naam}\"", connection);
                    await command.ExecuteNonQueryAsync();
                }
                return new NpgsqlConnectionStringBuilder(configured) { Database = naam }.ConnectionString;
            };
        }

        var server = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions
        {
            DataDirectory = Path.Combine(Path.GetTempPath(), $"regie-tests-{Guid.NewGuid():N}"),
            Persistent = false,
        }, NullLogger.Instance);
        // xunit v2 has no assembly-wide teardown: stop the cluster when the test process ends.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return async naam =>
        {
            await server.CreateDatabaseAsync(naam);
            return server.ConnectionStringFor(naam);
        };
    }
}
