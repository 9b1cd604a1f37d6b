using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
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
        await QuartzSchema.VulAanAsync(database.Eigenaar);
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

/// <summary>What Quartz.NET 4.7.3's PostgreSQL store needs beyond the tables of migration 20261203211134_SignalenMeldingenPlanner
/// (that migration has the 3.x-era shape). Belongs in a migration; until then the scheduler's tests add it themselves.</summary>
internal static class QuartzSchema
{
    public const string Aanvulling = """
        ALTER TABLE qrtz_triggers
            ADD COLUMN IF NOT EXISTS retry_policy varchar(250),
            ADD COLUMN IF NOT EXISTS retry_attempt integer,
            ADD COLUMN IF NOT EXISTS continues_trigger_name text,
            ADD COLUMN IF NOT EXISTS continues_trigger_group text,
            ADD COLUMN IF NOT EXISTS continuation_condition integer,
            ADD COLUMN IF NOT EXISTS overlap_policy integer,
            ADD COLUMN IF NOT EXISTS pause_reason varchar(250),
            ADD COLUMN IF NOT EXISTS paused_by varchar(200),
            ADD COLUMN IF NOT EXISTS paused_at bigint,
            ADD COLUMN IF NOT EXISTS misfire_threshold bigint,
            ADD COLUMN IF NOT EXISTS fixed_delay boolean;
        ALTER TABLE qrtz_paused_trigger_grps
            ADD COLUMN IF NOT EXISTS pause_reason varchar(250),
            ADD COLUMN IF NOT EXISTS paused_by varchar(200),
            ADD COLUMN IF NOT EXISTS paused_at bigint;
        ALTER TABLE qrtz_fired_triggers
            ADD COLUMN IF NOT EXISTS progress integer,
            ADD COLUMN IF NOT EXISTS progress_message varchar(250),
            ADD COLUMN IF NOT EXISTS interrupt_requested_time bigint;
        ALTER TABLE qrtz_scheduler_state ADD COLUMN IF NOT EXISTS quartz_version varchar(20);
        CREATE TABLE IF NOT EXISTS qrtz_paused_job_grps (
            sched_name   text NOT NULL,
            job_group    text NOT NULL,
            pause_reason varchar(250),
            paused_by    varchar(200),
            paused_at    bigint,
            CONSTRAINT pk_qrtz_paused_job_grps PRIMARY KEY (sched_name, job_group));
        GRANT SELECT, INSERT, UPDATE, DELETE ON qrtz_paused_job_grps TO regie_app;
        """;

    public static async Task VulAanAsync(string eigenaar)
    {
        await using var connection = new NpgsqlConnection(eigenaar);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(Aanvulling, connection);
        await command.ExecuteNonQueryAsync();
    }
}
