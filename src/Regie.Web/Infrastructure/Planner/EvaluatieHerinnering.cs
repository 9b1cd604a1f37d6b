using Microsoft.EntityFrameworkCore;
using Quartz;
using Regie.Domain.Casussen;
using Regie.Web.Data;

namespace Regie.Web.Infrastructure.Planner;

/// <summary>Rings the bell for evaluations: the casus' next evaluation (to the procesregievoerder) and each open taak's
/// termijn (to the professional who does it, else the procesregievoerder), once within 7 days and once when it has passed.
/// The sleutel names the date, so a new date rings again and a second run rings nobody twice. An ouder's open
/// correctieverzoek whose term of four weeks ends within 7 days rings the procesregievoerder once, the same way.</summary>
public sealed class EvaluatieHerinnering(RegieDbContext db, TimeProvider clock)
{
    public const int DagenVooruit = 7;

    private sealed record Te(Guid CasusId, Guid? TaakId, DateOnly Datum, Guid? MedewerkerId, MeldingSoort? Soort = null);

    /// <summary>Returns how many meldingen it made.</summary>
    public async Task<int> VoerUitAsync(CancellationToken ct)
    {
        var nu = clock.GetUtcNow();
        var vandaag = Weergave.Dag(nu);
        var grens = vandaag.AddDays(DagenVooruit);

        var regievoerders = from r in db.Regietoewijzingen.ActieveProcesregie()
                            join b in db.Betrokkenen on r.BetrokkeneId equals b.Id
                            select new { r.CasusId, b.MedewerkerId };
        var evaluaties = await (from c in db.Casussen
                                where c.Status == CasusStatus.Actief && c.VolgendeEvaluatie != null && c.VolgendeEvaluatie <= grens
                                select new Te(c.Id, null, c.VolgendeEvaluatie!.Value,
                                    regievoerders.Where(r => r.CasusId == c.Id).Select(r => r.MedewerkerId).FirstOrDefault()))
            .AsNoTracking().ToListAsync(ct);
        var taken = await (from t in db.Taken
                           join c in db.Casussen on t.CasusId equals c.Id
                           join b in db.Betrokkenen on t.BetrokkeneId equals b.Id
                           where c.Status == CasusStatus.Actief && t.Termijn != null && t.Termijn <= grens
                                 && (t.Status == TaakStatus.Open || t.Status == TaakStatus.Bezig)
                           select new Te(c.Id, t.Id, t.Termijn!.Value,
                               b.BetrokkenTot == null && b.MedewerkerId != null
                                   ? b.MedewerkerId
                                   : regievoerders.Where(r => r.CasusId == c.Id).Select(r => r.MedewerkerId).FirstOrDefault()))
            .AsNoTracking().ToListAsync(ct);

        // Also for a closed casus: the right to correction outlives the hulp. Without a regievoerder nobody is reminded here;
        // the request itself went to the gemeente (Melder.AanBeslisserAsync) and its page shows the term.
        var correcties = await (from v in db.Correctieverzoeken
                                where v.Besluit == null && v.Termijn <= grens
                                select new Te(v.CasusId, v.Id, v.Termijn,
                                    regievoerders.Where(r => r.CasusId == v.CasusId).Select(r => r.MedewerkerId).FirstOrDefault(),
                                    MeldingSoort.CorrectieTermijnNadert))
            .AsNoTracking().ToListAsync(ct);

        var alles = evaluaties.Concat(taken).Concat(correcties).Where(t => t.MedewerkerId is not null).ToList();
        var medewerkers = alles.Select(t => t.MedewerkerId!.Value).Distinct().ToList();
        var accounts = await db.Users.Where(u => u.Actief && u.MedewerkerId != null && medewerkers.Contains(u.MedewerkerId.Value))
            .Select(u => new { u.Id, MedewerkerId = u.MedewerkerId!.Value }).ToListAsync(ct);

        var nieuw = new List<Melding>();
        foreach (var te in alles)
        {
            var soort = te.Soort ?? (te.Datum < vandaag ? MeldingSoort.EvaluatieVerlopen : MeldingSoort.EvaluatieBinnenkort);
            var sleutel = Sleutel(soort, te.TaakId ?? te.CasusId, te.Datum);
            nieuw.AddRange(accounts.Where(a => a.MedewerkerId == te.MedewerkerId)
                .Select(a => new Melding(a.Id, soort, te.CasusId, te.TaakId, nu, sleutel)));
        }
        if (nieuw.Count == 0) return 0;

        var sleutels = nieuw.Select(m => m.Sleutel!).Distinct().ToList();
        var bestaand = (await db.Meldingen.Where(m => m.Sleutel != null && sleutels.Contains(m.Sleutel))
                .Select(m => new { m.GebruikerId, m.Sleutel }).ToListAsync(ct))
            .Select(m => (m.GebruikerId, m.Sleutel)).ToHashSet();
        var toe = nieuw.Where(m => bestaand.Add((m.GebruikerId, m.Sleutel))).ToList();
        db.Meldingen.AddRange(toe);
        await db.SaveChangesAsync(ct);
        return toe.Count;
    }

    public static string Sleutel(MeldingSoort soort, Guid onderwerp, DateOnly datum) => soort switch
    {
        MeldingSoort.EvaluatieVerlopen => "evaluatie-verlopen",
        MeldingSoort.CorrectieTermijnNadert => "correctie-termijn",
        _ => "evaluatie-binnenkort",
    } + $":{onderwerp}:{datum:yyyy-MM-dd}";
}

[DisallowConcurrentExecution]
public sealed class EvaluatieHerinneringJob(EvaluatieHerinnering werk) : IJob
{
    public const string Naam = "evaluatie-herinnering";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await werk.VoerUitAsync(cancellationToken);
}
