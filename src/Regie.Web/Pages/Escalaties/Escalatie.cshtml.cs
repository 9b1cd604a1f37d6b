using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Configuratie;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure.Meldingen;

namespace Regie.Web.Pages.Escalaties;

/// <summary>One escalated signaal for the gemeente's regie-contact (or a regiocoördinator standing in): the signaal and the
/// casus header, and doorzettingsmacht — ask the regievoerder, call an MDO, propose another regievoerder (its own page), or
/// become a betrokkene and so see the whole casus.</summary>
[Authorize(Policy = Policies.Escalaties)]
public sealed class EscalatieModel(RegieDbContext db, Logboekschrijver logboek, Melder melder, TimeProvider clock,
    IOptions<RegieOpties> opties) : PageModel
{
    public Escalatie Escalatie { get; private set; } = null!;
    public DateOnly AntwoordUiterlijk { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid signaalId, CancellationToken ct)
    {
        if (await db.LeesAsync(HttpContext, logboek, signaalId, ct) is not { } escalatie) return NotFound();
        return await ToonAsync(escalatie, ct);
    }

    /// <summary>A post without a known handler is not something this page's forms send.</summary>
    public IActionResult OnPost() => NotFound();

    public async Task<IActionResult> OnPostVraagActieAsync(Guid signaalId, CancellationToken ct)
    {
        if (await LaadAsync(signaalId, EscalatieActie.Doorzetten, ct) is not { } escalatie) return NotFound();
        var casus = await db.CasusVoorDoorzettenAsync(escalatie.Kop.CasusId, volgen: false, ct);
        if (casus.Status == CasusStatus.Afgesloten) return await FoutAsync(escalatie, "Deze casus is afgesloten.", ct);
        if (casus.Procesregievoerder is not { } regievoerder)
            return await FoutAsync(escalatie, "Deze casus heeft geen regievoerder. Stel een regievoerder voor of word zelf betrokkene.", ct);
        if (regievoerder.MedewerkerId is null)
            return await FoutAsync(escalatie, $"{regievoerder.Naam} heeft geen account in Regie en krijgt dus geen bericht. Bel {regievoerder.Telefoon ?? "de regievoerder"}.", ct);

        await melder.AanRegievoerderAsync(casus, MeldingSoort.VraagVanGemeente, signaalId, ct);
        logboek.Schrijf(casus.Id, "Escalatie", LogboekActie.Aangemaakt, $"Signaal {signaalId}: regievoerder om actie gevraagd");
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = $"{regievoerder.Naam} ziet uw vraag om actie bij de meldingen.";
        return RedirectToPage(new { signaalId });
    }

    // An Overleg in the domain is the meeting itself (date, aanwezigen among the betrokkenen, the moment of vaststellen). The
    // regie-contact is no betrokkene and does not set the table's date: the call is the melding, the regievoerder plans it.
    public async Task<IActionResult> OnPostMdoAsync(Guid signaalId, CancellationToken ct)
    {
        if (await LaadAsync(signaalId, EscalatieActie.Doorzetten, ct) is not { } escalatie) return NotFound();
        var casus = await db.CasusVoorDoorzettenAsync(escalatie.Kop.CasusId, volgen: false, ct);
        if (casus.Status == CasusStatus.Afgesloten) return await FoutAsync(escalatie, "Deze casus is afgesloten.", ct);
        if (!casus.Betrokkenen.Any(b => b.IsActief && b.IsProfessional && b.MedewerkerId is not null))
            return await FoutAsync(escalatie, "Geen van de betrokken professionals heeft een account in Regie. Bel de regievoerder.", ct);

        await melder.AanProfessionalsAsync(casus, MeldingSoort.MdoGevraagd, signaalId, RegieClaims.MedewerkerIdVan(User), ct);
        logboek.Schrijf(casus.Id, "Escalatie", LogboekActie.Aangemaakt, $"Signaal {signaalId}: MDO gevraagd");
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "De betrokken professionals zien bij de meldingen dat u een MDO vraagt. De regievoerder plant het.";
        return RedirectToPage(new { signaalId });
    }

    public async Task<IActionResult> OnPostWordBetrokkeneAsync(Guid signaalId, CancellationToken ct)
    {
        if (await LaadAsync(signaalId, EscalatieActie.WordtBetrokkene, ct) is not { } escalatie) return NotFound();
        var medewerkerId = RegieClaims.MedewerkerIdVan(User)!.Value;
        var ik = await db.Medewerkers.AsNoTracking().Where(m => m.Id == medewerkerId)
            .Join(db.Organisaties, m => m.OrganisatieId, o => o.Id, (m, o) => new { Medewerker = m, Organisatie = o }).SingleAsync(ct);
        var (m, o) = (ik.Medewerker, ik.Organisatie);
        var casus = await db.CasusVoorDoorzettenAsync(escalatie.Kop.CasusId, volgen: true, ct);

        var uitkomst = casus.VoegBetrokkeneToe(new BetrokkeneGegevens(BetrokkeneSoort.Professional, m.Naam,
            "Regie-contact van de gemeente (doorzettingsmacht)", m.Telefoon, m.Email, m.Bereikbaarheid, o.Id, o.Naam, o.Type, m.Id),
            Weergave.Vandaag(clock));
        if (uitkomst.IsFout)
        {
            db.ChangeTracker.Clear();
            return await FoutAsync(escalatie, uitkomst.Melding, ct);
        }
        var betrokkene = uitkomst.Waarde!;
        logboek.Schrijf(casus.Id, "Betrokkene", LogboekActie.Aangemaakt,
            $"Professional: betrokkene {betrokkene.Id} (regie-contact, na escalatie van signaal {signaalId})");
        // The "added to a casus" melding carries "wat is er afgesproken": how the regie-contact is bijgepraat.
        melder.AanGebruiker(RegieClaims.GebruikerIdVan(User)!.Value, MeldingSoort.ToegevoegdAanCasus, casus.Id, betrokkene.Id);
        if (!await db.BewaarAsync(ct)) return await FoutAsync(escalatie, Escalatielezer.Gelijktijdig, ct);
        TempData["Melding"] = "U bent nu betrokken bij deze casus en ziet de hele casus. Spreek bij ‘Wie doet wat’ af wat u doet.";
        return Redirect($"/Casussen/{casus.Id}");
    }

    // ---- helpers ----

    private async Task<Escalatie?> LaadAsync(Guid signaalId, EscalatieActie actie, CancellationToken ct)
    {
        var escalatie = await db.LeesAsync(HttpContext, logboek, signaalId, ct);
        if (escalatie is null || escalatie.Mag(actie)) return escalatie;
        logboek.Schrijf(escalatie.Kop.CasusId, "Escalatie", LogboekActie.Geweigerd, $"Signaal {signaalId}: geen toegang voor {actie}");
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>A refusal: the page again, which is a view like any other.</summary>
    private async Task<IActionResult> FoutAsync(Escalatie escalatie, string melding, CancellationToken ct)
    {
        ModelState.AddModelError(string.Empty, melding);
        return await ToonAsync(escalatie, ct);
    }

    private async Task<IActionResult> ToonAsync(Escalatie escalatie, CancellationToken ct)
    {
        Escalatie = escalatie;
        AntwoordUiterlijk = escalatie.Signaal.AntwoordUiterlijk(opties.Value.SignaalTermijnWerkdagen);
        logboek.Schrijf(escalatie.Kop.CasusId, "Escalatie", LogboekActie.Bekeken, $"Signaal {escalatie.Signaal.Id} bekeken");
        await db.SaveChangesAsync(ct);
        return Page();
    }
}
