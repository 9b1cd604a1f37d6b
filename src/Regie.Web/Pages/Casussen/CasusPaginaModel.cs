using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Casussen;

namespace Regie.Web.Pages.Casussen;

/// <summary>A casus page with forms: how it shows itself again after a refusal or after someone else's save, written once.
/// The page fills itself from a loaded casus in <see cref="Vul"/>.</summary>
public abstract class CasusPaginaModel(Casuslader lader, Casuspagina pagina) : PageModel
{
    protected Casuslader Lader { get; } = lader;

    protected abstract void Vul(GeladenCasus geladen);

    /// <summary>A refusal: the page again from the casus already loaded (a refusal changed nothing).</summary>
    protected async Task<IActionResult> OpnieuwAsync(GeladenCasus geladen, CancellationToken ct)
    {
        await Lader.ToonOpnieuwAsync(geladen, pagina, ct);
        Vul(geladen);
        return Page();
    }

    /// <summary>A save that met someone else's: the loaded casus holds the unsaved change, so the casus is read again and
    /// the page shows their state next to the user's input.</summary>
    protected async Task<IActionResult> HerlaadAsync(Guid casusId, CancellationToken ct)
    {
        if (await Lader.OpnieuwLezenAsync(casusId, pagina, ct) is not { } nieuw) return NotFound();
        Vul(nieuw);
        return Page();
    }
}
