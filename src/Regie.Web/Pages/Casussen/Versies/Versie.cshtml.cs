using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Domain.Handreiking;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Casussen;

namespace Regie.Web.Pages.Casussen.Versies;

/// <summary>One vastgestelde version exactly as it was agreed.</summary>
public sealed class VersieModel(Casuslader lader) : PageModel
{
    private const string Tab = "Versies";
    private static Casuspagina Pagina(int volgnummer) => new(Tab, "Handreikingversie", $"Versie {volgnummer}");

    public CasusKop Kop { get; private set; } = null!;
    public Handreikingversie Versie { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid casusId, int volgnummer, CancellationToken ct)
    {
        if (await lader.LeesAsync(casusId, CasusActie.Lezen, ct) is not { } geladen) return NotFound();
        // The versions come with the casus: an unknown number is one this casus does not have.
        if (geladen.Casus.Versies.SingleOrDefault(v => v.Volgnummer == volgnummer) is not { } versie) return NotFound();
        await lader.BekekenAsync(geladen, Pagina(volgnummer), ct);
        Vul(geladen, versie);
        return Page();
    }

    private void Vul(GeladenCasus geladen, Handreikingversie versie)
    {
        Kop = geladen.Kop(Tab);
        Versie = versie;
    }
}
