using Microsoft.EntityFrameworkCore;
using Quartz;
using Regie.Domain.Gedeeld;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Configuratie;
using Regie.Web.Infrastructure.Email;

namespace Regie.Web.Infrastructure.Planner;

/// <summary>Turns meldingen into outgoing mail rows, per person's <see cref="MailVoorkeur"/>: one mail each (Direct), one
/// summary on working days from 07:00 Dutch time with what came in before (Dagelijks), or none (Geen). Every melding it
/// handled is marked GemaildOp, so it is mailed once. Without Regie:Smtp nothing is mailed and all are marked.</summary>
public sealed class MeldingenMailen(RegieDbContext db, TimeProvider clock, Mailer mailer, PubliekeUrl publiekeUrl)
{
    public static readonly TimeOnly SamenvattingVanaf = new(7, 0);
    private const int PerRonde = 1000;

    /// <summary>Returns how many mail rows it added.</summary>
    public async Task<int> VoerUitAsync(CancellationToken ct)
    {
        var nu = clock.GetUtcNow();
        if (!mailer.IsIngesteld)
        {
            await db.Meldingen.Where(m => m.GemaildOp == null).ExecuteUpdateAsync(s => s.SetProperty(m => m.GemaildOp, nu), ct);
            return 0;
        }

        var ouderRol = db.Roles.Where(r => r.Name == Rollen.Ouder || r.Name == Rollen.Jeugdige).Select(r => r.Id);
        var open = await (from m in db.Meldingen
                          where m.GemaildOp == null
                          join u in db.Users on m.GebruikerId equals u.Id
                          orderby m.Op
                          select new
                          {
                              Melding = m,
                              u.Email,
                              u.Actief,
                              u.MailVoorkeur,
                              IsOuder = db.UserRoles.Any(ur => ur.UserId == u.Id && ouderRol.Contains(ur.RoleId)),
                              Code = db.Casussen.Where(c => c.Id == m.CasusId).Select(c => c.Code).FirstOrDefault(),
                          }).Take(PerRonde).ToListAsync(ct);
        if (open.Count == 0) return 0;

        var basis = publiekeUrl.Ingesteld;
        var mails = 0;
        foreach (var persoon in open.GroupBy(o => o.Melding.GebruikerId))
        {
            var eerste = persoon.First();
            if (!eerste.Actief || string.IsNullOrWhiteSpace(eerste.Email) || eerste.MailVoorkeur == MailVoorkeur.Geen)
            {
                foreach (var o in persoon) o.Melding.MarkeerGemaild(nu);
                continue;
            }
            if (eerste.MailVoorkeur == MailVoorkeur.Direct)
            {
                foreach (var o in persoon)
                {
                    var (onderwerp, tekst) = Mailtekst.Enkel(new Mailtekst.Regel(o.Melding.Soort, o.Code, o.IsOuder), basis);
                    db.UitgaandeMails.Add(new UitgaandeMail(eerste.Email, onderwerp, tekst, nu));
                    o.Melding.MarkeerGemaild(nu);
                    mails++;
                }
                continue;
            }
            if (SamenvattingTot(nu) is not { } tot) continue;
            var inSamenvatting = persoon.Where(o => o.Melding.Op < tot).ToList();
            if (inSamenvatting.Count == 0) continue;
            var (kop, inhoud) = Mailtekst.Samenvatting(
                inSamenvatting.Select(o => new Mailtekst.Regel(o.Melding.Soort, o.Code, o.IsOuder)).ToList(), basis);
            db.UitgaandeMails.Add(new UitgaandeMail(eerste.Email, kop, inhoud, nu));
            foreach (var o in inSamenvatting) o.Melding.MarkeerGemaild(nu);
            mails++;
        }
        await db.SaveChangesAsync(ct);
        return mails;
    }

    /// <summary>On a working day from 07:00 Dutch time: today's 07:00, and the summary holds what came in before it (so a
    /// later run that day finds nothing new to summarise). Otherwise null: no summary now.</summary>
    public static DateTimeOffset? SamenvattingTot(DateTimeOffset nu)
    {
        var lokaal = TimeZoneInfo.ConvertTime(nu, Weergave.NederlandseTijd);
        var dag = DateOnly.FromDateTime(lokaal.DateTime);
        if (!Werkdagen.IsWerkdag(dag) || TimeOnly.FromDateTime(lokaal.DateTime) < SamenvattingVanaf) return null;
        var zeven = dag.ToDateTime(SamenvattingVanaf, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(zeven, Weergave.NederlandseTijd), TimeSpan.Zero);
    }
}

[DisallowConcurrentExecution]
public sealed class MeldingenMailenJob(MeldingenMailen werk) : IJob
{
    public const string Naam = "meldingen-mailen";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await werk.VoerUitAsync(cancellationToken);
}
