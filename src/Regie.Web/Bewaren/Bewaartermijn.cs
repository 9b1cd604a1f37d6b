using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;
using Regie.Domain.Bewaren;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Configuratie;
using Regie.Web.Infrastructure.Logboek;

namespace Regie.Web.Bewaren;

/// <summary>Anonymises every closed casus whose Regie:Bewaartermijn (years from its Dutch closing date) has passed, and any whose
/// erasure was carried out but not finished, one casus per
/// transaction and scope: one that fails stays whole and the next run takes it again; the others go on.</summary>
public sealed class Bewaartermijn(IServiceScopeFactory scopes, RegieDbContext db, Logboekschrijver logboek, TimeProvider clock,
    IOptions<RegieOpties> opties, ILogger<Bewaartermijn> log)
{
    /// <summary>Returns how many casussen it anonymised in this run.</summary>
    public async Task<int> VoerUitAsync(CancellationToken ct)
    {
        // Closed before this day means the term ended before today.
        var grens = Weergave.Vandaag(clock).AddYears(-opties.Value.Bewaartermijn);
        var kandidaten = await db.Casussen.AsNoTracking()
            .Where(c => c.Status == CasusStatus.Afgesloten && c.GeanonimiseerdOp == null
                        // Also an erasure the beheerder carried out whose anonymising did not finish.
                        && (c.Afsluitdatum < grens || db.Vernietigingsverzoeken.Any(v => v.CasusId == c.Id && v.Status == VernietigingStatus.Uitgevoerd)))
            .OrderBy(c => c.Afsluitdatum).Select(c => c.Id).ToListAsync(ct);

        var gedaan = 0;
        var mislukt = 0;
        foreach (var id in kandidaten)
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                if (await scope.ServiceProvider.GetRequiredService<Anonimiseerder>().AnonimiseerAsync(id, ct)) gedaan++;
            }
            catch (Exception e) when (e is DbUpdateException or Npgsql.PostgresException or InvalidOperationException)
            {
                mislukt++;
                log.LogError(e, "Anonimiseren van casus {CasusId} mislukt; de volgende run probeert het opnieuw", id);
            }
        }
        if (kandidaten.Count > 0)
        {
            logboek.Schrijf(null, "Bewaartermijn", LogboekActie.Geanonimiseerd,
                $"Bewaartermijn van {opties.Value.Bewaartermijn} jaar: {gedaan} casussen geanonimiseerd, {mislukt} mislukt");
            await db.SaveChangesAsync(ct);
        }
        return gedaan;
    }
}

/// <summary>Every night: the term is counted in days, so once a day is enough.</summary>
[DisallowConcurrentExecution]
public sealed class BewaartermijnJob(Bewaartermijn werk) : IJob
{
    public const string Naam = "bewaartermijn";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await werk.VoerUitAsync(cancellationToken);
}
