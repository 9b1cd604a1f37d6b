using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Domain.Organisaties;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Logboek;

namespace Regie.Web.Pages.Beheer;

[Authorize(Policy = Policies.Beheer)]
public sealed class OrganisatiesModel(RegieDbContext db, Logboekschrijver logboek) : PageModel
{
    public sealed record Regel(Guid Id, string Naam, OrganisatieType Type, string? Gemeentecode, string? Regio, bool Actief, int Medewerkers);

    public IReadOnlyList<Regel> Organisaties { get; private set; } = [];
    public IReadOnlyList<BeheerRegie.ZonderRegieContact> ZonderRegieContact { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Organisaties = await db.Organisaties.AsNoTracking()
            .OrderByDescending(o => o.Actief).ThenBy(o => o.Naam)
            .Select(o => new Regel(o.Id, o.Naam, o.Type, o.Gemeentecode, o.Regio, o.Actief,
                db.Medewerkers.Count(m => m.OrganisatieId == o.Id && m.Actief)))
            .ToListAsync(ct);
        ZonderRegieContact = await db.ZonderRegieContactAsync(ct);
    }

    public async Task<IActionResult> OnPostDeactiveerAsync(Guid id, CancellationToken ct)
    {
        var organisatie = await db.Organisaties.SingleOrDefaultAsync(o => o.Id == id, ct);
        if (organisatie is null) return NotFound();
        if (organisatie.Actief)
        {
            organisatie.Deactiveer();
            logboek.Schrijf(null, "Organisatie", LogboekActie.Gewijzigd, $"Organisatie {organisatie.Id} gedeactiveerd");
            await db.SaveChangesAsync(ct);
        }
        TempData["Melding"] = $"{organisatie.Naam} is gedeactiveerd. U kunt er geen nieuwe medewerkers meer voor uitnodigen; bestaande accounts blijven werken.";
        return RedirectToPage();
    }
}
