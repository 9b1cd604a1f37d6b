using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
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

    public const int PerPagina = 50;

    public IReadOnlyList<Regel> Open { get; private set; } = [];
    public IReadOnlyList<Regel> Beslist { get; private set; } = [];
    public int Paginanummer { get; private set; }
    public bool HeeftOudere { get; private set; }

    /// <summary>Every open request (they wait at most months, so few), and the decided ones newest first, a page at a time:
    /// a cap over both would hide new open requests once the decided ones pile up.</summary>
    public async Task OnGetAsync([FromQuery] int? pagina, CancellationToken ct)
    {
        Paginanummer = pagina is > 0 and < 100_000 ? pagina.Value : 1;
        var vandaag = Weergave.Vandaag(clock);
        var rijen = from v in db.Vernietigingsverzoeken.AsNoTracking()
                    join c in db.Casussen on v.CasusId equals c.Id
                    join o in db.Organisaties on c.GemeenteId equals o.Id
                    select new { v, c.Code, Gemeente = o.Naam };
        var open = await rijen.Where(r => r.v.Status == VernietigingStatus.Open).OrderBy(r => r.v.GevraagdOp).ToListAsync(ct);
        var beslist = await rijen.Where(r => r.v.Status != VernietigingStatus.Open).OrderByDescending(r => r.v.BeslistOp).ThenBy(r => r.v.Id)
            .Skip((Paginanummer - 1) * PerPagina).Take(PerPagina + 1).ToListAsync(ct);
        Open = [.. open.Select(r => Naar(r.v, r.Code, r.Gemeente, r.v.IsTeLaat(vandaag)))];
        HeeftOudere = beslist.Count > PerPagina;
        Beslist = [.. beslist.Take(PerPagina).Select(r => Naar(r.v, r.Code, r.Gemeente, false))];
        var regels = Open.Count + Beslist.Count;
        logboek.Schrijf(null, "Vernietigingsverzoek", LogboekActie.Bekeken, $"Lijst van vernietigingsverzoeken: {regels}");
        await db.SaveChangesAsync(ct);
    }

    private static Regel Naar(Vernietigingsverzoek v, string code, string gemeente, bool teLaat) =>
        new(v.Id, code, gemeente, v.GevraagdOp, v.Uiterlijk, v.Status, v.Uitzondering, v.BeslistOp, teLaat);
}
