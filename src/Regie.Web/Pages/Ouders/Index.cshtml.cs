using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Handreiking;
using Regie.Domain.Logboek;
using Regie.Domain.Regievoering;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Logboek;

namespace Regie.Web.Pages.Ouders;

/// <summary>The ouders' portal: only the geldende versie, plus contact details as they are today.</summary>
[Authorize(Policy = Policies.Ouder)]
public sealed class IndexModel(RegieDbContext db, CasusAutorisatie autorisatie, Logboekschrijver logboek) : PageModel
{
    public sealed record Contact(string Naam, string Rol, string? Organisatie, string? Telefoon, string? Email, string? Bereikbaarheid);

    public HandreikingSnapshot? Geldend { get; private set; }
    public int? Volgnummer { get; private set; }
    public DateTimeOffset? VastgesteldOp { get; private set; }
    public Contact? Regievoerder { get; private set; }
    public IReadOnlyList<Contact> Contacten { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var betrokkeneId = RegieClaims.BetrokkeneIdVan(User);
        var casusId = await db.Betrokkenen.Where(b => b.Id == betrokkeneId).Select(b => (Guid?)b.CasusId).SingleOrDefaultAsync(ct);
        if (casusId is null || await autorisatie.ToegangAsync(User, casusId.Value, CasusActie.OuderPortaal, ct) is null) return NotFound();

        var versie = await db.Handreikingversies.AsNoTracking()
            .Where(v => v.CasusId == casusId && v.Status == VersieStatus.Geldend).SingleOrDefaultAsync(ct);
        Geldend = versie?.Inhoud;
        Volgnummer = versie?.Volgnummer;
        VastgesteldOp = versie?.VastgesteldOp;

        var betrokkenen = await db.Betrokkenen.AsNoTracking().Actieve()
            .Where(b => b.CasusId == casusId && b.Soort == BetrokkeneSoort.Professional)
            .OrderBy(b => b.Naam).ToListAsync(ct);
        var regievoerderId = await db.Regietoewijzingen.ActieveProcesregie()
            .Where(r => r.CasusId == casusId)
            .Select(r => (Guid?)r.BetrokkeneId).SingleOrDefaultAsync(ct);
        Contacten = betrokkenen.Select(b => new Contact(b.Naam, b.RolOfRelatie, b.OrganisatieNaam, b.Telefoon, b.Email, b.Bereikbaarheid)).ToList();
        Regievoerder = betrokkenen.Where(b => b.Id == regievoerderId)
            .Select(b => new Contact(b.Naam, b.RolOfRelatie, b.OrganisatieNaam, b.Telefoon, b.Email, b.Bereikbaarheid)).SingleOrDefault();

        logboek.Schrijf(casusId, "Ouderportaal", LogboekActie.Bekeken);
        await db.SaveChangesAsync(ct);
        return Page();
    }
}
