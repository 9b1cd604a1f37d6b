using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Domain.Handreiking;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Casussen;

namespace Regie.Web.Pages.Casussen.Versies;

/// <summary>Every vastgestelde version, the geldende first; open one, or put two side by side.</summary>
public sealed class VersiesModel(Casuslader lader) : PageModel
{
    private static readonly Casuspagina Pagina = new("Versies", "Versies");

    public CasusKop Kop { get; private set; } = null!;
    public IReadOnlyList<Handreikingversie> Versies { get; private set; } = [];
    public bool MagVaststellen { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid casusId, CancellationToken ct)
    {
        if (await lader.BekijkAsync(casusId, CasusActie.Lezen, Pagina, ct) is not { } geladen) return NotFound();
        Vul(geladen);
        return Page();
    }

    private void Vul(GeladenCasus geladen)
    {
        MagVaststellen = geladen.Mag(CasusActie.StelVastOfSluitAf);
        Kop = geladen.Kop(Pagina.Tab);
        Versies = [.. geladen.Casus.Versies.OrderByDescending(v => v.Volgnummer)];
    }
}
