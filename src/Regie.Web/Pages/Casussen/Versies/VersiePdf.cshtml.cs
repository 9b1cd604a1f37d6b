using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Domain.Logboek;
using Regie.Web.Afdrukken;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Casussen;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure.Pdf;

namespace Regie.Web.Pages.Casussen.Versies;

/// <summary>The PDF of one vastgestelde version: the stored document, the same every time it is downloaded.</summary>
public sealed class VersiePdfModel(RegieDbContext db, Casuslader lader, HandreikingPdfs pdfs, Logboekschrijver logboek) : PageModel
{
    public string Melding { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid casusId, int volgnummer, CancellationToken ct)
    {
        // A download is an export, not a look: its line is the Geexporteerd one below, written once the PDF is there.
        if (await lader.LeesAsync(casusId, CasusActie.Lezen, ct) is not { } geladen) return NotFound();
        var casus = geladen.Casus;
        if (casus.Versies.SingleOrDefault(v => v.Volgnummer == volgnummer) is not { } versie) return NotFound();
        byte[] pdf;
        try
        {
            // The stored PDF is one query of its own (or none, from memory): as json next to the casus it would be read
            // in full on every download, past the memory that keeps it.
            pdf = await pdfs.HaalOfMaakAsync(versie, Request, ct);
        }
        catch (PdfNietBeschikbaarException e)
        {
            Melding = e.Message;
            return PdfAntwoord.NietBeschikbaar(this);
        }
        logboek.Schrijf(casusId, "Handreikingversie", LogboekActie.Geexporteerd, $"Versie {volgnummer} als PDF");
        await db.SaveChangesAsync(ct);
        return PdfAntwoord.Bestand(this, pdf, $"Handreiking {casus.Code} gezin {casus.Gezinsnaam} versie {volgnummer}");
    }
}
