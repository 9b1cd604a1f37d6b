using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Regie.EmbeddedDatabase;

/// <summary>Finding and running the PostgreSQL tools.</summary>
public sealed partial class EmbeddedPostgres
{
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
}
