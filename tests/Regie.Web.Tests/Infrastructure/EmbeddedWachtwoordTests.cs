using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Regie.EmbeddedDatabase;

namespace Regie.Web.Tests.Infrastructure;

/// <summary>The local cluster lets nobody in without a password, also not a local user; older trust clusters are upgraded.</summary>
public sealed class EmbeddedWachtwoordTests
{
    [Fact]
    public async Task Een_nieuw_cluster_vraagt_altijd_een_wachtwoord_en_bewaart_het_alleen_leesbaar_voor_de_eigenaar()
    {
        var map = NieuweMap();
        await using var postgres = await EmbeddedPostgres.StartAsync(
            new EmbeddedPostgresOptions { DataDirectory = map }, NullLogger.Instance);

        Assert.DoesNotContain(HbaRegels(map), r => r.EndsWith("trust", StringComparison.Ordinal));
        var wachtwoordbestand = Path.Combine(map, EmbeddedPostgres.PasswordFileName);
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(wachtwoordbestand));
        Assert.Equal(1, await ScalarAsync<int>(postgres.ConnectionString, "SELECT 1"));
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => ScalarAsync<int>(ZonderWachtwoord(postgres.ConnectionString), "SELECT 1"));
    }

    [Fact]
    public async Task Een_cluster_van_een_oudere_versie_dat_iedereen_vertrouwde_krijgt_een_wachtwoord_en_houdt_zijn_gegevens()
    {
        var map = NieuweMap();
        var opties = new EmbeddedPostgresOptions { DataDirectory = map, Persistent = true };
        try
        {
            // Make it look like a cluster from initdb --auth=trust: a superuser without password, trust in pg_hba.conf.
            await using (var oud = await EmbeddedPostgres.StartAsync(opties, NullLogger.Instance))
            {
                await ScalarAsync<int>(oud.ConnectionString, "CREATE TABLE bewaard (tekst text); INSERT INTO bewaard VALUES ('blijft'); SELECT 1");
                await ScalarAsync<int>(oud.ConnectionString, "ALTER ROLE regie PASSWORD NULL; SELECT 1");
            }
            var hba = Path.Combine(map, "pg_hba.conf");
            await File.WriteAllTextAsync(hba, "local all all trust\nhost all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n");
            File.Delete(Path.Combine(map, EmbeddedPostgres.PasswordFileName));
            NpgsqlConnection.ClearAllPools();

            await using var nieuw = await EmbeddedPostgres.StartAsync(opties, NullLogger.Instance);

            Assert.Equal("blijft", await ScalarAsync<string>(nieuw.ConnectionString, "SELECT tekst FROM bewaard"));
            Assert.DoesNotContain(HbaRegels(map), r => r.EndsWith("trust", StringComparison.Ordinal));
            Assert.True(File.Exists(Path.Combine(map, EmbeddedPostgres.PasswordFileName)));
            NpgsqlConnection.ClearAllPools();
            await Assert.ThrowsAnyAsync<NpgsqlException>(() => ScalarAsync<int>(ZonderWachtwoord(nieuw.ConnectionString), "SELECT 1"));
        }
        finally
        {
            if (Directory.Exists(map)) Directory.Delete(map, recursive: true);
        }
    }

    private static string NieuweMap() => Path.Combine(Path.GetTempPath(), "regie-embpg-" + Guid.NewGuid().ToString("N")[..12]);

    private static List<string> HbaRegels(string map) =>
        File.ReadAllLines(Path.Combine(map, "pg_hba.conf")).Select(r => r.Trim()).Where(r => r.Length > 0 && !r.StartsWith('#')).ToList();

    private static string ZonderWachtwoord(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Password = null, Pooling = false }.ConnectionString;

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
