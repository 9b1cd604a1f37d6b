using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Regie.EmbeddedDatabase;

namespace Regie.Web.Tests.Operations;

/// <summary>The app on a PostgreSQL server of its own, which a test stops and starts again (same port) to play a
/// database outage; the shared test server stays up for every other class.</summary>
public class StoringApp : RegieApp, IAsyncLifetime
{
    private EmbeddedPostgres? _server;

    public EmbeddedPostgres Postgres => _server ?? throw new InvalidOperationException("De server is nog niet gestart.");

    protected virtual string Omgeving => "Testing";

    protected override async Task<TestDatabase> DatabaseAsync()
    {
        // Named like the shared server's folder, so the watcher and the next run's sweep clean it up after a kill.
        var map = Path.Combine(Path.GetTempPath(), $"{TestDatabaseServer.MapVoorvoegsel}{Environment.ProcessId}-{Guid.NewGuid():N}");
        _server = await EmbeddedPostgres.StartAsync(
            new EmbeddedPostgresOptions { DataDirectory = map, Persistent = false }, NullLogger.Instance);
        TestDatabaseServer.BewaakOpruimen(Environment.ProcessId, map);
        var maak = await TestDatabaseServer.OpServerAsync(_server.ConnectionStringFor("postgres"));
        return await maak("regie_storing");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment(Omgeving);
    }

    Task IAsyncLifetime.InitializeAsync() => InitializeAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_server is not null) await _server.DisposeAsync();
    }
}

/// <summary>The same, in Development: the developer exception page is on there, and must not show for an outage.</summary>
public sealed class StoringAppInOntwikkeling : StoringApp
{
    protected override string Omgeving => "Development";
}
