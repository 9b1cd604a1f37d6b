using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Planner;

namespace Regie.Web.Tests.Planner;

/// <summary>The app with its scheduler on, as in production (clustered, on the test database). Give it the database of a
/// running instance to start a second node of the same cluster, or to start again after a restart.</summary>
public sealed class PlannerApp(TestDatabase? gedeeld = null) : RegieApp
{
    protected override async Task<TestDatabase> DatabaseAsync()
    {
        if (gedeeld is not null) return gedeeld;
        var database = await TestDatabaseServer.NieuweDatabaseAsync();
        await using (var db = new RegieDbContext(new DbContextOptionsBuilder<RegieDbContext>().UseNpgsql(database.Eigenaar).Options))
        {
            await db.Database.MigrateAsync();
        }
        return database;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Regie:Planner:Aan", "true");
        builder.ConfigureServices(services =>
        {
            // Look for due triggers every second instead of every 30, so both nodes compete for each one.
            services.Configure<QuartzSchedulerOptions>(PlannerRegistratie.SchedulerNaam, o => o.IdleWaitTime = TimeSpan.FromSeconds(1));
            services.AddScoped<TelJob>();
        });
    }

    public Task<IScheduler> SchedulerAsync() => Task.FromResult(Services.GetRequiredKeyedService<IScheduler>(PlannerRegistratie.SchedulerNaam));
}

/// <summary>Records each run: which node ran which scheduled firing of which job.</summary>
public sealed class TelJob : IJob
{
    public static readonly ConcurrentQueue<(string Job, string Node, DateTimeOffset Gepland)> Runs = new();

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        Runs.Enqueue((context.JobDetail.Key.Name, context.Scheduler.SchedulerInstanceId, context.ScheduledFireTimeUtc ?? default));
        return ValueTask.CompletedTask;
    }
}
