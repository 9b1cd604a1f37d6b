using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Logboek;

namespace Regie.Web.Pages.Casussen.Overzicht;

/// <summary>The casus, read-only: the handreiking as it stands, with who is involved and who holds regie.</summary>
// No role policy here: whoever may not see this casus gets 404 from CasusAutorisatie, never a 'no access' page
// that would confirm the casus exists.
public sealed class DetailModel(RegieDbContext db, CasusAutorisatie autorisatie, Logboekschrijver logboek, TimeProvider clock) : PageModel
{
    public CasusKop Kop { get; private set; } = null!;
    public Casus Casus { get; private set; } = null!;
    public string Gemeente { get; private set; } = "";
    public DateOnly Vandaag { get; private set; }
    public bool MagRegieVoeren { get; private set; }
    public bool MagOudersUitnodigen { get; private set; }
    public bool MagBewerken { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid casusId, CancellationToken ct)
    {
        var toegang = await autorisatie.ToegangAsync(User, casusId, CasusActie.Lezen, ct);
        if (toegang is null) return NotFound();
        MagRegieVoeren = await autorisatie.MagAsync(User, toegang, CasusActie.VoertRegie);
        MagOudersUitnodigen = await autorisatie.MagAsync(User, toegang, CasusActie.NodigOudersUit);
        MagBewerken = await autorisatie.MagAsync(User, toegang, CasusActie.Bewerken);

        Kop = await db.KopAsync(logboek, casusId, "Overzicht", "Casus", null, ct);
        var casus = await db.LaadVoorLezenAsync(casusId, ct);
        Casus = casus;
        Vandaag = Weergave.Vandaag(clock);
        Gemeente = await db.Organisaties.Where(o => o.Id == casus.GemeenteId).Select(o => o.Naam).SingleAsync(ct);
        return Page();
    }

    public string NaamVan(Guid betrokkeneId) => Casus.Betrokkenen.SingleOrDefault(b => b.Id == betrokkeneId)?.Naam ?? "onbekend";
}
