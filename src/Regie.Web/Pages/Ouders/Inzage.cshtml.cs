using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Casussen;
using Regie.Web.Infrastructure.Logboek;

namespace Regie.Web.Pages.Ouders;

/// <summary>"Wie heeft ons dossier bekeken?": the logboek of the ouder's own casus in plain words, and the download of all
/// Regie keeps about the family (AVG artikel 15). There is no casus id in the address: the loader takes the ouder's own.</summary>
[Authorize(Policy = Policies.Portaal)]
public sealed class InzageModel(Casuslader lader, RegieDbContext db, Logboekschrijver logboek, TimeProvider clock) : PageModel
{
    public const int PerPagina = 50;
    private static readonly Casuspagina Pagina = new("Ouders", "Inzage", "Wie heeft ons dossier bekeken");

    public IReadOnlyList<Inzageregel> Regels { get; private set; } = [];
    public int Paginanummer { get; private set; }
    public bool HeeftOudere { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery] int? pagina, CancellationToken ct)
    {
        Paginanummer = pagina is > 0 and < 100_000 ? pagina.Value : 1;
        // One line more than shown, to know whether older ones exist. This look is written after reading: it shows next time.
        if (await lader.BekijkEigenCasusAsync(Pagina, ct, Inzageregels.Aanvulling,
                Inzageregels.Waarden((Paginanummer - 1) * PerPagina, PerPagina + 1)) is not { } geladen)
            return NotFound();
        var regels = Inzageregels.Lees(geladen.Aanvulling, geladen.Casus);
        HeeftOudere = regels.Count > PerPagina;
        Regels = [.. regels.Take(PerPagina)];
        return Page();
    }

    /// <summary>The download: one json file with the whole logboek, logged as an export.</summary>
    public async Task<IActionResult> OnGetGegevensAsync(CancellationToken ct)
    {
        var nu = clock.GetUtcNow();
        if (await Gegevensexport.LeesAsync(lader, db, User, nu, ct) is not { } gelezen) return NotFound();
        var (casusId, export) = gelezen;

        logboek.Schrijf(casusId, "Inzage", LogboekActie.Geexporteerd, "Alles wat Regie bewaart, als JSON");
        await db.SaveChangesAsync(ct);
        Response.Headers.CacheControl = "private, no-cache";
        return File(JsonSerializer.SerializeToUtf8Bytes(export, Gegevensexport.Json), "application/json; charset=utf-8",
            $"regie-gegevens-{Weergave.Dag(nu):yyyy-MM-dd}.json");
    }
}
