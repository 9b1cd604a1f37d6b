using Npgsql;
using Quartz;
using Regie.Web.Bewaren;
using Regie.Web.Infrastructure.Configuratie;
using Regie.Web.Infrastructure.Database;
using Regie.Web.Regio;

namespace Regie.Web.Infrastructure.Planner;

/// <summary>Regie:Planner. Off: no scheduler starts (the tests call the jobs' work directly); the work itself is always registered.</summary>
public sealed class PlannerOpties
{
    public const string Sectie = "Regie:Planner";

    public bool Aan { get; set; } = true;
}

/// <summary>Quartz.NET with its job store in the app's own PostgreSQL (tables qrtz_*, from the migrations), clustered:
/// every instance runs a scheduler, and the row locks in qrtz_locks let exactly one of them fire each trigger.</summary>
public static class PlannerRegistratie
{
    public const string SchedulerNaam = "Regie";
    private const string DataSourceSleutel = "regie-planner";

    public static void AddRegiePlanner(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PlannerOpties>().BindConfiguration(PlannerOpties.Sectie);
        builder.Services.AddScoped<SignaalEscalatie>();
        builder.Services.AddScoped<EvaluatieHerinnering>();
        builder.Services.AddScoped<MeldingenMailen>();
        builder.Services.AddScoped<MailVersturen>();
        builder.Services.AddScoped<Casusstandenbijwerker>();
        builder.Services.AddScoped<Anonimiseerder>();
        builder.Services.AddScoped<Bewaartermijn>();

        if (!Instellingen.Lees<PlannerOpties>(builder.Configuration, PlannerOpties.Sectie).Aan) return;

        // Its own pool, disposed with the app; the runtime login, like every request.
        builder.Services.AddKeyedSingleton(DataSourceSleutel, (sp, _) =>
            NpgsqlDataSource.Create(sp.GetRequiredService<RegieVerbindingen>().App));
        // A named scheduler: a clock given to the default one only fills the container's slot, where the app's TimeProvider
        // (a fake one in tests) already sits. This one keeps real time; what a job decides uses the app's TimeProvider.
        builder.AddQuartz(SchedulerNaam, q =>
        {
            q.ConfigureScheduler(s => s.GenerateInstanceId = true);
            q.UseTimeProvider(TimeProvider.System);
            q.UsePersistentStore(store =>
            {
                store.UsePostgres(d => d.DataSourceFactory = sp => sp.GetRequiredKeyedService<NpgsqlDataSource>(DataSourceSleutel));
                store.UseClustering(c => c.CheckinInterval = TimeSpan.FromSeconds(10));
                store.ConfigureStore(o => o.TablePrefix = "qrtz_");
            });

            q.ScheduleJob<SignaalEscalatieJob>(t => t.WithIdentity(SignaalEscalatieJob.Naam)
                .WithCronSchedule("0 0/15 * * * ?"));
            q.ScheduleJob<EvaluatieHerinneringJob>(t => t.WithIdentity(EvaluatieHerinneringJob.Naam)
                .WithCronSchedule("0 30 6 * * ?", c => c.InTimeZone(Weergave.NederlandseTijd)));
            q.ScheduleJob<MeldingenMailenJob>(t => t.WithIdentity(MeldingenMailenJob.Naam)
                .WithCronSchedule("0 * * * * ?"));
            q.ScheduleJob<MailVersturenJob>(t => t.WithIdentity(MailVersturenJob.Naam)
                .WithCronSchedule("30 * * * * ?"));
            q.ScheduleJob<CasusstandenBijwerkenJob>(t => t.WithIdentity(CasusstandenBijwerkenJob.Naam)
                .WithCronSchedule("0 7/15 * * * ?"));
            q.ScheduleJob<BewaartermijnJob>(t => t.WithIdentity(BewaartermijnJob.Naam)
                .WithCronSchedule("0 45 2 * * ?", c => c.InTimeZone(Weergave.NederlandseTijd)));
        });
        builder.Services.Configure<QuartzOptions>(SchedulerNaam, o => o.Scheduling.ScheduleTriggerRelativeToReplacedTrigger = true);
        builder.AddQuartzHostedService(SchedulerNaam, o => o.WaitForJobsToComplete = true);
    }
}
