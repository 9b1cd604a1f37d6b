using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure.Meldingen;

namespace Regie.Web.Pages.Escalaties;

/// <summary>Doorzettingsmacht: the regie-contact proposes another regievoerder among the casus' professionals. It is the normal
/// warm overdracht (Casus.StelOverdrachtVoor): the regievoerder keeps regie until the opvolger accepts on the casus' regie page.
/// Only the professionals' names and organisations are shown, not their role in the casus.</summary>
[Authorize(Policy = Policies.Escalaties)]
public sealed class OverdrachtModel(RegieDbContext db, Logboekschrijver logboek, Melder melder, TimeProvider clock) : PageModel
{
    public sealed record Kandidaat(Guid Id, string Naam, string? Organisatie);

    public Escalatie Escalatie { get; private set; } = null!;
    public IReadOnlyList<Kandidaat> Kandidaten { get; private set; } = [];

    /// <summary>The name of whom an open overdracht is proposed to: a second one waits until that is decided.</summary>
    public string? OpenOverdrachtAan { get; private set; }

    [BindProperty] public Invoer Input { get; set; } = new();

    public sealed class Invoer
    {
        [Required(ErrorMessage = "Kies wie de regie overneemt.")]
        [Display(Name = "Nieuwe regievoerder")]
        public Guid? OpvolgerId { get; set; }

        [StringLength(4000, ErrorMessage = "De toelichting mag hoogstens 4000 tekens lang zijn.")]
        [Display(Name = "Waarom stelt u dit voor?")]
        public string? Notitie { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid signaalId, CancellationToken ct)
    {
        if (await LaadAsync(signaalId, ct) is not { } escalatie) return NotFound();
        var casus = await db.CasusVoorDoorzettenAsync(escalatie.Kop.CasusId, volgen: false, ct);
        return await ToonAsync(escalatie, casus, ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid signaalId, CancellationToken ct)
    {
        if (await LaadAsync(signaalId, ct) is not { } escalatie) return NotFound();
        var casus = await db.CasusVoorDoorzettenAsync(escalatie.Kop.CasusId, volgen: true, ct);
        // Only a professional of the casus is offered: any other id gets no answer that names who it is.
        if (ModelState.IsValid && !casus.Betrokkenen.Any(b => b.Id == Input.OpvolgerId && b.IsActief && b.IsProfessional))
            ModelState.AddModelError("Input.OpvolgerId", "Kies een betrokken professional uit de lijst.");
        if (!ModelState.IsValid) return await ToonAsync(escalatie, casus, ct);

        var uitkomst = casus.StelOverdrachtVoor(Input.OpvolgerId!.Value, Input.Notitie, clock.GetUtcNow());
        if (uitkomst.IsFout)
        {
            ModelState.AddModelError("Input.OpvolgerId", uitkomst.Melding);
            return await ToonAsync(escalatie, casus, ct);
        }
        var overdracht = uitkomst.Waarde!;
        var opvolger = casus.Betrokkenen.Single(b => b.Id == overdracht.NaarBetrokkeneId);
        logboek.Schrijf(casus.Id, "Overdracht", LogboekActie.Aangemaakt,
            $"Overdracht {overdracht.Id} van betrokkene {overdracht.VanBetrokkeneId} aan betrokkene {overdracht.NaarBetrokkeneId} voorgesteld door het regie-contact (signaal {signaalId})");
        if (opvolger.MedewerkerId is { } medewerker)
            await melder.AanMedewerkerAsync(medewerker, MeldingSoort.OverdrachtVoorgesteld, casus.Id, overdracht.Id, ct);
        if (!await db.BewaarAsync(ct))
        {
            ModelState.AddModelError("Input.OpvolgerId", Escalatielezer.Gelijktijdig);
            return await ToonAsync(escalatie, await db.CasusVoorDoorzettenAsync(escalatie.Kop.CasusId, volgen: false, ct), ct);
        }
        TempData["Melding"] = $"De overdracht aan {opvolger.Naam} is voorgesteld. Tot {opvolger.Naam} accepteert, blijft de regie waar die is.";
        return RedirectToPage("/Escalaties/Escalatie", new { signaalId });
    }

    private async Task<Escalatie?> LaadAsync(Guid signaalId, CancellationToken ct)
    {
        var escalatie = await db.LeesAsync(HttpContext, logboek, signaalId, ct);
        if (escalatie is null || escalatie.Mag(EscalatieActie.Doorzetten)) return escalatie;
        logboek.Schrijf(escalatie.Kop.CasusId, "Escalatie", LogboekActie.Geweigerd, $"Signaal {signaalId}: geen toegang voor overdracht");
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>The page, also after a refusal: a view, logged; what a refused proposal tracked is let go first.</summary>
    private async Task<IActionResult> ToonAsync(Escalatie escalatie, Casus casus, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        Escalatie = escalatie;
        var huidige = casus.ActieveProcesregie?.BetrokkeneId;
        Kandidaten = [.. casus.Betrokkenen.Where(b => b.IsActief && b.IsProfessional && b.Id != huidige && casus.KanProcesregieVoeren(b.Id))
            .OrderBy(b => b.Naam, StringComparer.Create(Weergave.Nl, true)).Select(b => new Kandidaat(b.Id, b.Naam, b.OrganisatieNaam))];
        OpenOverdrachtAan = casus.OpenOverdracht is { } open ? casus.Betrokkenen.Single(b => b.Id == open.NaarBetrokkeneId).Naam : null;
        logboek.Schrijf(casus.Id, "Escalatie", LogboekActie.Bekeken, $"Signaal {escalatie.Signaal.Id}: andere regievoerder voorstellen");
        await db.SaveChangesAsync(ct);
        return Page();
    }
}
