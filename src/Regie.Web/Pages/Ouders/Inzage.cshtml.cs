using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Casussen;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure.Signalen;

namespace Regie.Web.Pages.Ouders;

/// <summary>"Wie heeft ons dossier bekeken?": the logboek of the ouder's own casus in plain words, and the download of all
/// Regie keeps about the family (AVG artikel 15). There is no casus id in the address: the loader takes the ouder's own.</summary>
[Authorize(Policy = Policies.Ouder)]
public sealed class InzageModel(Casuslader lader, RegieDbContext db, Logboekschrijver logboek, TimeProvider clock) : PageModel
{
    public const int PerPagina = 50;
    private static readonly Casuspagina Pagina = new("Ouders", "Inzage", "Wie heeft ons dossier bekeken");
    private static string? _alles;

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
        // The ouder's own signalen and the logboek, read in the casus' statement.
        _alles ??= $"json_build_object('Signalen', {Signaallezer.Aanvulling(db.Model, Signaalfilter.EigenVanIndiener)}, 'Logboek', {Inzageregels.Aanvulling})";
        if (await lader.LeesEigenCasusAsync(ct, _alles, Inzageregels.Waarden(0, int.MaxValue)) is not { } geladen) return NotFound();
        if (RegieClaims.BetrokkeneIdVan(User) is not { } ouderId) return NotFound();
        using var delen = JsonDocument.Parse(geladen.Aanvulling!);
        var signalen = Signaallezer.Lees(db.Model, delen.RootElement.GetProperty("Signalen").GetRawText()).Select(s => s.Signaal);
        var regels = Inzageregels.Lees(delen.RootElement.GetProperty("Logboek").GetRawText(), geladen.Casus);
        var nu = clock.GetUtcNow();
        var export = Gegevensexport.Maak(geladen.Casus, geladen.Gemeente, ouderId, signalen, regels, nu);

        logboek.Schrijf(geladen.Casus.Id, "Inzage", LogboekActie.Geexporteerd, "Alles wat Regie bewaart, als JSON");
        await db.SaveChangesAsync(ct);
        Response.Headers.CacheControl = "private, no-cache";
        return File(JsonSerializer.SerializeToUtf8Bytes(export, Gegevensexport.Json), "application/json; charset=utf-8",
            $"regie-gegevens-{Weergave.Dag(nu):yyyy-MM-dd}.json");
    }
}
