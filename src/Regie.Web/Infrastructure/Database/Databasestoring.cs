using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Regie.Web.Infrastructure.Database;

/// <summary>PostgreSQL cannot be reached (stopped, restarting, network gone). Every request that fails on it answers 503
/// with a calm Dutch page, in Development too: an outage is no bug, so no stack trace. One warning per outage, not a
/// stack per request; the first connection that opens again ends it. Nothing to restart: the next request simply works.</summary>
public sealed class Databasestoring(ILogger<Databasestoring> logger, TimeProvider clock) : DbConnectionInterceptor
{
    /// <summary>Retry-After, in seconds: the page asks the user to try again in a minute.</summary>
    public const int WachtSeconden = 60;

    private long _sindsTicks; // start of the current outage (UTC ticks); 0 when the database answers
    private int _geweigerd;
    private int _storingen;

    /// <summary>Outages seen since start (each logged once).</summary>
    public int Storingen => Volatile.Read(ref _storingen);

    /// <summary>Whether <paramref name="e"/> (or what it wraps: EF's DbUpdateException, the execution strategy's
    /// InvalidOperationException) means the server cannot be reached, as opposed to a refused or wrong statement.</summary>
    public static bool IsOnbereikbaar(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            switch (x)
            {
                case PostgresException p:
                    return IsOnbereikbaarCode(p.SqlState);
                case NpgsqlException n when n.IsTransient:
                    return true; // socket, I/O and time-out failures underneath Npgsql
                case AggregateException a when a.InnerExceptions.Any(IsOnbereikbaar):
                    return true;
            }
        }
        return false;
    }

    // Class 08: connection exceptions; 57P01-57P03: shut down by an administrator, after a crash, or starting/stopping
    // ("the database system is shutting down"); 53300: no connection slot left.
    private static bool IsOnbereikbaarCode(string code) =>
        code.StartsWith("08", StringComparison.Ordinal) || code is PostgresErrorCodes.AdminShutdown
            or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections;

    /// <summary>A request failed on the outage; the first one of an outage logs it. The pool needs no help: Npgsql drops
    /// its dead connections at the first one that breaks (DatabasestoringTests checks that).</summary>
    public void Meld(Exception e, PathString pad)
    {
        Interlocked.Increment(ref _geweigerd);
        if (Interlocked.CompareExchange(ref _sindsTicks, clock.GetUtcNow().UtcTicks, 0) != 0) return;
        Interlocked.Increment(ref _storingen);
        logger.LogWarning("De database is niet bereikbaar ({Fout}: {Melding}), eerst bij {Pad}; verzoeken krijgen 503 tot hij terug is",
            Kern(e).GetType().Name, Kern(e).Message, pad.Value);
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Bereikbaar();

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Bereikbaar();
        return Task.CompletedTask;
    }

    private void Bereikbaar()
    {
        if (Volatile.Read(ref _sindsTicks) == 0) return;
        var sinds = Interlocked.Exchange(ref _sindsTicks, 0);
        if (sinds == 0) return;
        var geweigerd = Interlocked.Exchange(ref _geweigerd, 0);
        logger.LogInformation("De database is weer bereikbaar na {Seconden:0} s; {Geweigerd} verzoeken kregen 503",
            (clock.GetUtcNow() - new DateTimeOffset(sinds, TimeSpan.Zero)).TotalSeconds, geweigerd);
    }

    private static Exception Kern(Exception e)
    {
        var kern = e;
        while (kern.InnerException is not null && kern is not NpgsqlException) kern = kern.InnerException;
        return kern;
    }
}
