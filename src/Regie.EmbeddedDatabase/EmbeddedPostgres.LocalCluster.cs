using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Regie.EmbeddedDatabase;

public sealed partial class EmbeddedPostgres
{
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

