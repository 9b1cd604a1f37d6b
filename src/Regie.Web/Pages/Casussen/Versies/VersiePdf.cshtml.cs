using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Web.Afdrukken;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure.Pdf;

namespace Regie.Web.Pages.Casussen.Versies;

/// <summary>The PDF of one vastgestelde version: the stored document, the same every time it is downloaded.</summary>
public sealed class VersiePdfModel(RegieDbContext db, CasusAutorisatie autorisatie, HandreikingPdfs pdfs, Logboekschrijver logboek) : PageModel
{
    public string Melding { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid casusId, int volgnummer, CancellationToken ct)
    {
        if (await autorisatie.ToegangAsync(User, casusId, CasusActie.Lezen, ct) is null) return NotFound();
        // Only the id first: the snapshot is read only when the PDF still has to be made.
        var kop = await db.Handreikingversies.AsNoTracking().Where(v => v.CasusId == casusId && v.Volgnummer == volgnummer)
            .Join(db.Casussen, v => v.CasusId, c => c.Id, (v, c) => new { v.Id, c.Code, c.Gezinsnaam }).SingleOrDefaultAsync(ct);
        if (kop is null) return NotFound();
        byte[] pdf;
        try
        {
            pdf = await pdfs.OpgeslagenAsync(kop.Id, ct)
                ?? await pdfs.HaalOfMaakAsync(await db.Handreikingversies.AsNoTracking().SingleAsync(v => v.Id == kop.Id, ct), Request, ct);
        }
        catch (PdfNietBeschikbaarException e)
        {
            Melding = e.Message;
            return PdfAntwoord.NietBeschikbaar(this);
        }
        logboek.Schrijf(casusId, "Handreikingversie", LogboekActie.Geexporteerd, $"Versie {volgnummer} als PDF");
        await db.SaveChangesAsync(ct);
        return PdfAntwoord.Bestand(this, pdf, $"Handreiking {kop.Code} gezin {kop.Gezinsnaam} versie {volgnummer}");
    }
}
