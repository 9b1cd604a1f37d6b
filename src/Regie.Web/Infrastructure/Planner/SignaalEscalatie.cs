using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;
using Regie.Domain.Logboek;
using Regie.Domain.Signalen;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Configuratie;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure.Meldingen;

namespace Regie.Web.Infrastructure.Planner;

/// <summary>Sends a signaal nobody answered within Regie:SignaalTermijnWerkdagen to the gemeente of its casus. Running twice
/// changes nothing: an escalated signaal no longer has to escalate, and the melding's sleutel is unique per person.</summary>
public sealed class SignaalEscalatie(IServiceScopeFactory scopes, RegieDbContext db, TimeProvider clock,
    IOptions<RegieOpties> opties, ILogger<SignaalEscalatie> log)
{
    /// <summary>Returns how many signalen went to the gemeente in this run.</summary>
    public async Task<int> VoerUitAsync(CancellationToken ct)
    {
        var nu = clock.GetUtcNow();
        var vandaag = Weergave.Dag(nu);
        var termijn = opties.Value.SignaalTermijnWerkdagen;
        // A term of n working days lasts at least n calendar days: the rest is decided by the domain, one signaal at a time.
        var uiterlijkBegonnen = vandaag.AddDays(-termijn - 1);
        var kandidaten = await db.Signalen.AsNoTracking()
            .Where(s => s.BeantwoordOp == null && (s.Status == SignaalStatus.Open || s.Status == SignaalStatus.Heropend)
                        && s.TermijnStartDatum <= uiterlijkBegonnen
                        && (s.GeescaleerdOp == null || s.GeescaleerdOp < s.TermijnStart))
            .OrderBy(s => s.TermijnStart).Select(s => s.Id).ToListAsync(ct);

        var geescaleerd = 0;
        foreach (var id in kandidaten)
        {
            // A context per signaal: one that someone answered in the meantime does not stop the others.
            await using var scope = scopes.CreateAsyncScope();
            if (await EscaleerAsync(scope.ServiceProvider, id, nu, vandaag, termijn, ct)) geescaleerd++;
        }
        return geescaleerd;
    }

    private async Task<bool> EscaleerAsync(IServiceProvider services, Guid id, DateTimeOffset nu, DateOnly vandaag, int termijn,
        CancellationToken ct)
    {
        var eigenDb = services.GetRequiredService<RegieDbContext>();
        var signaal = await eigenDb.Signalen.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (signaal is null || signaal.Escaleer(nu, vandaag, termijn).IsFout) return false;
        var gemeenteId = await eigenDb.Casussen.Where(c => c.Id == signaal.CasusId).Select(c => c.GemeenteId).SingleAsync(ct);

        await services.GetRequiredService<Melder>().AanGemeenteAsync(gemeenteId, MeldingSoort.SignaalGeescaleerd, signaal.CasusId,
            signaal.Id, ct, $"escalatie:{signaal.Id}:{signaal.AantalEscalaties}");
        services.GetRequiredService<Logboekschrijver>().Schrijf(signaal.CasusId, "Signaal", LogboekActie.Gewijzigd,
            $"Signaal {signaal.Id} naar de gemeente: niet binnen {termijn} werkdagen beantwoord; velden GeescaleerdOp, AantalEscalaties");
        try
        {
            await eigenDb.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            // The regievoerder answered (or another instance escalated) while this ran: theirs stands, the next run looks again.
            log.LogInformation("Signaal {SignaalId} veranderde tijdens het opschalen; overgeslagen", id);
            return false;
        }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            log.LogInformation("Signaal {SignaalId} is al opgeschaald; overgeslagen", id);
            return false;
        }
    }
}

[DisallowConcurrentExecution]
public sealed class SignaalEscalatieJob(SignaalEscalatie werk) : IJob
{
    public const string Naam = "signaal-escalatie";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await werk.VoerUitAsync(cancellationToken);
}
