using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;
using Npgsql;
using Testcontainers.PostgreSql;

namespace Regie.Web.Infrastructure.Database;

/// <summary>Settings for <see cref="EmbeddedPostgres"/>.</summary>
public sealed record EmbeddedPostgresOptions
{
    /// <summary>Folder of the local cluster (PG_VERSION lives directly in it).</summary>
    public required string DataDirectory { get; init; }

    /// <summary>true: keep the data between runs (development); false: delete the folder on dispose (tests).</summary>
    public bool Persistent { get; init; }

    public string DatabaseName { get; init; } = "regie";

    /// <summary>Optional folder with initdb/pg_ctl. When set, no other location is tried.</summary>
    public string? BinDirectory { get; init; }

    public bool TryTestcontainers { get; init; } = true;
}

/// <summary>
/// A private PostgreSQL server for development runs and tests: a Testcontainers container when a Docker
/// engine answers, otherwise a local cluster started with the installed initdb/pg_ctl on a free port.
/// </summary>
public sealed partial class EmbeddedPostgres : IAsyncDisposable
{
    /// <summary>Message of the <see cref="InvalidOperationException"/> thrown when no PostgreSQL binaries are found.</summary>
    public const string PostgresNotFoundMessage =
        "PostgreSQL is niet gevonden: initdb en pg_ctl ontbreken op deze machine. "
        + "Installeer PostgreSQL (bijvoorbeeld met `sudo apt-get install -y postgresql`) "
        + "of stel een verbindingsreeks naar een bestaande database in via de omgevingsvariabele "
        + "`ConnectionStrings__Regie` (of ConnectionStrings:Regie in user-secrets/appsettings).";

    public const string ContainerImage = "postgres:16-alpine";

    internal const string SuperUser = "regie";
    private const string ContainerPassword = "regie";
    private const string MaintenanceDatabase = "postgres";
    private const string LogFileName = "regie-postgres.log";
    private const string SocketFolderName = "regie-sockets";
    private const string PostgresOsUser = "postgres";
    private const int MaxStartAttempts = 3;
    private static readonly TimeSpan DockerPingTimeout = TimeSpan.FromSeconds(2);

    private readonly ILogger _logger;
    private readonly NpgsqlConnectionStringBuilder _baseConnectionString;
    private readonly PostgreSqlContainer? _container;
    private readonly LocalCluster? _cluster;
    private int _disposed;

    private EmbeddedPostgres(
        ILogger logger,
        NpgsqlConnectionStringBuilder baseConnectionString,
        string databaseName,
        string description,
        PostgreSqlContainer? container,
        LocalCluster? cluster)
    {
        _logger = logger;
        _baseConnectionString = baseConnectionString;
        _container = container;
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

        EmbeddedPostgres? server = null;
        if (options.TryTestcontainers && await IsDockerAvailableAsync(ct))
        {
            server = await TryStartContainerAsync(options, logger, ct);
        }

        server ??= await StartLocalClusterAsync(options, logger, ct);
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
        var cluster = _cluster ?? throw new NotSupportedException("Alleen een lokaal cluster kan worden gestopt en weer gestart.");
        await cluster.StopServerAsync(ct);
    }

    /// <summary>Starts the server stopped by <see cref="StopServerAsync"/> again, on its old port (the connection strings hold).</summary>
    public async Task StartServerAgainAsync(CancellationToken ct = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        var cluster = _cluster ?? throw new NotSupportedException("Alleen een lokaal cluster kan worden gestopt en weer gestart.");
        await cluster.StartServerAsync(_logger, ct, _baseConnectionString.Port);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }

