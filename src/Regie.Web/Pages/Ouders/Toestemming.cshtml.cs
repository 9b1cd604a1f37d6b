using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Casussen;
using Regie.Web.Infrastructure.Toestemmingen;

namespace Regie.Web.Pages.Ouders;

/// <summary>"Toestemming": with whom the family allowed the hulpverleners to share information, for what and how long; the
/// ouder withdraws their own from here (ToestemmingIntrekken).</summary>
[Authorize(Policy = Policies.Portaal)]
public sealed class ToestemmingModel(Casuslader lader, RegieDbContext db, TimeProvider clock) : PageModel
{
    private static readonly Casuspagina Pagina = new("Ouders", "Toestemming", "Toestemmingen bekeken in het portaal");

    public IReadOnlyList<GelezenToestemming> Toestemmingen { get; private set; } = [];
    public Guid? EigenId { get; private set; }
    public DateOnly Vandaag { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await lader.BekijkEigenCasusAsync(Pagina, ct, Toestemminglezer.Aanvulling(db.Model)) is not { } geladen) return NotFound();
        Toestemmingen = Toestemminglezer.Lees(db.Model, geladen.Aanvulling).Toestemmingen;
        EigenId = RegieClaims.BetrokkeneIdVan(User);
        Vandaag = Weergave.Vandaag(clock);
        return Page();
    }
}
