using Microsoft.EntityFrameworkCore;
using Npgsql;
using Quartz;
using Regie.Web.Infrastructure.Planner;

namespace Regie.Web.Tests.Planner;

public sealed class ClusterTests
{
    [Fact]
    public async Task Twee_instanties_op_een_database_voeren_elke_job_een_keer_uit()
    {
        await using var eerste = new PlannerApp();
        await ((IAsyncLifetime)eerste).InitializeAsync();
        await using var tweede = new PlannerApp(eerste.Database);
        await ((IAsyncLifetime)tweede).InitializeAsync();
        await WachtOpAsync(async () => await NodesAsync(eerste) == 2, "beide instanties melden zich bij het cluster");

        const string naam = "tel-elke-seconde";
        const int keren = 6;
        // Scheduled through the second node and due a little later: both nodes poll for it, neither is merely signalled.
        var scheduler = await tweede.SchedulerAsync();
        await scheduler.ScheduleJob(
            JobBuilder.Create<TelJob>().WithIdentity(naam).Build(),
            TriggerBuilder.Create().WithIdentity(naam).StartAt(DateTimeOffset.UtcNow.AddSeconds(2))
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(1)).WithRepeatCount(keren - 1)).Build());

        await WachtOpAsync(() => Task.FromResult(Runs(naam).Count >= keren), $"{keren} runs");
        await Task.Delay(TimeSpan.FromSeconds(3)); // room for a run too many to show up

        var runs = Runs(naam);
        Assert.Equal(keren, runs.Count);
        Assert.Equal(keren, runs.Select(r => r.Gepland).Distinct().Count());
    }

    [Fact]
    public async Task Een_geplande_trigger_overleeft_een_herstart()
    {
        TestDatabase database;
        DateTimeOffset? volgende;
        const string naam = "over-een-dag";
        await using (var voor = new PlannerApp())
        {
            await ((IAsyncLifetime)voor).InitializeAsync();
            database = voor.Database;
            var scheduler = await voor.SchedulerAsync();
            var trigger = TriggerBuilder.Create().WithIdentity(naam).StartAt(DateTimeOffset.UtcNow.AddDays(1)).Build();
            await scheduler.ScheduleJob(JobBuilder.Create<TelJob>().WithIdentity(naam).Build(), trigger);
            volgende = (await scheduler.GetTrigger(new TriggerKey(naam)))!.NextFireTimeUtc;
        }

        await using var na = new PlannerApp(database);
        await ((IAsyncLifetime)na).InitializeAsync();

        var opnieuw = await (await na.SchedulerAsync()).GetTrigger(new TriggerKey(naam));
        Assert.NotNull(opnieuw);
        Assert.Equal(volgende, opnieuw.NextFireTimeUtc);
        await using var db = na.NieuweDbContext();
        var triggers = await db.Database.SqlQueryRaw<string>("SELECT trigger_name AS \"Value\" FROM qrtz_triggers").ToListAsync();
        Assert.Contains(naam, triggers);
        Assert.Contains(SignaalEscalatieJob.Naam, triggers);
        Assert.Contains(MailVersturenJob.Naam, triggers);
    }

    private static List<(string Job, string Node, DateTimeOffset Gepland)> Runs(string job) =>
        TelJob.Runs.Where(r => r.Job == job).ToList();

    private static async Task<long> NodesAsync(RegieApp app)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM qrtz_scheduler_state", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task WachtOpAsync(Func<Task<bool>> klaar, string wat)
    {
        var tot = DateTime.UtcNow.AddSeconds(60);
        while (!await klaar())
        {
            if (DateTime.UtcNow > tot) throw new TimeoutException($"Niet binnen een minuut: {wat}.");
            await Task.Delay(200);
        }
    }
}
