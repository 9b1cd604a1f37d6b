using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Regie.Domain.Signalen;
using Regie.Web.Data;

namespace Regie.Web.Tests.Planner;

/// <summary>Data and clocks the planner tests share: a signaal from the demo ouder on familie Tukker, and a job's work run
/// in its own scope with a clock of the test's choosing.</summary>
internal static class PlannerTestdata
{
    public const string Tukker = "TW-2026-0042";
    public const string GeheimeToelichting = "Onze buurman Jansen weet van de ruzie";

    public static DateTimeOffset NederlandseTijd(int jaar, int maand, int dag, int uur, int minuut = 0)
    {
        var lokaal = new DateTime(jaar, maand, dag, uur, minuut, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(lokaal, Weergave.NederlandseTijd), TimeSpan.Zero);
    }

    public static async Task<Signaal> GeefSignaalAsync(RegieApp app, DateTimeOffset op)
    {
        await using var db = app.NieuweDbContext();
        var casus = await db.Casussen.SingleAsync(c => c.Code == Tukker);
        var ouder = await db.Users.SingleAsync(u => u.Email == "ouder@demo.regie.test");
        var signaal = Signaal.Geef(casus.Id, SignaalSoort.Anders, SignaalBron.Ouder, GeheimeToelichting, null, ouder.Id, "Ellen Tukker",
            op, Weergave.Dag(op)).Waarde!;
        db.Signalen.Add(signaal);
        await db.SaveChangesAsync();
        return signaal;
    }

    /// <summary>Runs a job's work as Quartz would (its own scope, no request), at <paramref name="nu"/>.</summary>
    public static async Task<int> VoerUitAsync<TWerk>(RegieApp app, DateTimeOffset nu, Func<TWerk, CancellationToken, Task<int>> werk)
        where TWerk : class
    {
        await using var scope = app.Services.CreateAsyncScope();
        var instantie = ActivatorUtilities.CreateInstance<TWerk>(scope.ServiceProvider, new FakeTimeProvider(nu));
        return await werk(instantie, CancellationToken.None);
    }
}
