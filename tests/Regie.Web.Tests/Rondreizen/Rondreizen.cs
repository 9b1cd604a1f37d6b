using System.Collections.Concurrent;
using System.Diagnostics;
using Npgsql;

namespace Regie.Web.Tests.Rondreizen;

/// <summary>Counts the round trips to PostgreSQL one app makes, from Npgsql's own trace (every command on every
/// connection: EF, the session store, Identity, raw Npgsql), told apart from other test apps by database name. Opening a
/// pooled connection's physical socket is not counted.</summary>
public sealed class Rondreizen : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly string _database;
    private readonly ConcurrentQueue<string> _commando = new();

    public Rondreizen(string connectionString)
    {
        _database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        _listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a =>
            {
                // A physical connection open depends on the pool's state at that moment (idle pruning, another test
                // app's load), not on the page: CI once counted one and failed a page that makes 3 statements.
                if (!VanDezeApp(a) || a.GetTagItem("db.query.text") is null && a.DisplayName.StartsWith("CONNECT")) return;
                var tekst = a.GetTagItem("db.query.text") as string ?? a.DisplayName;
                _commando.Enqueue(tekst.Length > 120 ? tekst[..120] + "…" : tekst);
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    private bool VanDezeApp(Activity a) =>
        a.TagObjects.Any(t => t.Key is "db.name" or "db.namespace" && Equals(t.Value as string, _database));

    /// <summary>The commands (their SQL, shortened) since the last call.</summary>
    public IReadOnlyList<string> Sinds()
    {
        var lijst = new List<string>();
        while (_commando.TryDequeue(out var c)) lijst.Add(c);
        return lijst;
    }

    public void Dispose() => _listener.Dispose();
}
