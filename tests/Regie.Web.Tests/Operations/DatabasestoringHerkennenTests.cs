using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Regie.Web.Infrastructure.Database;

namespace Regie.Web.Tests.Operations;

/// <summary>Only an unreachable database becomes the 503 page; a wrong query or a refused row stays a bug or a conflict.</summary>
public sealed class DatabasestoringHerkennenTests
{
    private static PostgresException Postgres(string code) => new("melding", "FATAL", "FATAL", code);

    [Fact]
    public void Een_gestopte_of_onbereikbare_server_is_een_storing_ook_ingepakt_door_EF()
    {
        Assert.True(Databasestoring.IsOnbereikbaar(Postgres(PostgresErrorCodes.AdminShutdown)));
        Assert.True(Databasestoring.IsOnbereikbaar(Postgres(PostgresErrorCodes.CannotConnectNow)));
        Assert.True(Databasestoring.IsOnbereikbaar(Postgres(PostgresErrorCodes.ConnectionFailure)));
        Assert.True(Databasestoring.IsOnbereikbaar(new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused))));
        Assert.True(Databasestoring.IsOnbereikbaar(new DbUpdateException("opslaan", new NpgsqlException("Exception while reading from stream", new IOException()))));
        Assert.True(Databasestoring.IsOnbereikbaar(new InvalidOperationException("transient", Postgres(PostgresErrorCodes.AdminShutdown))));
    }

    [Fact]
    public void Een_fout_in_de_query_of_een_geweigerde_rij_is_geen_storing()
    {
        Assert.False(Databasestoring.IsOnbereikbaar(Postgres(PostgresErrorCodes.UndefinedTable)));
        Assert.False(Databasestoring.IsOnbereikbaar(new DbUpdateException("opslaan", Postgres(PostgresErrorCodes.UniqueViolation))));
        Assert.False(Databasestoring.IsOnbereikbaar(new InvalidOperationException("Sequence contains no elements")));
        Assert.False(Databasestoring.IsOnbereikbaar(new NullReferenceException()));
    }
}
