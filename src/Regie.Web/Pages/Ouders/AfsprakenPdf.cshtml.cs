using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Handreiking;
using Regie.Domain.Logboek;
using Regie.Web.Afdrukken;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure.Pdf;

namespace Regie.Web.Pages.Ouders;

/// <summary>The ouders download the geldende versie, and only that one: the same stored PDF the professionals get.</summary>
[Authorize(Policy = Policies.Ouder)]
public sealed class AfsprakenPdfModel(RegieDbContext db, CasusAutorisatie autorisatie, HandreikingPdfs pdfs, Logboekschrijver logboek) : PageModel
{
    public string Melding { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var casusId = await db.VanAsync(User, ct);
        if (casusId is null || await autorisatie.ToegangAsync(User, casusId.Value, CasusActie.OuderPortaal, ct) is null) return NotFound();
        var versie = await db.Handreikingversies.AsNoTracking()
            .SingleOrDefaultAsync(v => v.CasusId == casusId && v.Status == VersieStatus.Geldend, ct);
        if (versie is null) return NotFound();
        byte[] pdf;
        try
        {
            pdf = await pdfs.HaalOfMaakAsync(versie, Request, ct);
        }
        catch (PdfNietBeschikbaarException e)
        {
            Melding = e.Message;
            return PdfAntwoord.NietBeschikbaar(this);
        }
        logboek.Schrijf(casusId, "Handreikingversie", LogboekActie.Geexporteerd, $"Versie {versie.Volgnummer} als PDF (ouderportaal)");
        await db.SaveChangesAsync(ct);
        return PdfAntwoord.Bestand(this, pdf, $"Afspraken gezin {versie.Inhoud.Gezinsnaam} versie {versie.Volgnummer}");
    }
}
