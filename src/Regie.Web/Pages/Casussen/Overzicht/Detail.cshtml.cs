using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Domain.Casussen;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Casussen;

namespace Regie.Web.Pages.Casussen.Overzicht;

/// <summary>The casus, read-only: the handreiking as it stands, with who is involved and who holds regie.</summary>
// No role policy here: whoever may not see this casus gets 404 from the Casuslader, never a 'no access' page
// that would confirm the casus exists.
public sealed class DetailModel(Casuslader lader, TimeProvider clock) : PageModel
{
    private static readonly Casuspagina Pagina = new("Overzicht", "Casus");

    public CasusKop Kop { get; private set; } = null!;
    public Casus Casus { get; private set; } = null!;
    public string Gemeente { get; private set; } = "";
    public DateOnly Vandaag { get; private set; }
    public bool MagRegieVoeren { get; private set; }
    public bool MagOudersUitnodigen { get; private set; }
    public bool MagBewerken { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid casusId, CancellationToken ct)
    {
        if (await lader.BekijkAsync(casusId, CasusActie.Lezen, Pagina, ct) is not { } geladen) return NotFound();
        MagRegieVoeren = geladen.Mag(CasusActie.VoertRegie);
        MagOudersUitnodigen = geladen.Mag(CasusActie.NodigOudersUit);
        MagBewerken = geladen.Mag(CasusActie.Bewerken);
        Kop = geladen.Kop(Pagina.Tab);
        Casus = geladen.Casus;
        Gemeente = geladen.Gemeente;
        Vandaag = Weergave.Vandaag(clock);
        return Page();
    }

    public string NaamVan(Guid betrokkeneId) => Casus.Betrokkenen.SingleOrDefault(b => b.Id == betrokkeneId)?.Naam ?? "onbekend";
}