        if (_cluster is not null)
        {
            await _cluster.StopAsync(_logger);
        }
    }

    // ---------------------------------------------------------------- Testcontainers

    private static async Task<EmbeddedPostgres?> TryStartContainerAsync(
        EmbeddedPostgresOptions options, ILogger logger, CancellationToken ct)
    {
        var container = new PostgreSqlBuilder(ContainerImage)
            .WithDatabase(options.DatabaseName)
            .WithUsername(SuperUser)
            .WithPassword(ContainerPassword)
            .WithLogger(logger)
            .Build();
        try
        {
            await container.StartAsync(ct);
        }
        catch (Exception ex)
        {
            await container.DisposeAsync();
            if (ct.IsCancellationRequested)
            {
                throw;
            }

            logger.LogWarning(
                ex, "Docker antwoordt, maar de PostgreSQL-container kon niet starten; er wordt een lokaal cluster gebruikt.");
            return null;
        }

        var baseConnectionString = new NpgsqlConnectionStringBuilder(container.GetConnectionString())
        {
            Pooling = true,
            IncludeErrorDetail = true,
        };
        var description = $"Testcontainers {ContainerImage} op {container.Hostname}:"
                          + container.GetMappedPublicPort(PostgreSqlBuilder.PostgreSqlPort).ToString(CultureInfo.InvariantCulture);
        logger.LogInformation(
            "PostgreSQL gestart via Docker: {Description}{Note}",
            description,
            options.Persistent ? " (let op: containerdata blijft niet bewaard)" : string.Empty);
        return new EmbeddedPostgres(logger, baseConnectionString, options.DatabaseName, description, container, cluster: null);
    }

    internal static async Task<bool> IsDockerAvailableAsync(CancellationToken ct)
    {
        var endpoint = FindDockerEndpoint();
        return endpoint is not null && await PingDockerAsync(endpoint, DockerPingTimeout, ct);
    }

    /// <summary>DOCKER_HOST, else the first Docker socket that exists; null when there is none.</summary>
    internal static Uri? FindDockerEndpoint()
    {
        var dockerHost = Environment.GetEnvironmentVariable("DOCKER_HOST");
        if (!string.IsNullOrWhiteSpace(dockerHost))
        {
            return Uri.TryCreate(dockerHost, UriKind.Absolute, out var uri) ? uri : null;
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var runtimeDir = Environment.GetEnvironmentVariable("XDG_RUNTIME_DIR");
        string?[] candidates =
        [
            "/var/run/docker.sock",
            string.IsNullOrEmpty(runtimeDir) ? null : Path.Combine(runtimeDir, "docker.sock"),
            string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".docker", "run", "docker.sock"),
            string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".docker", "desktop", "docker.sock"),
        ];
        var socket = candidates.FirstOrDefault(path => path is not null && File.Exists(path));
        return socket is null ? null : new Uri("unix://" + socket);
    }

    /// <summary>GET /_ping on the Docker engine; false on any failure or after <paramref name="timeout"/>.</summary>
    internal static async Task<bool> PingDockerAsync(Uri endpoint, TimeSpan timeout, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(endpoint);

        Uri requestUri;
        string? socketPath = null;
        switch (endpoint.Scheme)
        {
            case "unix":
                socketPath = Uri.UnescapeDataString(endpoint.AbsolutePath);
                if (!File.Exists(socketPath))
                {
                    return false;
                }

                requestUri = new Uri("http://docker/_ping");
                break;
            case "tcp" or "http":
                requestUri = new UriBuilder("http", endpoint.Host, endpoint.Port, "/_ping").Uri;
                break;
            case "https":
                requestUri = new UriBuilder("https", endpoint.Host, endpoint.Port, "/_ping").Uri;
                break;
            default:
                // npipe://, ssh://: no cheap check; use the local cluster.
                return false;
        }

        using var timeoutCts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeoutCts.CancelAfter(timeout);

        var handler = new SocketsHttpHandler { UseProxy = false, ConnectTimeout = timeout };
        if (socketPath is not null)
        {
            handler.ConnectCallback = async (_, token) =>
            {
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                try
                {
                    await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), token);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
        }

        using var client = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        try
        {
            using var response = await client.GetAsync(requestUri, timeoutCts.Token);
            return response.IsSuccessStatusCode;
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            return false;
        }
    }

    // ---------------------------------------------------------------- local cluster

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
        return new EmbeddedPostgres(logger, baseConnectionString, options.DatabaseName, description, container: null, cluster);
    }

    /// <summary>
    /// BinDirectory (exclusively, when set) → pg_config --bindir → highest /usr/lib/postgresql/*/bin → PATH.
    /// </summary>
    internal static async Task<string> FindBinDirectoryAsync(string? explicitBinDirectory, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(explicitBinDirectory))
        {
            var full = Path.GetFullPath(explicitBinDirectory);
            return HasServerTools(full)
                ? full
                : throw new InvalidOperationException(
                    $"{PostgresNotFoundMessage} De ingestelde BinDirectory '{full}' bevat geen initdb en pg_ctl.");
        }

        var fromPgConfig = await TryGetPgConfigBinDirectoryAsync(ct);
        if (fromPgConfig is not null && HasServerTools(fromPgConfig))
        {
            return fromPgConfig;
        }

        const string debianRoot = "/usr/lib/postgresql";
        if (Directory.Exists(debianRoot))
        {
            var newest = Directory.EnumerateDirectories(debianRoot)
                .Select(dir => (Dir: Path.Combine(dir, "bin"), Version: ParseVersion(Path.GetFileName(dir))))
                .Where(candidate => candidate.Version is not null && HasServerTools(candidate.Dir))
                .OrderByDescending(candidate => candidate.Version)
                .Select(candidate => candidate.Dir)
                .FirstOrDefault();
            if (newest is not null)
            {
                return newest;
            }
        }

        var fromPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault(HasServerTools);
        return fromPath ?? throw new InvalidOperationException(PostgresNotFoundMessage);
    }

    private static Version? ParseVersion(string name) =>
        Version.TryParse(name.Contains('.', StringComparison.Ordinal) ? name : name + ".0", out var version)
            ? version
            : null;

    private static bool HasServerTools(string directory) =>
        File.Exists(Path.Combine(directory, "initdb")) && File.Exists(Path.Combine(directory, "pg_ctl"));

    private static async Task<string?> TryGetPgConfigBinDirectoryAsync(CancellationToken ct)
    {
        try
        {
            var result = await RunToolAsync("pg_config", ["--bindir"], asPostgres: false, ct);
            return result.ExitCode == 0 && result.Output.Length > 0 ? result.Output : null;
        }
        catch (Win32Exception)
        {
            return null; // pg_config is not installed
        }
    }

    private static void TryDeleteDirectory(string directory, ILogger logger)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(ex, "Kon de PostgreSQL-map {Directory} niet verwijderen", directory);
        }
    }

    private readonly record struct ToolResult(int ExitCode, string Output);

    /// <summary>Runs a tool (as the postgres OS user when asked), capturing stdout and stderr.</summary>
    private static async Task<ToolResult> RunToolAsync(
        string fileName, IReadOnlyList<string> arguments, bool asPostgres, CancellationToken ct)
    {
        var startInfo = new ProcessStartInfo
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // The caller's cwd (e.g. /root) may be unreadable for the postgres user.
            WorkingDirectory = "/",
        };
        if (asPostgres)
        {
            startInfo.FileName = "runuser";
            startInfo.ArgumentList.Add("-u");
            startInfo.ArgumentList.Add(PostgresOsUser);
            startInfo.ArgumentList.Add("--");
            startInfo.ArgumentList.Add(fileName);
        }
        else
        {
            startInfo.FileName = fileName;
        }

        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = startInfo };
        process.Start();
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // already exited
            }

            throw;
        }

        var output = ((await stdout).Trim() + Environment.NewLine + (await stderr).Trim()).Trim();
        return new ToolResult(process.ExitCode, output);
    }

    private sealed partial class LocalCluster(string binDirectory, string dataDirectory, bool persistent, bool runAsPostgres)
    {
        private string PgCtl => Path.Combine(binDirectory, "pg_ctl");

        private string LogFile => Path.Combine(dataDirectory, LogFileName);

        /// <summary>As root: hand the folder to the postgres user and check that it can reach it.</summary>
        public async Task PrepareDataDirectoryAsync(CancellationToken ct)
        {
            if (!runAsPostgres)
            {
                return;
            }

            await ChownToPostgresAsync(dataDirectory, ct);
            var access = await RunToolAsync(
                "test", ["-r", dataDirectory, "-a", "-w", dataDirectory, "-a", "-x", dataDirectory], asPostgres: true, ct);
            if (access.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    ($"De PostgreSQL-datamap '{dataDirectory}' is niet bereikbaar voor de OS-gebruiker '{PostgresOsUser}'. "
                     + "Als root draaien initdb en pg_ctl als die gebruiker, dus elke bovenliggende map moet voor hem "
                     + "doorzoekbaar zijn (een map onder /root is dat niet). Kies bijvoorbeeld een map onder /tmp of /var/lib. "
                     + access.Output).TrimEnd());
            }
        }

        /// <summary>initdb with password authentication only; the superuser's password is kept in the data folder.</summary>
        public async Task InitDbAsync(CancellationToken ct)
        {
            var password = NewPassword();
            // initdb wants an empty data folder, so the password goes in through a private file next to it.
            var passwordFile = Path.Combine(Path.GetTempPath(), $"regie-initdb-{Guid.NewGuid():N}");
            WritePrivateFile(passwordFile, password);
            try
            {
                if (runAsPostgres)
                {
                    await ChownToPostgresAsync(passwordFile, ct);
                }

                List<string> arguments =
                [
                    "-D", dataDirectory, "-U", SuperUser, "--auth=scram-sha-256", "--pwfile=" + passwordFile,
                    "-E", "UTF8", "--locale=C.UTF-8",
                ];
                if (!persistent)
                {
                    arguments.Add("--no-sync");
                }

                await RunCheckedAsync(Path.Combine(binDirectory, "initdb"), arguments, ct);
            }
            finally
            {
                File.Delete(passwordFile);
            }

            WritePrivateFile(PasswordFile, password);
        }

        /// <summary>
        /// A postmaster.pid from an earlier run: stop that server when it is still ours and alive,
        /// otherwise remove the stale file (its pid may belong to an unrelated process by now).
        /// </summary>
        public async Task StopLeftoverServerAsync(ILogger logger, CancellationToken ct)
        {
            var pidFile = Path.Combine(dataDirectory, "postmaster.pid");
            if (!File.Exists(pidFile))
            {
                return;
            }

            var lines = await File.ReadAllLinesAsync(pidFile, ct);
            if (lines.Length > 0
                && int.TryParse(lines[0].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid)
                && IsOurPostmaster(pid))
            {
                logger.LogInformation(
                    "Er draait nog een PostgreSQL-server (pid {Pid}) op {DataDirectory}; die wordt eerst gestopt",
                    pid,
                    dataDirectory);
                await RunCheckedAsync(PgCtl, ["stop", "-D", dataDirectory, "-m", "fast", "-w", "-s"], ct);
                return;
            }

            logger.LogInformation("Verouderd postmaster.pid in {DataDirectory} wordt verwijderd", dataDirectory);
            File.Delete(pidFile);
        }

        private bool IsOurPostmaster(int pid)
        {
            var cmdline = $"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/cmdline";
            if (Directory.Exists("/proc/self"))
            {
                try
                {
                    // The postmaster keeps its original command line: ".../postgres -D <dataDirectory> ...".
                    return File.ReadAllText(cmdline).Split('\0').Contains(dataDirectory, StringComparer.Ordinal);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    return false;
                }
            }

            try
            {
                using var process = Process.GetProcessById(pid);
                return process.ProcessName is "postgres" or "postmaster";
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
            {
                return false;
            }
        }

        /// <summary>Starts the server on a free port (or on <paramref name="vastePoort"/>, once); returns that port.</summary>
        public async Task<int> StartServerAsync(ILogger logger, CancellationToken ct, int? vastePoort = null)
        {
            var socketDirectory = PrepareSocketDirectory();
            if (runAsPostgres && socketDirectory is not null)
            {
                await ChownToPostgresAsync(socketDirectory, ct);
            }

            for (var attempt = 1; ; attempt++)
            {
                var port = vastePoort ?? GetFreePort();
                if (File.Exists(LogFile))
                {
                    File.Delete(LogFile);
                }

                var result = await RunToolAsync(
                    PgCtl,
                    ["start", "-D", dataDirectory, "-w", "-t", "60", "-s", "-l", LogFile, "-o", ServerOptions(port, socketDirectory)],
                    runAsPostgres,
                    ct);
                if (result.ExitCode == 0)
                {
                    return port;
                }

                var log = ReadLogTail();
                if (vastePoort is null && attempt < MaxStartAttempts && log.Contains("could not bind", StringComparison.OrdinalIgnoreCase))
                {
                    logger.LogDebug("Poort {Port} was al bezet; nieuwe poging met een andere poort", port);
                    continue;
                }

                throw new InvalidOperationException(
                    $"PostgreSQL starten in '{dataDirectory}' is mislukt (pg_ctl exitcode {result.ExitCode}): "
                    + $"{result.Output}{Environment.NewLine}--- {LogFile} ---{Environment.NewLine}{log}".Trim());
            }
        }

        /// <summary>A private socket folder in the data folder; null (sockets off) when its path is unusable.</summary>
        private string? PrepareSocketDirectory()
        {
            var directory = Path.Combine(dataDirectory, SocketFolderName);
            const int maxSocketPathBytes = 107;
            var fits = Encoding.UTF8.GetByteCount(directory + "/.s.PGSQL.65535") <= maxSocketPathBytes;
            var safe = directory.All(c => char.IsAsciiLetterOrDigit(c) || "/._-+@~".Contains(c, StringComparison.Ordinal));
            if (!fits || !safe)
            {
                return null;
            }

            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true); // stale sockets/lock files of a killed run
            }

            Directory.CreateDirectory(directory);
            return directory;
        }

        private string ServerOptions(int port, string? socketDirectory)
        {
            // pg_ctl hands this string to /bin/sh, hence the quoting.
            var options = new StringBuilder()
                .Append("-c listen_addresses=127.0.0.1")
                .Append(CultureInfo.InvariantCulture, $" -c port={port}")
                .Append(" -c max_connections=200")
                .Append(" -c unix_socket_directories='").Append(socketDirectory ?? string.Empty).Append('\'');
            if (!persistent)
            {
                options.Append(" -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
            }

            return options.ToString();
        }

        private string ReadLogTail()
        {
            try
            {
                return File.Exists(LogFile) ? string.Join(Environment.NewLine, File.ReadLines(LogFile).TakeLast(40)) : string.Empty;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return string.Empty;
            }
        }

        public async Task StopServerAsync(CancellationToken ct) =>
            await RunCheckedAsync(PgCtl, ["stop", "-D", dataDirectory, "-m", "fast", "-w", "-s"], ct);

        public async Task StopAsync(ILogger logger)
        {
            try
            {
                var result = await RunToolAsync(
                    PgCtl, ["stop", "-D", dataDirectory, "-m", "fast", "-w", "-s"], runAsPostgres, CancellationToken.None);
                if (result.ExitCode != 0)
                {
                    logger.LogWarning(
                        "pg_ctl stop voor {DataDirectory} gaf exitcode {ExitCode}: {Output}",
                        dataDirectory,
                        result.ExitCode,
                        result.Output);
                }
            }
            catch (Win32Exception ex)
            {
                logger.LogWarning(ex, "pg_ctl stop voor {DataDirectory} kon niet draaien", dataDirectory);
            }

            if (!persistent)
            {
                TryDeleteDirectory(dataDirectory, logger);
            }
        }

        private async Task RunCheckedAsync(string tool, IReadOnlyList<string> arguments, CancellationToken ct)
        {
            var result = await RunToolAsync(tool, arguments, runAsPostgres, ct);
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"{Path.GetFileName(tool)} is mislukt (exitcode {result.ExitCode}) voor '{dataDirectory}': {result.Output}");
            }
        }

        private static async Task ChownToPostgresAsync(string directory, CancellationToken ct)
        {
            var result = await RunToolAsync(
                "chown", ["-R", $"{PostgresOsUser}:{PostgresOsUser}", directory], asPostgres: false, ct);
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"chown van '{directory}' naar de OS-gebruiker '{PostgresOsUser}' is mislukt: {result.Output}");
            }
        }

        private static int GetFreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }
    }
}
