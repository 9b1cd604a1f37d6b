using Npgsql;

namespace Regie.Datagenerator;

/// <summary>What ended up in the database: exact row counts and the size on disk.</summary>
public static class Grootte
{
    public static readonly string[] Tabellen =
        ["Organisaties", "Medewerkers", "Casussen", "Betrokkenen", "CasusStappen", "Taken", "Regietoewijzingen", "Overdrachten", "Overleggen", "Handreikingversies", "Signalen", "VragenlijstInvullingen", "Meetmomenten", "HandreikingPdfs", "Logboek", "AspNetUsers", "Casusstanden"];

    public static async Task<IReadOnlyList<(string Tabel, long Rijen)>> TellingenAsync(NpgsqlConnection verbinding, CancellationToken ct)
    {
        var tellingen = new List<(string, long)>();
        foreach (var tabel in Tabellen)
        {
            await using var telling = new NpgsqlCommand($"SELECT count(*) FROM \"{tabel}\"", verbinding);
            tellingen.Add((tabel, (long)(await telling.ExecuteScalarAsync(ct))!));
        }
        return tellingen;
    }

    public static async Task<string> VanDatabaseAsync(Cluster cluster, CancellationToken ct)
    {
        await using var verbinding = new NpgsqlConnection(cluster.Eigenaar);
        await verbinding.OpenAsync(ct);
        await using var grootte = new NpgsqlCommand("SELECT pg_size_pretty(pg_database_size(current_database()))", verbinding);
        return (string)(await grootte.ExecuteScalarAsync(ct))!;
    }
}

/// <summary>What the app's own demo data holds (Tukker and Bakker): a database with more casussen was already generated.</summary>
public static class Demo
{
    public const int AantalCasussen = 2;
}
