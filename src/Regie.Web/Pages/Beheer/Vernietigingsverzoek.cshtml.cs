using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Bewaren;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Web.Bewaren;
using Regie.Web.Data;
using Regie.Web.Data.Configurations;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure.Meldingen;
using Regie.Web.Pages.Casussen;

namespace Regie.Web.Pages.Beheer;

/// <summary>The beheerder's decision on one request, each way behind a confirmation: carry it out (the casus is closed if it
/// was still open, through the domain, and anonymised now) or not, for a legal exception chosen from the list, explained.
/// Whoever recorded the request gets a melding. The request's row version guards against two beheerders deciding at once.</summary>
[Authorize(Policy = Policies.Beheer)]
public sealed class VernietigingsverzoekModel(RegieDbContext db, Anonimiseerder anonimiseerder, Logboekschrijver logboek, Melder melder,
    TimeProvider clock) : PageModel
{
    public const string Afsluitreden = "Afgesloten omdat het gezin vroeg om het dossier te vernietigen.";

    public Vernietigingsverzoek Verzoek { get; private set; } = null!;
    public string Code { get; private set; } = "";
    public string Gemeente { get; private set; } = "";
    public bool CasusOpen { get; private set; }
    public bool TeLaat { get; private set; }
    public uint Versie { get; private set; }

    [BindProperty] public UitvoerenInvoer Uitvoeren { get; set; } = new();
    [BindProperty] public NietInvoer Niet { get; set; } = new();

    public sealed class UitvoerenInvoer
    {
        [Display(Name = "Bevestiging")]
        public bool Bevestigd { get; set; }
        public uint Versie { get; set; }
    }

    public sealed class NietInvoer
    {
        [Required(ErrorMessage = "Kies de wettelijke uitzondering.")]
        [Display(Name = "Wettelijke uitzondering")]
        public WettelijkeUitzondering? Uitzondering { get; set; }

        [Required(ErrorMessage = "Leg uit waarom de uitzondering hier geldt.")]
        [StringLength(Vernietigingsverzoek.MaxToelichting, ErrorMessage = "De toelichting mag hoogstens 2000 tekens lang zijn.")]
        public string? Toelichting { get; set; }

        [Display(Name = "Bevestiging")]
        public bool Bevestigd { get; set; }
        public uint Versie { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LaadAsync(id, ct)) return NotFound();
        logboek.Schrijf(Verzoek.CasusId, "Vernietigingsverzoek", LogboekActie.Bekeken, $"Vernietigingsverzoek {id}");
        await db.SaveChangesAsync(ct);
        return Page();
    }

    public IActionResult OnPost() => NotFound();

    public async Task<IActionResult> OnPostUitvoerenAsync(Guid id, CancellationToken ct)
    {
        if (!await LaadAsync(id, ct)) return NotFound();
        ModelState.AlleenGeldig(nameof(Uitvoeren));
        if (!Uitvoeren.Bevestigd) ModelState.AddModelError("Uitvoeren.Bevestigd", "Vink aan dat u het verzoek wilt uitvoeren. Dit kan niet ongedaan worden gemaakt.");
        if (!ModelState.IsValid) return Page();

        var nu = clock.GetUtcNow();
        db.Entry(Verzoek).Property<uint>(Concurrency.Versie).OriginalValue = Uitvoeren.Versie;
        var uitkomst = Verzoek.Uitvoeren(RegieClaims.GebruikerIdVan(User)!.Value, nu);
        if (uitkomst.IsFout) { ModelState.AddModelError("Uitvoeren.Bevestigd", uitkomst.Melding); return Page(); }
        var casus = await db.Casussen.Include(c => c.Regietoewijzingen).Include(c => c.Overdrachten).SingleAsync(c => c.Id == Verzoek.CasusId, ct);
        if (casus.Status != CasusStatus.Afgesloten)
        {
            var sluiten = casus.SluitAf(Afsluitreden, "Niet van toepassing: vernietiging op verzoek.", Weergave.Dag(nu), nu);
            if (sluiten.IsFout) { ModelState.AddModelError("Uitvoeren.Bevestigd", sluiten.Melding); return Page(); }
            logboek.Schrijf(casus.Id, "Casus", LogboekActie.Gewijzigd, $"Afgesloten voor vernietigingsverzoek {id}");
        }
        logboek.Schrijf(casus.Id, "Vernietigingsverzoek", LogboekActie.Gewijzigd, $"Vernietigingsverzoek {id} uitgevoerd");
        // No casus in the melding: the anonymiser removes every melding about it.
        await melder.AanMedewerkerAsync(Verzoek.VastgelegdDoorId, MeldingSoort.VernietigingUitgevoerd, null, Verzoek.Id, ct);
        // Decision and closing in one save; should the anonymising below fail, the retention job finishes it.
        if (!await db.BewaarAsync(ModelState, "Uitvoeren.Bevestigd", ct)) return await OpnieuwAsync(id, ct);
        db.ChangeTracker.Clear();
        await anonimiseerder.AnonimiseerAsync(casus.Id, ct);
        TempData["Melding"] = $"Het verzoek is uitgevoerd: casus {Code} is geanonimiseerd.";
        return RedirectToPage("/Beheer/Vernietigingsverzoeken");
    }

    public async Task<IActionResult> OnPostNietAsync(Guid id, CancellationToken ct)
    {
        if (!await LaadAsync(id, ct)) return NotFound();
        ModelState.AlleenGeldig(nameof(Niet));
        if (Niet.Uitzondering is { } u && !Enum.IsDefined(u)) ModelState.AddModelError("Niet.Uitzondering", "Kies een uitzondering uit de lijst.");
        if (!Niet.Bevestigd) ModelState.AddModelError("Niet.Bevestigd", "Vink aan dat u het verzoek niet uitvoert.");
        if (!ModelState.IsValid) return Page();

        db.Entry(Verzoek).Property<uint>(Concurrency.Versie).OriginalValue = Niet.Versie;
        var uitkomst = Verzoek.NietUitvoeren(Niet.Uitzondering!.Value, Niet.Toelichting, RegieClaims.GebruikerIdVan(User)!.Value, clock.GetUtcNow());
        if (uitkomst.IsFout) { ModelState.AddModelError($"Niet.{uitkomst.Veld ?? nameof(NietInvoer.Bevestigd)}", uitkomst.Melding); return Page(); }
        // The reason as its name in the list; the explanation stays out of the logboek (it outlives the casus).
        logboek.Schrijf(Verzoek.CasusId, "Vernietigingsverzoek", LogboekActie.Gewijzigd,
            $"Vernietigingsverzoek {id} niet uitgevoerd: {Verzoek.Uitzondering}");
        await melder.AanMedewerkerAsync(Verzoek.VastgelegdDoorId, MeldingSoort.VernietigingNietUitgevoerd, Verzoek.CasusId, Verzoek.Id, ct);
        if (!await db.BewaarAsync(ModelState, "Niet.Bevestigd", ct)) return await OpnieuwAsync(id, ct);
        TempData["Melding"] = $"Vastgelegd: het verzoek voor casus {Code} wordt niet uitgevoerd.";
        return RedirectToPage("/Beheer/Vernietigingsverzoeken");
    }

    /// <summary>Someone decided first: their decision is shown, the user's input stays in the form.</summary>
    private async Task<IActionResult> OpnieuwAsync(Guid id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return await LaadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LaadAsync(Guid id, CancellationToken ct)
    {
        var verzoek = await db.Vernietigingsverzoeken.SingleOrDefaultAsync(v => v.Id == id, ct);
        if (verzoek is null) return false;
        var casus = await (from c in db.Casussen.AsNoTracking()
                           join o in db.Organisaties on c.GemeenteId equals o.Id
                           where c.Id == verzoek.CasusId
                           select new { c.Code, c.Status, Gemeente = o.Naam }).SingleAsync(ct);
        Verzoek = verzoek;
        Versie = db.Entry(verzoek).Property<uint>(Concurrency.Versie).CurrentValue;
        Code = casus.Code;
        Gemeente = casus.Gemeente;
        CasusOpen = casus.Status != CasusStatus.Afgesloten;
        TeLaat = verzoek.IsTeLaat(Weergave.Vandaag(clock));
        return true;
    }
}
