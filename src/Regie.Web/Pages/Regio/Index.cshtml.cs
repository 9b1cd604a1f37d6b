using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Domain.Organisaties;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Configuratie;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Regio;

namespace Regie.Web.Pages.Regio;

/// <summary>The regiocoördinator's dashboard: the region's figures for a filter (GET, so a view can be bookmarked and
/// printed), suppressed, with a chart and a table each. A wrong field gets its message next to it, the rest is kept.</summary>
[Authorize(Policy = Policies.Regio)]
public sealed class IndexModel(RegieDbContext db, Regiooverzichten overzichten, Regiofilterlezer filters, Logboekschrijver logboek) : PageModel
{
    // One property per field, so each field's name in the query string is its key for the error next to it.
    [BindProperty(SupportsGet = true)] public string? Gemeente { get; set; }
    [BindProperty(SupportsGet = true)] public string? Indicatie { get; set; }
    [BindProperty(SupportsGet = true)] public string? Maatregel { get; set; }
    [BindProperty(SupportsGet = true)] public string? Van { get; set; }
    [BindProperty(SupportsGet = true)] public string? Tot { get; set; }

    public IReadOnlyList<(Guid Id, string Naam)> Gemeenten { get; private set; } = [];
    public IReadOnlyList<string> Indicaties => filters.Indicatiecodes;
    public Regiooverzicht? Overzicht { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (filter, fouten, gemeenten) = await filters.LeesAsync(
            new Regiofilterinvoer { Gemeente = Gemeente, Indicatie = Indicatie, Maatregel = Maatregel, Van = Van, Tot = Tot }, ct);
        Gemeenten = gemeenten;
        foreach (var (veld, melding) in fouten) ModelState.AddModelError(veld, melding);
        if (filter is null) return Page();
        if (string.IsNullOrWhiteSpace(Van) && string.IsNullOrWhiteSpace(Tot)) (Van, Tot) = (filter.Tijdvak.Eerste.ToString(), filter.Tijdvak.Laatste.ToString());

        Overzicht = await overzichten.MaakAsync(filter, ct);
        // Ids and codes only: a gemeente's name is no secret, but the line says exactly what was asked.
        logboek.Schrijf(null, "Regiocijfers", LogboekActie.Bekeken,
            $"gemeente={filter.GemeenteId?.ToString() ?? "alle"}; indicatie={filter.Indicatie ?? "alle"}; "
            + $"maatregel={filter.Maatregel?.ToString() ?? "alle"}; periode={filter.Tijdvak.Eerste}..{filter.Tijdvak.Laatste}");
        await db.SaveChangesAsync(ct);
        return Page();
    }
}
