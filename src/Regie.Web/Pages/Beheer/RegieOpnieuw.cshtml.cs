using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Logboek;

namespace Regie.Web.Pages.Beheer;

/// <summary>The regievoerder's account is deactivated, so the casus has nobody who can act as regievoerder: the beheerder
/// names a new procesregievoerder among the professionals involved. Only the code and the professionals are shown.</summary>
[Authorize(Policy = Policies.Beheer)]
public sealed class RegieOpnieuwModel(RegieDbContext db, UserManager<Gebruiker> users, Logboekschrijver logboek, TimeProvider clock) : PageModel
{
    public Gebruiker Vorige { get; private set; } = null!;
    public string Code { get; private set; } = "";
    public IReadOnlyList<Betrokkene> MogelijkeOpvolgers { get; private set; } = [];

    [BindProperty] public Invoer Input { get; set; } = new();

    public sealed class Invoer
    {
        [Required(ErrorMessage = "Kies wie de procesregie overneemt.")]
        [Display(Name = "Nieuwe procesregievoerder")]
        public Guid? BetrokkeneId { get; set; }

        [Required(ErrorMessage = "Schrijf op waarom de procesregie opnieuw wordt toegewezen.")]
        [StringLength(2000, ErrorMessage = "De reden mag hoogstens 2000 tekens lang zijn.")]
        [Display(Name = "Reden")]
        public string? Reden { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid casusId, CancellationToken ct)
    {
        if (await LaadAsync(id, casusId, ct) is null) return NotFound();
        logboek.Schrijf(casusId, "Regie", LogboekActie.Bekeken, "Beheer: procesregie opnieuw toewijzen");
        await db.SaveChangesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid casusId, CancellationToken ct)
    {
        var casus = await LaadAsync(id, casusId, ct);
        if (casus is null) return NotFound();
        if (!ModelState.IsValid) return Page();

        var uitkomst = casus.WijsProcesregieOpnieuwToe(Input.BetrokkeneId!.Value, Input.Reden, clock.GetUtcNow());
        if (uitkomst.IsFout)
        {
            var veld = casus.KanProcesregieVoeren(Input.BetrokkeneId.Value) ? "Input.Reden" : "Input.BetrokkeneId";
            ModelState.AddModelError(veld, uitkomst.Melding);
            return Page();
        }
        var naam = casus.Procesregievoerder!.Naam;
        logboek.Schrijf(casusId, "Regie", LogboekActie.Gewijzigd, $"Procesregie opnieuw toegewezen aan betrokkene {Input.BetrokkeneId} door beheer: account van de vorige regievoerder gedeactiveerd");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || e.InnerException is PostgresException { SqlState: PostgresErrorCodes.ExclusionViolation })
        {
            db.ChangeTracker.Clear();
            await LaadAsync(id, casusId, ct);
            ModelState.AddModelError("Input.BetrokkeneId", "Iemand anders heeft de regie in deze casus net gewijzigd. Kijk of er al een nieuwe regievoerder is.");
            return Page();
        }
        TempData["Melding"] = $"{naam} voert nu de procesregie in {Code}.";
        return RedirectToPage("/Beheer/Account", new { id });
    }

    /// <summary>Only for a deactivated account that still holds procesregie in this open casus; anything else does not exist here.</summary>
    private async Task<Casus?> LaadAsync(Guid id, Guid casusId, CancellationToken ct)
    {
        var gebruiker = await users.FindByIdAsync(id.ToString());
        var casus = await db.Casussen.AsSplitQuery()
            .Include(c => c.Betrokkenen).Include(c => c.Stappen).Include(c => c.Regietoewijzingen).Include(c => c.Overdrachten)
            .SingleOrDefaultAsync(c => c.Id == casusId, ct);
        if (gebruiker is null || gebruiker.Actief || gebruiker.MedewerkerId is null || casus is null
            || casus.Status == CasusStatus.Afgesloten || casus.Procesregievoerder?.MedewerkerId != gebruiker.MedewerkerId)
        {
            db.ChangeTracker.Clear();
            if (casus is not null)
            {
                logboek.Schrijf(casusId, "Regie", LogboekActie.Geweigerd, "Beheer: geen vertrokken regievoerder");
                await db.SaveChangesAsync(ct);
            }
            return null;
        }
        Vorige = gebruiker;
        Code = casus.Code;
        MogelijkeOpvolgers = [.. casus.Betrokkenen.Where(b => b.IsActief && b.IsProfessional && b.Id != casus.ActieveProcesregie!.BetrokkeneId && casus.KanProcesregieVoeren(b.Id))
            .OrderBy(b => b.Naam)];
        return casus;
    }
}
