using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Bewaren;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Logboek;

namespace Regie.Web.Pages.Beheer;

/// <summary>Families' requests to destroy their file, with the three months the beheerder has. Code, gemeente and dates only:
/// the beheerder sees no casus content (docs/toegang.md).</summary>
[Authorize(Policy = Policies.Beheer)]
public sealed class VernietigingsverzoekenModel(RegieDbContext db, Logboekschrijver logboek, TimeProvider clock) : PageModel
{
    public sealed record Regel(Guid Id, string Code, string Gemeente, DateOnly GevraagdOp, DateOnly Uiterlijk, VernietigingStatus Status,
        WettelijkeUitzondering? Uitzondering, DateTimeOffset? BeslistOp, bool TeLaat);

    public IReadOnlyList<Regel> Open { get; private set; } = [];
    public IReadOnlyList<Regel> Beslist { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var vandaag = Weergave.Vandaag(clock);
        var rijen = await (from v in db.Vernietigingsverzoeken.AsNoTracking()
                           join c in db.Casussen on v.CasusId equals c.Id
                           join o in db.Organisaties on c.GemeenteId equals o.Id
                           orderby v.GevraagdOp
                           select new { v, c.Code, Gemeente = o.Naam })
            .Take(500).ToListAsync(ct);
        var regels = rijen.Select(r => new Regel(r.v.Id, r.Code, r.Gemeente, r.v.GevraagdOp, r.v.Uiterlijk, r.v.Status, r.v.Uitzondering,
            r.v.BeslistOp, r.v.IsTeLaat(vandaag))).ToList();
        Open = [.. regels.Where(r => r.Status == VernietigingStatus.Open)];
        Beslist = [.. regels.Where(r => r.Status != VernietigingStatus.Open).OrderByDescending(r => r.BeslistOp)];
        logboek.Schrijf(null, "Vernietigingsverzoek", LogboekActie.Bekeken, $"Lijst van vernietigingsverzoeken: {regels.Count}");
        await db.SaveChangesAsync(ct);
    }
}
