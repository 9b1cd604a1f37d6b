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

/// <summary>Every vastgestelde version, the geldende first; open one, or put two side by side.</summary>
public sealed class VersiesModel(RegieDbContext db, CasusAutorisatie autorisatie, Logboekschrijver logboek) : PageModel
{
    public sealed record Regel(int Volgnummer, DateTimeOffset VastgesteldOp, string VastgesteldDoor, bool OudersAkkoord,
        string? OudersOpmerking, VersieStatus Status, string Verificatiecode);

    public CasusKop Kop { get; private set; } = null!;
    public IReadOnlyList<Regel> Versies { get; private set; } = [];
    public bool MagVaststellen { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid casusId, CancellationToken ct)
    {
        var toegang = await autorisatie.ToegangAsync(User, casusId, CasusActie.Lezen, ct);
        if (toegang is null) return NotFound();
        MagVaststellen = await autorisatie.MagAsync(User, toegang, CasusActie.StelVastOfSluitAf);
        Kop = await db.KopAsync(logboek, casusId, "Versies", "Versies", null, ct);
        Versies = await db.Handreikingversies.AsNoTracking().Where(v => v.CasusId == casusId)
            .OrderByDescending(v => v.Volgnummer)
            .Select(v => new Regel(v.Volgnummer, v.VastgesteldOp, v.VastgesteldDoor, v.OudersAkkoord, v.OudersOpmerking, v.Status, v.Verificatiecode))
            .ToListAsync(ct);
        return Page();
    }
}
