using Microsoft.EntityFrameworkCore;
using Quartz;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Email;

namespace Regie.Web.Infrastructure.Planner;

/// <summary>Sends the outbox: every row whose next attempt is due. A failure is written on the row (retried later with a
/// growing pause, given up after <see cref="UitgaandeMail.MaxPogingen"/>) and shown in Beheer; it never reaches a page.</summary>
public sealed class MailVersturen(RegieDbContext db, TimeProvider clock, Mailer mailer, ILogger<MailVersturen> log)
{
    private const int PerRonde = 100;

    /// <summary>Returns how many mails went out.</summary>
    public async Task<int> VoerUitAsync(CancellationToken ct)
    {
        if (!mailer.IsIngesteld) return 0;
        var nu = clock.GetUtcNow();
        var klaar = await db.UitgaandeMails.Where(m => m.VolgendePogingOp != null && m.VolgendePogingOp <= nu)
            .OrderBy(m => m.VolgendePogingOp).Take(PerRonde).ToListAsync(ct);
        var verstuurd = 0;
        foreach (var mail in klaar)
        {
            var fout = await mailer.ProbeerAsync(mail.Aan, mail.Onderwerp, mail.Tekst, ct);
            if (fout is null)
            {
                mail.Verstuurd(clock.GetUtcNow());
                verstuurd++;
            }
            else
            {
                mail.Mislukt(fout, clock.GetUtcNow());
                log.LogWarning("Mail {MailId} niet verstuurd (poging {Poging}): {Fout}", mail.Id, mail.Pogingen, fout);
            }
            // Saved per mail: a crash halfway does not send the earlier ones again.
            await db.SaveChangesAsync(ct);
        }
        return verstuurd;
    }
}

[DisallowConcurrentExecution]
public sealed class MailVersturenJob(MailVersturen werk) : IJob
{
    public const string Naam = "mail-versturen";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await werk.VoerUitAsync(cancellationToken);
}
