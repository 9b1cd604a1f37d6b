using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Domain.Regievoering;
using Regie.Web.Afdrukken;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Casussen;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure.Pdf;

namespace Regie.Web.Pages.Ouders;

/// <summary>The ouders' one-page "wie doet wat", made on request: the afspraken of the geldende versie with contact
/// details as they are today, so a new phone number or a new regievoerder is on it at once.</summary>
[Authorize(Policy = Policies.Ouder)]
public sealed class WieDoetWatPdfModel(RegieDbContext db, Casuslader lader, Afdrukmaker afdrukken, Logboekschrijver logboek, TimeProvider clock)
    : PageModel
{
    public string Melding { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await lader.LeesEigenCasusAsync(ct) is not { } geladen) return NotFound();
        var casusId = geladen.Casus.Id;
        var gegevens = Gegevens(geladen.Casus);
        byte[] pdf;
        try
        {
            pdf = await afdrukken.WieDoetWatAsync(gegevens, ct);
        }
        catch (PdfNietBeschikbaarException e)
        {
            Melding = e.Message;
            return PdfAntwoord.NietBeschikbaar(this);
        }
        logboek.Schrijf(casusId, "Ouderportaal", LogboekActie.Geexporteerd, "Wie doet wat als PDF");
        await db.SaveChangesAsync(ct);
        return PdfAntwoord.Bestand(this, pdf, $"Wie doet wat gezin {gegevens.Gezinsnaam}");
    }

    private WieDoetWatGegevens Gegevens(Casus casus)
    {
        var geldend = casus.GeldendeVersie;
        var betrokkenen = casus.Betrokkenen.Where(b => b.IsActief)
            .OrderBy(b => b.Soort).ThenBy(b => b.Naam, StringComparer.Create(Weergave.Nl, true)).ToList();
        var regie = casus.Regietoewijzingen.Where(r => r.IsActief)
            .OrderBy(r => r.Soort).ThenBy(r => r.Onderdeel, StringComparer.Create(Weergave.Nl, true)).ToList();

        Contactpersoon Contact(Betrokkene b) => new(b.Naam, b.RolOfRelatie, b.OrganisatieNaam, b.Telefoon, b.Email, b.Bereikbaarheid);
        var perId = betrokkenen.ToDictionary(b => b.Id);
        var regievoerder = regie.Where(r => r.IsActieveProcesregie && perId.ContainsKey(r.BetrokkeneId))
            .Select(r => Contact(perId[r.BetrokkeneId])).FirstOrDefault();

        var bellen = new List<BelRegel>();
        if (regievoerder is not null) bellen.Add(new("Vragen over de afspraken, of u weet niet wie u moet bellen", regievoerder));
        foreach (var r in regie.Where(r => r.Soort == RegieSoort.InhoudelijkeRegie && perId.ContainsKey(r.BetrokkeneId)))
            bellen.Add(new($"Vragen over: {r.Onderdeel}", Contact(perId[r.BetrokkeneId])));
        var alGenoemd = bellen.Select(b => b.Wie.Naam).ToHashSet();
        foreach (var b in betrokkenen.Where(b => b.IsProfessional && !alGenoemd.Contains(b.Naam)))
            bellen.Add(new(b.RolOfRelatie, Contact(b)));

        return new WieDoetWatGegevens(casus.Gezinsnaam, clock.GetUtcNow(), regievoerder, bellen, betrokkenen.Select(Contact).ToList(), geldend);
    }
}
