using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Regie.EmbeddedDatabase;

/// <summary>Password authentication for the local cluster: no local user gets in without a password.</summary>
public sealed partial class EmbeddedPostgres
{
    /// <summary>File in the data folder with the superuser's password (readable only by its owner).</summary>
    internal const string PasswordFileName = "regie-wachtwoord";

    private const string PasswordOnlyHba = """
        # Regie: every connection needs a password (scram-sha-256), local ones too.
        local   all             all                                     scram-sha-256
        host    all             all             127.0.0.1/32            scram-sha-256
        host    all             all             ::1/128                 scram-sha-256
        local   replication     all                                     scram-sha-256
        host    replication     all             127.0.0.1/32            scram-sha-256
        host    replication     all             ::1/128                 scram-sha-256

        """;

    /// <summary>A random password of letters and digits, safe inside SQL literals and connection strings.</summary>
    public static string NewPassword() =>
        RandomNumberGenerator.GetString("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 32);

    private static void WritePrivateFile(string path, string content)
    {
        File.Delete(path); // a new file gets the mode below; an existing one would keep its own
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var writer = new StreamWriter(path, options);
        writer.Write(content);
    }

    private sealed partial class LocalCluster
    {
        private string PasswordFile => Path.Combine(dataDirectory, PasswordFileName);

        private string HbaFile => Path.Combine(dataDirectory, "pg_hba.conf");

        /// <summary>
        /// Returns the superuser's password. A cluster made by an older version trusted every local user:
        /// it gets a password first and then requires one, so existing data keeps working.
        /// </summary>
        public async Task<string> EnsurePasswordAuthenticationAsync(int port, ILogger logger, CancellationToken ct)
        {
            var trusts = (await File.ReadAllLinesAsync(HbaFile, ct)).Any(line => TrustLine().IsMatch(line));
            if (!trusts)
            {
                return File.Exists(PasswordFile)
                    ? (await File.ReadAllTextAsync(PasswordFile, ct)).Trim()
                    : throw new InvalidOperationException(
                        $"Het wachtwoordbestand van de lokale database ontbreekt ({PasswordFile}). Zet het terug, of verwijder "
                        + $"de map '{dataDirectory}' om met een nieuwe database te beginnen (de gegevens erin gaan dan verloren).");
            }

            // Kept before the server changes, so a crash halfway leaves a password we still know.
            string password;
            if (File.Exists(PasswordFile))
            {
                password = (await File.ReadAllTextAsync(PasswordFile, ct)).Trim();
            }
            else
            {
                password = NewPassword();
                WritePrivateFile(PasswordFile, password);
            }

            var trusted = new NpgsqlConnectionStringBuilder
            {
                Host = "127.0.0.1", Port = port, Username = SuperUser, Database = MaintenanceDatabase, Pooling = false,
            };
            await using var connection = new NpgsqlConnection(trusted.ConnectionString);
            await connection.OpenAsync(ct);
            await using (var alter = new NpgsqlCommand(
                             $"SET password_encryption = 'scram-sha-256'; ALTER ROLE \"{SuperUser}\" PASSWORD '{password}'", connection))
            {
                await alter.ExecuteNonQueryAsync(ct);
            }

            await File.WriteAllTextAsync(HbaFile, PasswordOnlyHba, ct);
            await using (var reload = new NpgsqlCommand("SELECT pg_reload_conf()", connection))
            {
                await reload.ExecuteScalarAsync(ct);
            }

            logger.LogInformation(
                "Het lokale cluster in {DataDirectory} vertrouwde elke lokale gebruiker; het vraagt nu een wachtwoord (scram-sha-256)",
                dataDirectory);
            return password;
        }

        [GeneratedRegex(@"^\s*[^#\s].*\btrust\s*$")]
        private static partial Regex TrustLine();
    }
}
