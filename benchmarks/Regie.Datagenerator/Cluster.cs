using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Npgsql;
using Regie.EmbeddedDatabase;
using Regie.Web.Infrastructure.Database;

namespace Regie.Datagenerator;

/// <summary>The persistent private PostgreSQL cluster the generator fills, started with the app's own
/// <see cref="EmbeddedPostgres"/> so the harness can start the same folder the same way.</summary>
public sealed class Cluster : IAsyncDisposable
{
    private readonly EmbeddedPostgres _server;

    private Cluster(EmbeddedPostgres server, string appWachtwoord)
    {
        _server = server;
        Eigenaar = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Pooling = false }.ConnectionString;
        App = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Username = DatabaseRollen.AppLogin, Password = appWachtwoord }.ConnectionString;
        // Long COPY and ANALYZE statements: no client-side timeout.
        Kopie = new NpgsqlConnectionStringBuilder(Eigenaar) { CommandTimeout = 0 }.ConnectionString;
    }

    /// <summary>The superuser that owns the tables (ConnectionStrings__RegieMigraties).</summary>
    public string Eigenaar { get; }

    /// <summary>The runtime login in regie_app (ConnectionStrings__Regie).</summary>
    public string App { get; }

    /// <summary>The owner's connection for the bulk load.</summary>
    public string Kopie { get; }

    public static async Task<Cluster> StartAsync(string map, ILoggerFactory logging, CancellationToken ct)
    {
        var server = await EmbeddedPostgres.StartAsync(
            new EmbeddedPostgresOptions { DataDirectory = map, Persistent = true },
            logging.CreateLogger("Regie.EmbeddedPostgres"), ct);
        var wachtwoord = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        var beheer = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Pooling = false }.ConnectionString;
        await DatabaseRollen.MaakLoginAsync(beheer, DatabaseRollen.AppLogin, wachtwoord, ct);
        return new Cluster(server, wachtwoord);
    }

    /// <summary>Casussen already in the database (0 before the app migrated it).</summary>
    public async Task<long> AantalCasussenAsync(CancellationToken ct)
    {
        await using var verbinding = new NpgsqlConnection(Eigenaar);
        await verbinding.OpenAsync(ct);
        await using var bestaat = new NpgsqlCommand("SELECT to_regclass('\"Casussen\"') IS NOT NULL", verbinding);
        if (await bestaat.ExecuteScalarAsync(ct) is not true) return 0;
        await using var telling = new NpgsqlCommand("SELECT count(*) FROM \"Casussen\"", verbinding);
        return (long)(await telling.ExecuteScalarAsync(ct))!;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
