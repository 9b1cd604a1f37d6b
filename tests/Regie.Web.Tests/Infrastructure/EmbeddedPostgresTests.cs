using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Regie.EmbeddedDatabase;

namespace Regie.Web.Tests.Infrastructure;

/// <summary>
/// Starts real PostgreSQL clusters with the locally installed binaries (as the postgres OS user when run as root).
/// </summary>
public sealed class EmbeddedPostgresTests
{
    [Fact]
    public async Task Temporary_cluster_works_and_is_removed_on_dispose()
    {
        var dataDirectory = NewTempPath();
        var options = new EmbeddedPostgresOptions
        {
            DataDirectory = dataDirectory,
            DatabaseName = "regie_embedded",
        };

        var postgres = await EmbeddedPostgres.StartAsync(options, NullLogger.Instance);
        string connectionString;
        try
        {
            Assert.StartsWith("lokaal cluster in ", postgres.Description, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(dataDirectory, "PG_VERSION")));

            connectionString = postgres.ConnectionString;
            Assert.Contains("Include Error Detail=True", connectionString, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(1, await ScalarAsync<int>(connectionString, "select 1"));
            Assert.Equal("regie_embedded", await ScalarAsync<string>(connectionString, "select current_database()"));

            // A name that needs quoting; creating it twice is fine.
            await postgres.CreateDatabaseAsync("Regie-Extra");
            await postgres.CreateDatabaseAsync("Regie-Extra");
            Assert.Equal("Regie-Extra", await ScalarAsync<string>(postgres.ConnectionStringFor("Regie-Extra"), "select current_database()"));
        }
        finally
        {
            await postgres.DisposeAsync();
        }

        await postgres.DisposeAsync(); // idempotent

        Assert.False(Directory.Exists(dataDirectory));
        await using var connection = new NpgsqlConnection(connectionString);
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => connection.OpenAsync());
    }

    [Fact]
    public async Task Persistent_cluster_keeps_data_across_restarts_and_survives_a_stale_pid_file()
    {
        var dataDirectory = NewTempPath();
        var options = new EmbeddedPostgresOptions { DataDirectory = dataDirectory, Persistent = true };
        try
        {
            await using (var first = await EmbeddedPostgres.StartAsync(options, NullLogger.Instance))
            {
                await ExecuteAsync(first.ConnectionString, "create table bewaard (tekst text not null)");
                await ExecuteAsync(first.ConnectionString, "insert into bewaard values ('blijft staan')");
            }

            Assert.True(File.Exists(Path.Combine(dataDirectory, "PG_VERSION")));

            // A killed run leaves postmaster.pid behind; its pid may belong to any live process by now.
            await File.WriteAllTextAsync(
                Path.Combine(dataDirectory, "postmaster.pid"),
                $"{Environment.ProcessId}\n{dataDirectory}\n");

            await using var second = await EmbeddedPostgres.StartAsync(options, NullLogger.Instance);
            Assert.Equal("blijft staan", await ScalarAsync<string>(second.ConnectionString, "select tekst from bewaard"));
            Assert.Equal("regie", await ScalarAsync<string>(second.ConnectionString, "select current_database()"));
        }
        finally
        {
            DeleteIfExists(dataDirectory);
        }
    }

    [Fact]
    public async Task Persistent_cluster_stops_a_server_left_running_by_an_earlier_run()
    {
        var dataDirectory = NewTempPath();
        var options = new EmbeddedPostgresOptions { DataDirectory = dataDirectory, Persistent = true };
        try
        {
            // Simulates a process that died without disposing: its server keeps running.
            var abandoned = await EmbeddedPostgres.StartAsync(options, NullLogger.Instance);
            Assert.Equal(1, await ScalarAsync<int>(abandoned.ConnectionString, "select 1"));

            await using var restarted = await EmbeddedPostgres.StartAsync(options, NullLogger.Instance);
            Assert.Equal(1, await ScalarAsync<int>(restarted.ConnectionString, "select 1"));

            NpgsqlConnection.ClearAllPools();
            await using var old = new NpgsqlConnection(abandoned.ConnectionString);
            if (abandoned.ConnectionString != restarted.ConnectionString)
            {
                await Assert.ThrowsAnyAsync<NpgsqlException>(() => old.OpenAsync());
            }
        }
        finally
        {
            await StopClusterAsync(dataDirectory);
            DeleteIfExists(dataDirectory);
        }
    }

    [Fact]
    public async Task Explicit_bin_directory_without_initdb_gives_a_dutch_hint()
    {
        var emptyBin = NewTempPath();
        Directory.CreateDirectory(emptyBin);
        var dataDirectory = Path.Combine(emptyBin, "data");
        try
        {
            var options = new EmbeddedPostgresOptions
            {
                DataDirectory = dataDirectory,
                BinDirectory = emptyBin,
            };

            var error = await Assert.ThrowsAsync<InvalidOperationException>(
                () => EmbeddedPostgres.StartAsync(options, NullLogger.Instance));

            Assert.StartsWith(EmbeddedPostgres.PostgresNotFoundMessage, error.Message, StringComparison.Ordinal);
            Assert.Contains("apt-get install", error.Message, StringComparison.Ordinal);
            Assert.Contains("ConnectionStrings__Regie", error.Message, StringComparison.Ordinal);
            Assert.Contains(emptyBin, error.Message, StringComparison.Ordinal);
            Assert.False(Directory.Exists(dataDirectory));
        }
        finally
        {
            DeleteIfExists(emptyBin);
        }
    }

    [Fact]
    public async Task A_non_empty_folder_that_is_no_cluster_is_refused_with_the_tool_output_and_left_alone()
    {
        var folder = NewTempPath();
        Directory.CreateDirectory(folder);
        var precious = Path.Combine(folder, "belangrijk.txt");
        await File.WriteAllTextAsync(precious, "niet weggooien");
        try
        {
            var options = new EmbeddedPostgresOptions { DataDirectory = folder };

            var error = await Assert.ThrowsAsync<InvalidOperationException>(
                () => EmbeddedPostgres.StartAsync(options, NullLogger.Instance));

            Assert.StartsWith("initdb is mislukt", error.Message, StringComparison.Ordinal);
            Assert.Contains("not empty", error.Message, StringComparison.Ordinal);
            Assert.True(File.Exists(precious));
        }
        finally
        {
            DeleteIfExists(folder);
        }
    }

    [Fact]
    public async Task As_root_a_data_directory_the_postgres_user_cannot_reach_gives_a_clear_error()
    {
        if (OperatingSystem.IsWindows() || !Environment.IsPrivilegedProcess)
        {
            return; // only root hands the cluster to the postgres OS user
        }

        var lockedParent = NewTempPath();
        Directory.CreateDirectory(lockedParent, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var dataDirectory = Path.Combine(lockedParent, "data");
        try
        {
            var options = new EmbeddedPostgresOptions { DataDirectory = dataDirectory };

            var error = await Assert.ThrowsAsync<InvalidOperationException>(
                () => EmbeddedPostgres.StartAsync(options, NullLogger.Instance));

            Assert.Contains("niet bereikbaar voor de OS-gebruiker 'postgres'", error.Message, StringComparison.Ordinal);
            Assert.False(Directory.Exists(dataDirectory));
        }
        finally
        {
            DeleteIfExists(lockedParent);
        }
    }

    [Fact]
    public async Task Default_options_start_a_local_cluster_quickly_with_or_without_docker()
    {
        var dataDirectory = NewTempPath();
        var stopwatch = Stopwatch.StartNew();
        await using (var postgres = await EmbeddedPostgres.StartAsync(
                         new EmbeddedPostgresOptions { DataDirectory = dataDirectory }, NullLogger.Instance))
        {
            Assert.Equal("regie", await ScalarAsync<string>(postgres.ConnectionString, "select current_database()"));
            // Docker or not: the embedded database is always the local cluster.
            Assert.StartsWith("lokaal cluster in ", postgres.Description, StringComparison.Ordinal);
            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(30), $"start duurde {stopwatch.Elapsed}");
        }

        Assert.False(Directory.Exists(dataDirectory));
    }

    [Fact]
    public async Task Docker_ping_is_false_for_a_missing_socket_or_a_silent_server_and_true_for_an_answering_one()
    {
        var folder = NewTempPath();
        Directory.CreateDirectory(folder);
        try
        {
            var missing = new Uri("unix://" + Path.Combine(folder, "missing.sock"));
            Assert.False(await DockerPostgres.PingDockerAsync(missing, TimeSpan.FromSeconds(2), CancellationToken.None));
            Assert.False(await DockerPostgres.PingDockerAsync(new Uri("npipe:////./pipe/docker_engine"), TimeSpan.FromSeconds(2), CancellationToken.None));

            var silentPath = Path.Combine(folder, "silent.sock");
            using var silent = Listen(silentPath);
            var stopwatch = Stopwatch.StartNew();
            Assert.False(await DockerPostgres.PingDockerAsync(new Uri("unix://" + silentPath), TimeSpan.FromMilliseconds(300), CancellationToken.None));
            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5));

            var answeringPath = Path.Combine(folder, "docker.sock");
            using var answering = Listen(answeringPath);
            var server = AnswerOnceAsync(answering);
            Assert.True(await DockerPostgres.PingDockerAsync(new Uri("unix://" + answeringPath), TimeSpan.FromSeconds(5), CancellationToken.None));
            Assert.StartsWith("GET /_ping ", await server, StringComparison.Ordinal);
        }
        finally
        {
            DeleteIfExists(folder);
        }
    }

    private static Socket Listen(string socketPath)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(socketPath));
        socket.Listen();
        return socket;
    }

    private static async Task<string> AnswerOnceAsync(Socket listener)
    {
        using var client = await listener.AcceptAsync();
        var buffer = new byte[4096];
        var received = new StringBuilder();
        while (!received.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var count = await client.ReceiveAsync(buffer, SocketFlags.None);
            if (count == 0)
            {
                break;
            }

            received.Append(Encoding.ASCII.GetString(buffer, 0, count));
        }

        await client.SendAsync(
            Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\nConnection: close\r\n\r\nOK"),
            SocketFlags.None);
        return received.ToString();
    }

    private static string NewTempPath() =>
        Path.Combine(Path.GetTempPath(), "regie-embpg-" + Guid.NewGuid().ToString("N")[..12]);

    private static void DeleteIfExists(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Last-resort stop of a cluster a test left running (pg_ctl refuses root, hence runuser).</summary>
    private static async Task StopClusterAsync(string dataDirectory)
    {
        if (!File.Exists(Path.Combine(dataDirectory, "postmaster.pid")))
        {
            return;
        }

        var pgCtl = Directory.GetDirectories("/usr/lib/postgresql")
            .Select(dir => Path.Combine(dir, "bin", "pg_ctl"))
            .First(File.Exists);
        var startInfo = Environment.IsPrivilegedProcess
            ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", pgCtl, "stop", "-D", dataDirectory, "-m", "immediate"])
            : new ProcessStartInfo(pgCtl, ["stop", "-D", dataDirectory, "-m", "immediate"]);
        startInfo.WorkingDirectory = "/";
        using var process = Process.Start(startInfo)!;
        await process.WaitForExitAsync();
    }

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
