using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Handreiking;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Logboek;

using Regie.Web.Infrastructure.Casussen;

namespace Regie.Web.Pages.Casussen.Versies;

/// <summary>One vastgestelde version exactly as it was agreed.</summary>
public sealed class VersieModel(RegieDbContext db, CasusAutorisatie autorisatie, Logboekschrijver logboek) : PageModel
{
    public CasusKop Kop { get; private set; } = null!;
    public Handreikingversie Versie { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid casusId, int volgnummer, CancellationToken ct)
    {
        if (await autorisatie.ToegangAsync(User, casusId, CasusActie.Lezen, ct) is null) return NotFound();
        var versie = await db.Handreikingversies.AsNoTracking().SingleOrDefaultAsync(v => v.CasusId == casusId && v.Volgnummer == volgnummer, ct);
        if (versie is null) return NotFound();
        Versie = versie;
        Kop = await db.KopAsync(logboek, casusId, "Versies", "Handreikingversie", $"Versie {volgnummer}", ct);
        return Page();
    }
}
