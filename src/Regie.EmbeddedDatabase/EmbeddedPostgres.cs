using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Regie.EmbeddedDatabase;

/// <summary>
/// A private PostgreSQL server for development runs, tests and benchmarks: a local cluster started with the installed
/// initdb/pg_ctl on a free port (no Docker: the tests try Testcontainers themselves before they come here).
/// </summary>
public sealed partial class EmbeddedPostgres : IAsyncDisposable
{
    /// <summary>Message of the <see cref="InvalidOperationException"/> thrown when no PostgreSQL binaries are found.</summary>
    public const string PostgresNotFoundMessage =
        "PostgreSQL is niet gevonden: initdb en pg_ctl ontbreken op deze machine. "
        + "Installeer PostgreSQL (bijvoorbeeld met `sudo apt-get install -y postgresql`) "
        + "of stel een verbindingsreeks naar een bestaande database in via de omgevingsvariabele "
        + "`ConnectionStrings__Regie` (of ConnectionStrings:Regie in user-secrets/appsettings).";

    internal const string SuperUser = "regie";
    private const string MaintenanceDatabase = "postgres";
    private const string LogFileName = "regie-postgres.log";
    private const string SocketFolderName = "regie-sockets";
    private const string PostgresOsUser = "postgres";
    private const int MaxStartAttempts = 3;

    private readonly ILogger _logger;
    private readonly NpgsqlConnectionStringBuilder _baseConnectionString;
    private readonly LocalCluster _cluster;
    private int _disposed;

    private EmbeddedPostgres(
        ILogger logger,
        NpgsqlConnectionStringBuilder baseConnectionString,
        string databaseName,
        string description,
        LocalCluster cluster)
    {
        _logger = logger;
        _baseConnectionString = baseConnectionString;
        _cluster = cluster;
        Description = description;
        ConnectionString = ConnectionStringFor(databaseName);
    }

    /// <summary>Npgsql connection string to <see cref="EmbeddedPostgresOptions.DatabaseName"/>.</summary>
    public string ConnectionString { get; }

    /// <summary>Human readable description, e.g. "lokaal cluster in /tmp/x op poort 54321".</summary>
    public string Description { get; }

    public static async Task<EmbeddedPostgres> StartAsync(
        EmbeddedPostgresOptions options, ILogger logger, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DataDirectory);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DatabaseName);

        var server = await StartLocalClusterAsync(options, logger, ct);
        try
        {
            await server.CreateDatabaseAsync(options.DatabaseName, ct);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    /// <summary>Connection string for another database on the same server.</summary>
    public string ConnectionStringFor(string databaseName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databaseName);
        return new NpgsqlConnectionStringBuilder(_baseConnectionString.ConnectionString)
        {
            Database = databaseName,
        }.ConnectionString;
    }

    /// <summary>CREATE DATABASE when it does not exist yet.</summary>
    public async Task CreateDatabaseAsync(string databaseName, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databaseName);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);

        await using var connection = new NpgsqlConnection(ConnectionStringFor(MaintenanceDatabase));
        await connection.OpenAsync(ct);

        await using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection))
        {
            exists.Parameters.AddWithValue("name", databaseName);
            if (await exists.ExecuteScalarAsync(ct) is not null)
            {
                return;
            }
        }

        var quotedName = "\"" + databaseName.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        await using var create = new NpgsqlCommand("CREATE DATABASE " + quotedName, connection);
        try
        {
            await create.ExecuteNonQueryAsync(ct);
        }
        catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.DuplicateDatabase
                                               or PostgresErrorCodes.UniqueViolation)
        {
            // Created concurrently by someone else: that is what we wanted.
        }
    }

    /// <summary>Stops the local cluster's server (fast: open sessions are ended) and keeps its folder, so fault tests and
    /// the load harness can take the database away; <see cref="StartServerAgainAsync"/> brings it back on the same port.</summary>
    public async Task StopServerAsync(CancellationToken ct = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        await _cluster.StopServerAsync(ct);
    }

    /// <summary>Starts the server stopped by <see cref="StopServerAsync"/> again, on its old port (the connection strings hold).</summary>
    public async Task StartServerAgainAsync(CancellationToken ct = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        await _cluster.StartServerAsync(_logger, ct, _baseConnectionString.Port);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await _cluster.StopAsync(_logger);
    }

    private static async Task<EmbeddedPostgres> StartLocalClusterAsync(
        EmbeddedPostgresOptions options, ILogger logger, CancellationToken ct)
    {
        var binDirectory = await FindBinDirectoryAsync(options.BinDirectory, ct);
        var dataDirectory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.DataDirectory));
        var cluster = new LocalCluster(binDirectory, dataDirectory, options.Persistent, Environment.IsPrivilegedProcess);

        var createdDirectory = !Directory.Exists(dataDirectory);
        var initialized = false;
        int port;
        string password;
        try
        {
            Directory.CreateDirectory(dataDirectory);
            await cluster.PrepareDataDirectoryAsync(ct);
            if (!File.Exists(Path.Combine(dataDirectory, "PG_VERSION")))
            {
                await cluster.InitDbAsync(ct);
                initialized = true;
            }

            await cluster.StopLeftoverServerAsync(logger, ct);
            port = await cluster.StartServerAsync(logger, ct);
            password = await cluster.EnsurePasswordAuthenticationAsync(port, logger, ct);
        }
        catch
        {
            // Never delete a folder we did not create or fill ourselves (it may be something else).
            if (!options.Persistent && (createdDirectory || initialized))
            {
                TryDeleteDirectory(dataDirectory, logger);
            }

            throw;
        }

        var baseConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = SuperUser,
            Password = password,
            Database = options.DatabaseName,
            Pooling = true,
            IncludeErrorDetail = true,
        };
        var description = $"lokaal cluster in {dataDirectory} op poort {port.ToString(CultureInfo.InvariantCulture)}";
        logger.LogInformation(
            "PostgreSQL gestart als {Mode} lokaal cluster in {DataDirectory} op poort {Port} (binaries: {BinDirectory})",
            options.Persistent ? "persistent" : "tijdelijk",
            dataDirectory,
            port,
            binDirectory);
        return new EmbeddedPostgres(logger, baseConnectionString, options.DatabaseName, description, cluster);
    }
}
