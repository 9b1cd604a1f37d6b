using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Data.Configurations;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Logboek;

using Regie.Web.Infrastructure.Casussen;

namespace Regie.Web.Pages.Casussen.Betrokkenen;

/// <summary>Stap 1, a betrokkene's rol, telefoon, e-mail and bereikbaarheid: what the ouders' portal shows as it is today.
/// The rules (not for someone who stopped, not in a closed casus) live in Casus.WijzigContactVan.</summary>
// No role policy here: whoever may not see or change this casus gets 404 from CasusAutorisatie.
public sealed class BetrokkeneWijzigenModel(RegieDbContext db, CasusAutorisatie autorisatie, Logboekschrijver logboek) : PageModel
{
    private const string Entiteit = "Betrokkene";

    public CasusKop Kop { get; private set; } = null!;
    public bool MagBewerken { get; private set; }

    /// <summary>The betrokkene as saved now; after a conflict this is the other person's version.</summary>
    public Betrokkene Betrokkene { get; private set; } = null!;
    public bool Conflict { get; private set; }

    [BindProperty(Name = nameof(Input))] public Invoer Input { get; set; } = new();

    public sealed class Invoer
    {
        [Required(ErrorMessage = "Vul de rol of relatie in.")]
        [StringLength(200, ErrorMessage = "De rol of relatie mag hoogstens 200 tekens lang zijn.")]
        [Display(Name = "Rol of relatie")]
        public string? RolOfRelatie { get; set; }

        [StringLength(50, ErrorMessage = "Het telefoonnummer mag hoogstens 50 tekens lang zijn.")]
        [Display(Name = "Telefoon")]
        public string? Telefoon { get; set; }

        [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.")]
        [StringLength(254, ErrorMessage = "Een e-mailadres is hoogstens 254 tekens.")]
        [Display(Name = "E-mailadres")]
        public string? Email { get; set; }

        [StringLength(500, ErrorMessage = "De bereikbaarheid mag hoogstens 500 tekens lang zijn.")]
        [Display(Name = "Bereikbaarheid")]
        public string? Bereikbaarheid { get; set; }

        /// <summary>The row version when the form was read: a change someone else saved in between is not overwritten.</summary>
        public uint Versie { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid casusId, Guid betrokkeneId, CancellationToken ct)
    {
        var toegang = await autorisatie.ToegangAsync(User, casusId, CasusActie.Lezen, ct);
        if (toegang is null || !await LaadAsync(casusId, betrokkeneId, toegang, ct)) return NotFound();
        var b = Betrokkene;
        Input = new Invoer { RolOfRelatie = b.RolOfRelatie, Telefoon = b.Telefoon, Email = b.Email, Bereikbaarheid = b.Bereikbaarheid, Versie = Input.Versie };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid casusId, Guid betrokkeneId, CancellationToken ct)
    {
        var toegang = await autorisatie.ToegangAsync(User, casusId, CasusActie.Bewerken, ct);
        if (toegang is null) return NotFound();
        var casus = await db.Casussen.Include(c => c.Betrokkenen).SingleAsync(c => c.Id == casusId, ct);
        var b = casus.Betrokkenen.SingleOrDefault(x => x.Id == betrokkeneId);
        if (b is null) return NotFound();
        if (!ModelState.IsValid) return await OpnieuwAsync(casusId, betrokkeneId, toegang, ct);

        // Compare against the version the user read, not the one just loaded.
        db.Entry(b).Property<uint>(Concurrency.Versie).OriginalValue = Input.Versie;
        var uitkomst = casus.WijzigContactVan(betrokkeneId, Input.RolOfRelatie, Input.Telefoon, Input.Email, Input.Bereikbaarheid);
        if (uitkomst.IsFout)
        {
            ModelState.AddModelError(uitkomst.Veld == nameof(Betrokkene.Id) ? "" : $"Input.{uitkomst.Veld}", uitkomst.Melding);
            return await OpnieuwAsync(casusId, betrokkeneId, toegang, ct);
        }
        var velden = uitkomst.Waarde!;
        if (velden.Count == 0)
        {
            TempData["Melding"] = "Er is niets veranderd.";
            return Redirect($"/Casussen/{casusId}/Betrokkenen#betrokkene-{betrokkeneId}");
        }
        logboek.Schrijf(casusId, Entiteit, LogboekActie.Gewijzigd, $"Gewijzigd: {string.Join(", ", velden)}");
        if (!await db.BewaarAsync(ModelState, "", ct))
        {
            Conflict = true;
            return await OpnieuwAsync(casusId, betrokkeneId, toegang, ct);
        }
        TempData["Melding"] = $"De gegevens van {b.Naam} zijn bewaard. Ouders zien ze meteen zo.";
        return Redirect($"/Casussen/{casusId}/Betrokkenen#betrokkene-{betrokkeneId}");
    }

    private async Task<IActionResult> OpnieuwAsync(Guid casusId, Guid betrokkeneId, CasusToegang toegang, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var versie = Input.Versie;
        await LaadAsync(casusId, betrokkeneId, toegang, ct);
        // After a conflict the form carries the new version: saving again is then a choice made after seeing it.
        if (!Conflict) Input.Versie = versie;
        return Page();
    }

    /// <summary>False when the betrokkene is not of this casus: the page then answers 404.</summary>
    private async Task<bool> LaadAsync(Guid casusId, Guid betrokkeneId, CasusToegang toegang, CancellationToken ct)
    {
        var gevonden = await db.Betrokkenen.AsNoTracking().Where(b => b.Id == betrokkeneId && b.CasusId == casusId)
            .Select(b => new { Betrokkene = b, Versie = EF.Property<uint>(b, Concurrency.Versie) }).SingleOrDefaultAsync(ct);
        if (gevonden is null) return false;
        Betrokkene = gevonden.Betrokkene;
        Input.Versie = gevonden.Versie;
        MagBewerken = Betrokkene.IsActief && await autorisatie.MagAsync(User, toegang, CasusActie.Bewerken);
        Kop = await db.KopAsync(logboek, casusId, "Betrokkenen", Entiteit, $"Gegevens van betrokkene {betrokkeneId} bekeken om te wijzigen", ct);
        return true;
    }
}
