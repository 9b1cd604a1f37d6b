using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Email;
using Regie.Web.Infrastructure.Logboek;

namespace Regie.Web.Pages.Beheer;

/// <summary>The outbox as Beheer sees it: who a mail is for, when, how often it was tried and the last SMTP error. Never the
/// mail's text: it is for the addressee.</summary>
[Authorize(Policy = Policies.Beheer)]
public sealed class MailModel(RegieDbContext db, Logboekschrijver logboek, Mailer mailer, TimeProvider clock) : PageModel
{
    /// <summary>How far back given-up mails are shown and warned about on the Beheer index.</summary>
    public static readonly TimeSpan Terugkijken = TimeSpan.FromDays(30);

    private const int MaxRegels = 200;

    public sealed record Regel(string Aan, DateTimeOffset AangemaaktOp, int Pogingen, DateTimeOffset? VolgendePogingOp,
        DateTimeOffset? OpgegevenOp, string? LaatsteFout);

    public bool IsIngesteld => mailer.IsIngesteld;
    public IReadOnlyList<Regel> Wachtend { get; private set; } = [];
    public IReadOnlyList<Regel> Opgegeven { get; private set; } = [];
    public int VerstuurdAfgelopenDag { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var nu = clock.GetUtcNow();
        var vanaf = nu - Terugkijken;
        Wachtend = await db.UitgaandeMails.AsNoTracking().Where(m => m.VolgendePogingOp != null)
            .OrderByDescending(m => m.Pogingen).ThenBy(m => m.VolgendePogingOp).Take(MaxRegels)
            .Select(m => new Regel(m.Aan, m.AangemaaktOp, m.Pogingen, m.VolgendePogingOp, m.OpgegevenOp, m.LaatsteFout))
            .ToListAsync(ct);
        Opgegeven = await db.UitgaandeMails.AsNoTracking().Where(m => m.OpgegevenOp != null && m.OpgegevenOp >= vanaf)
            .OrderByDescending(m => m.OpgegevenOp).Take(MaxRegels)
            .Select(m => new Regel(m.Aan, m.AangemaaktOp, m.Pogingen, m.VolgendePogingOp, m.OpgegevenOp, m.LaatsteFout))
            .ToListAsync(ct);
        var gisteren = nu.AddDays(-1);
        VerstuurdAfgelopenDag = await db.UitgaandeMails.CountAsync(m => m.VerstuurdOp != null && m.VerstuurdOp >= gisteren, ct);

        // E-mailadressen are personal data: who looked at them is recorded like every other Beheer view.
        logboek.Schrijf(null, "Mail", LogboekActie.Bekeken, "Uitgaande mail");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>For the warning on the Beheer index: mails that failed and are retried, and mails given up recently.</summary>
    public static async Task<(int Mislukt, int Opgegeven)> ProblemenAsync(RegieDbContext db, DateTimeOffset nu, CancellationToken ct)
    {
        var vanaf = nu - Terugkijken;
        var mislukt = await db.UitgaandeMails.CountAsync(m => m.VolgendePogingOp != null && m.Pogingen > 0, ct);
        var opgegeven = await db.UitgaandeMails.CountAsync(m => m.OpgegevenOp != null && m.OpgegevenOp >= vanaf, ct);
        return (mislukt, opgegeven);
    }
}
