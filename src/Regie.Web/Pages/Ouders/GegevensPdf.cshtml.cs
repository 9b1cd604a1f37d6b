using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Domain.Logboek;
using Regie.Web.Afdrukken;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Casussen;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure.Pdf;

namespace Regie.Web.Pages.Ouders;

/// <summary>The same content as the JSON download on the Inzage page, as a printable PDF; logged as an export.</summary>
[Authorize(Policy = Policies.Portaal)]
public sealed class GegevensPdfModel(Casuslader lader, RegieDbContext db, Afdrukmaker afdrukken, Logboekschrijver logboek, TimeProvider clock)
    : PageModel
{
    public string Melding { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var nu = clock.GetUtcNow();
        if (await Gegevensexport.LeesAsync(lader, db, User, nu, ct) is not { } gelezen) return NotFound();
        var (casusId, export) = gelezen;
        byte[] pdf;
        try
        {
            pdf = await afdrukken.GegevensAsync(export, ct);
        }
        catch (PdfNietBeschikbaarException e)
        {
            Melding = e.Message;
            return PdfAntwoord.NietBeschikbaar(this);
        }
        logboek.Schrijf(casusId, "Inzage", LogboekActie.Geexporteerd, "Alles wat Regie bewaart, als PDF");
        await db.SaveChangesAsync(ct);
        return PdfAntwoord.Bestand(this, pdf, $"regie-gegevens-{Weergave.Dag(nu):yyyy-MM-dd}");
    }
}
