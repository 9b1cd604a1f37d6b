using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Handreiking;
using Regie.Domain.Logboek;
using Regie.Domain.Regievoering;
using Regie.Web.Afdrukken;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure.Pdf;

namespace Regie.Web.Pages.Ouders;

/// <summary>The ouders' one-page "wie doet wat", made on request: the afspraken of the geldende versie with contact
/// details as they are today, so a new phone number or a new regievoerder is on it at once.</summary>
[Authorize(Policy = Policies.Ouder)]
public sealed class WieDoetWatPdfModel(RegieDbContext db, CasusAutorisatie autorisatie, Afdrukmaker afdrukken, Logboekschrijver logboek, TimeProvider clock)
    : PageModel
{
    public string Melding { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var casusId = await db.VanAsync(User, ct);
        if (casusId is null || await autorisatie.ToegangAsync(User, casusId.Value, CasusActie.OuderPortaal, ct) is null) return NotFound();
        var gegevens = await GegevensAsync(casusId.Value, ct);
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

    private async Task<WieDoetWatGegevens> GegevensAsync(Guid casusId, CancellationToken ct)
    {
        var gezinsnaam = await db.Casussen.Where(c => c.Id == casusId).Select(c => c.Gezinsnaam).SingleAsync(ct);
        var geldend = await db.Handreikingversies.AsNoTracking()
            .SingleOrDefaultAsync(v => v.CasusId == casusId && v.Status == VersieStatus.Geldend, ct);
        var betrokkenen = await db.Betrokkenen.AsNoTracking().Actieve().Where(b => b.CasusId == casusId)
            .OrderBy(b => b.Soort).ThenBy(b => b.Naam).ToListAsync(ct);
        var regie = await db.Regietoewijzingen.AsNoTracking().Actieve().Where(r => r.CasusId == casusId)
            .OrderBy(r => r.Soort).ThenBy(r => r.Onderdeel).ToListAsync(ct);

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

        return new WieDoetWatGegevens(gezinsnaam, clock.GetUtcNow(), regievoerder, bellen, betrokkenen.Select(Contact).ToList(), geldend);
    }
}
