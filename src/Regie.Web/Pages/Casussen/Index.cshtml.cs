using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Domain.Regievoering;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Logboek;

namespace Regie.Web.Pages.Casussen;

[Authorize(Policy = Policies.Professional)]
public sealed class IndexModel(RegieDbContext db, Logboekschrijver logboek, TimeProvider clock) : PageModel
{
    public sealed record Regel(Guid Id, string Code, string Gezinsnaam, CasusStatus Status, string? Regievoerder,
        DateOnly? VolgendeEvaluatie, bool Herbeoordelen);

    public IReadOnlyList<Regel> Casussen { get; private set; } = [];
    public DateOnly Vandaag { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Vandaag = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var medewerkerId = RegieClaims.MedewerkerIdVan(User);
        Casussen = await db.Casussen.AsNoTracking()
            .WaarActiefBetrokken(medewerkerId)
            .OrderBy(c => c.Status == CasusStatus.Afgesloten).ThenBy(c => c.VolgendeEvaluatie).ThenBy(c => c.Code)
            .Select(c => new Regel(c.Id, c.Code, c.Gezinsnaam, c.Status,
                c.Regietoewijzingen.Where(r => r.Soort == RegieSoort.Procesregie && r.Tot == null)
                    .Select(r => c.Betrokkenen.Where(b => b.Id == r.BetrokkeneId).Select(b => b.Naam).FirstOrDefault())
                    .FirstOrDefault(),
                c.VolgendeEvaluatie, c.Herbeoordelen))
            .ToListAsync(ct);

        logboek.Schrijf(null, "Casuslijst", LogboekActie.Bekeken, $"{Casussen.Count} casussen getoond");
        await db.SaveChangesAsync(ct);
    }
}
