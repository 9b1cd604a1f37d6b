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

/// <summary>The ouders download the geldende versie, and only that one: the same stored PDF the professionals get.</summary>
[Authorize(Policy = Policies.Ouder)]
public sealed class AfsprakenPdfModel(RegieDbContext db, Casuslader lader, HandreikingPdfs pdfs, Logboekschrijver logboek) : PageModel
{
    public string Melding { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await lader.LeesEigenCasusAsync(ct) is not { } geladen) return NotFound();
        var casusId = geladen.Casus.Id;
        if (geladen.Casus.GeldendeVersie is not { } versie) return NotFound();
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
