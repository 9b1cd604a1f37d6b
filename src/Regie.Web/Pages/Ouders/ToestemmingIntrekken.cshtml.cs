using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Data.Configurations;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Casussen;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure.Meldingen;
using Regie.Web.Infrastructure.Toestemmingen;
using Regie.Web.Pages.Casussen;

namespace Regie.Web.Pages.Ouders;

/// <summary>The ouder withdraws a toestemming they gave, after a confirmation step; the regievoerder hears it through the bell.
/// Another family's toestemming, or one this ouder did not give: 404.</summary>
[Authorize(Policy = Policies.Portaal)]
public sealed class ToestemmingIntrekkenModel(Casuslader lader, RegieDbContext db, Logboekschrijver logboek, Melder melder,
    TimeProvider clock) : PageModel
{
    private static readonly Casuspagina Pagina = new("Ouders", "Toestemming", "Toestemming intrekken bekeken");

    public GelezenToestemming Gelezen { get; private set; } = null!;

    [BindProperty] public uint Versie { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LaadAsync(id, ct) is not { } geladen) return NotFound();
        Versie = Gelezen.Versie;
        await lader.BekekenAsync(geladen, Pagina, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var gepost = Versie;
        if (await LaadAsync(id, ct) is not { } geladen) return NotFound();
        var toestemming = Gelezen.Toestemming;
        db.Attach(toestemming);
        db.Entry(toestemming).Property<uint>(Concurrency.Versie).OriginalValue = gepost;
        // Twice (a double click, a second tab): one withdrawal is stored, one melding sent.
        if (!toestemming.TrekIn(RegieClaims.NaamVan(User), clock.GetUtcNow()))
        {
            db.ChangeTracker.Clear();
            TempData["Melding"] = "Deze toestemming was al ingetrokken.";
            return RedirectToPage("/Ouders/Toestemming");
        }
        logboek.Schrijf(geladen.Casus.Id, Pagina.Entiteit, LogboekActie.Gewijzigd, $"Toestemming {toestemming.Id} ingetrokken door {(User.IsInRole(Rollen.Jeugdige) ? "jeugdige" : "ouder")}");
        await melder.AanRegievoerderAsync(geladen.Casus, MeldingSoort.ToestemmingIngetrokken, toestemming.Id, ct);
        if (!await db.BewaarAsync(ModelState, nameof(Versie), ct))
        {
            // Someone else changed it first (the regievoerder withdrew it): show what holds now.
            if (await LaadAsync(id, ct) is not { } nieuw) return NotFound();
            Versie = Gelezen.Versie;
            await lader.BekekenAsync(nieuw, Pagina, ct);
            return Page();
        }
        TempData["Melding"] = $"U heeft uw toestemming voor {Gelezen.Organisatie} ingetrokken. De regievoerder weet het.";
        return RedirectToPage("/Ouders/Toestemming");
    }

    /// <summary>The ouder's own casus with this one toestemming, when this ouder gave it; null (404) otherwise.</summary>
    private async Task<GeladenCasus?> LaadAsync(Guid id, CancellationToken ct)
    {
        if (await lader.LeesEigenCasusAsync(ct, Toestemminglezer.Aanvulling(db.Model)) is not { } geladen) return null;
        var eigen = RegieClaims.BetrokkeneIdVan(User);
        var gelezen = Toestemminglezer.Lees(db.Model, geladen.Aanvulling).Toestemmingen
            .FirstOrDefault(t => t.Toestemming.Id == id && eigen is { } e && t.Toestemming.IsGegevenDoor(e));
        if (gelezen is null)
        {
            logboek.Schrijf(geladen.Casus.Id, Pagina.Entiteit, LogboekActie.Geweigerd, $"Toestemming {id} niet van deze ouder");
            await db.SaveChangesAsync(ct);
            return null;
        }
        Gelezen = gelezen;
        return geladen;
    }
}
