using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Domain.Signalen;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Logboek;

namespace Regie.Web.Pages.Escalaties;

/// <summary>The escalated signalen and opschalingen the user handles: the regie-contact those of their gemeente, a
/// regiocoördinator those of gemeenten without regie-contact. Casus code only, no gezinsnaam.</summary>
[Authorize(Policy = Policies.Escalaties)]
public sealed class IndexModel(RegieDbContext db, Logboekschrijver logboek) : PageModel
{
    public sealed record Regel(Guid SignaalId, string Code, string Gemeente, SignaalBron Bron, SignaalStatus Status,
        DateTimeOffset Sinds, int KeerOpgeschaald);

    public const int PerPagina = 50;

    public IReadOnlyList<Regel> Escalaties { get; private set; } = [];
    public bool IsRegiocoordinator { get; private set; }
    public int Totaal { get; private set; }
    public int Pagina { get; private set; } = 1;
    public int AantalPaginas => Math.Max(1, (Totaal + PerPagina - 1) / PerPagina);

    public async Task OnGetAsync(int? pagina, CancellationToken ct)
    {
        var toegang = await RegieContact.ToegangAsync(HttpContext, ct);
        IsRegiocoordinator = toegang.RegieContactVan is null;
        // A region with many late answers gets pages, oldest escalation first.
        Totaal = await db.Escalaties(toegang).CountAsync(ct);
        Pagina = Math.Clamp(pagina ?? 1, 1, AantalPaginas);
        Escalaties = await (
            from s in db.Escalaties(toegang)
            join c in db.Casussen on s.CasusId equals c.Id
            orderby s.GeescaleerdOp
            select new Regel(s.Id, c.Code, db.Organisaties.Where(o => o.Id == c.GemeenteId).Select(o => o.Naam).FirstOrDefault() ?? "",
                s.Bron, s.Status, s.GeescaleerdOp!.Value, s.AantalEscalaties))
            .Skip((Pagina - 1) * PerPagina).Take(PerPagina).AsNoTracking().ToListAsync(ct);
        logboek.Schrijf(null, "Escalaties", LogboekActie.Bekeken, $"{Escalaties.Count} escalaties getoond");
        await db.SaveChangesAsync(ct);
    }
}
