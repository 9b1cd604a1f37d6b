using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Casussen;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure.Meldingen;

namespace Regie.Web.Pages.Casussen.Regievoering;

/// <summary>The warm overdracht of procesregie: the regievoerder proposes, the opvolger accepts or declines, and until
/// then nothing changes. The regie page shows these forms; they post here and come back to the regie page.</summary>
// No role policy here: whoever may not see or change this casus gets 404 from the Casuslader.
public sealed class OverdrachtModel(RegieDbContext db, Casuslader lader, Logboekschrijver logboek, TimeProvider clock, Melder melder)
    : CasusPaginaModel(lader, Pagina)
{
    private static readonly Casuspagina Pagina = new("Regie", "Overdracht");

    public CasusKop Kop { get; private set; } = null!;
    public OverdrachtWeergave Overdracht { get; private set; } = null!;

    [BindProperty] public VoorstelInvoer Voorstel { get; set; } = new();
    [BindProperty] public AfwijzingInvoer Afwijzing { get; set; } = new();

    public sealed class VoorstelInvoer
    {
        [Required(ErrorMessage = "Kies wie de regie overneemt.")]
        [Display(Name = "Opvolger")]
        public Guid? OpvolgerId { get; set; }

        [StringLength(4000, ErrorMessage = "De overdrachtsnotitie mag hoogstens 4000 tekens lang zijn.")]
        [Display(Name = "Overdrachtsnotitie")]
        public string? Notitie { get; set; }
    }

    public sealed class AfwijzingInvoer
    {
        [Required(ErrorMessage = "Schrijf op waarom u de regie niet overneemt.")]
        [StringLength(2000, ErrorMessage = "De reden mag hoogstens 2000 tekens lang zijn.")]
        [Display(Name = "Waarom neemt u de regie niet over?")]
        public string? Reden { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid casusId, CancellationToken ct)
    {
        if (await Lader.BekijkAsync(casusId, CasusActie.Lezen, Pagina, ct) is not { } geladen) return NotFound();
        Vul(geladen);
        return Page();
    }

    /// <summary>A post without a known handler is not something this page's forms send.</summary>
    public IActionResult OnPost() => NotFound();

    public async Task<IActionResult> OnPostOverdrachtAsync(Guid casusId, CancellationToken ct)
    {
        if (await Lader.VoorWijzigingAsync(casusId, CasusActie.WijzigtRegie, ct) is not { } geladen) return NotFound();
        const string veld = "Voorstel.OpvolgerId";
        ModelState.AlleenGeldig(nameof(Voorstel));
        if (!ModelState.IsValid) return await OpnieuwAsync(geladen, ct);

        var casus = geladen.Casus;
        var uitkomst = casus.StelOverdrachtVoor(Voorstel.OpvolgerId!.Value, Voorstel.Notitie, clock.GetUtcNow());
        if (uitkomst.IsFout) return await FoutAsync(geladen, veld, uitkomst.Melding, ct);
        var overdracht = uitkomst.Waarde!;
        var van = OverdrachtWeergave.NaamVan(casus, overdracht.VanBetrokkeneId);
        var naar = OverdrachtWeergave.NaamVan(casus, overdracht.NaarBetrokkeneId);
        logboek.Schrijf(casusId, "Overdracht", LogboekActie.Aangemaakt,
            $"Overdracht {overdracht.Id} van betrokkene {overdracht.VanBetrokkeneId} aan betrokkene {overdracht.NaarBetrokkeneId} voorgesteld");
        // The proposed opvolger hears it at the bell (a professional without an account in Regie has none), saved with it.
        if (casus.Betrokkenen.Single(b => b.Id == overdracht.NaarBetrokkeneId).MedewerkerId is { } opvolger && opvolger != RegieClaims.MedewerkerIdVan(User))
            await melder.AanMedewerkerAsync(opvolger, MeldingSoort.OverdrachtVoorgesteld, casusId, overdracht.Id, ct);
        return await BewaarAsync(casusId, veld,
            $"De overdracht aan {naar} is voorgesteld. Tot {naar} accepteert, blijft de regie bij {van}.", ct);
    }

    public async Task<IActionResult> OnPostAccepteerAsync(Guid casusId, Guid overdrachtId, CancellationToken ct)
    {
        if (await LaadAlsOpvolgerAsync(casusId, overdrachtId, ct) is not { } geladen) return NotFound();
        ModelState.Clear();
        var uitkomst = geladen.Casus.AccepteerOverdracht(overdrachtId, clock.GetUtcNow());
        if (uitkomst.IsFout) return await FoutAsync(geladen, "Accepteer", uitkomst.Melding, ct);
        logboek.Schrijf(casusId, "Overdracht", LogboekActie.Gewijzigd, $"Overdracht {overdrachtId} geaccepteerd");
        return await BewaarAsync(casusId, "Accepteer",
            "U voert nu de procesregie. De stappen Regie en Communicatie staan weer ‘in bespreking’: bevestig ze in het volgende MDO.", ct);
    }

    public async Task<IActionResult> OnPostWijsAfAsync(Guid casusId, Guid overdrachtId, CancellationToken ct)
    {
        if (await LaadAlsOpvolgerAsync(casusId, overdrachtId, ct) is not { } geladen) return NotFound();
        const string veld = "Afwijzing.Reden";
        ModelState.AlleenGeldig(nameof(Afwijzing));
        if (!ModelState.IsValid) return await OpnieuwAsync(geladen, ct);

        var casus = geladen.Casus;
        var uitkomst = casus.WijsOverdrachtAf(overdrachtId, Afwijzing.Reden, clock.GetUtcNow());
        if (uitkomst.IsFout) return await FoutAsync(geladen, veld, uitkomst.Melding, ct);
        var van = OverdrachtWeergave.NaamVan(casus, casus.Overdrachten.Single(o => o.Id == overdrachtId).VanBetrokkeneId);
        logboek.Schrijf(casusId, "Overdracht", LogboekActie.Gewijzigd, $"Overdracht {overdrachtId} afgewezen");
        return await BewaarAsync(casusId, veld, $"U hebt de overdracht afgewezen. De regie blijft bij {van}.", ct);
    }

    public async Task<IActionResult> OnPostTrekInAsync(Guid casusId, Guid overdrachtId, CancellationToken ct)
    {
        if (await Lader.VoorWijzigingAsync(casusId, CasusActie.WijzigtRegie, ct) is not { } geladen) return NotFound();
        ModelState.Clear();
        var casus = geladen.Casus;
        var uitkomst = casus.TrekOverdrachtIn(overdrachtId, clock.GetUtcNow());
        if (uitkomst.IsFout) return await FoutAsync(geladen, "TrekIn", uitkomst.Melding, ct);
        var naar = OverdrachtWeergave.NaamVan(casus, casus.Overdrachten.Single(o => o.Id == overdrachtId).NaarBetrokkeneId);
        logboek.Schrijf(casusId, "Overdracht", LogboekActie.Gewijzigd, $"Overdracht {overdrachtId} ingetrokken");
        return await BewaarAsync(casusId, "TrekIn", $"De overdracht aan {naar} is ingetrokken. De regie blijft waar die was.", ct);
    }

    // ---- helpers ----

    /// <summary>Only the proposed opvolger may answer an overdracht; for anyone else it does not exist (404).</summary>
    private async Task<GeladenCasus?> LaadAlsOpvolgerAsync(Guid casusId, Guid overdrachtId, CancellationToken ct)
    {
        if (await Lader.VoorWijzigingAsync(casusId, CasusActie.Bewerken, ct) is not { } geladen) return null;
        var overdracht = geladen.Casus.Overdrachten.SingleOrDefault(o => o.Id == overdrachtId);
        if (overdracht is not null && overdracht.NaarBetrokkeneId == geladen.Toegang.EigenBetrokkeneId) return geladen;
        db.ChangeTracker.Clear();
        logboek.Schrijf(casusId, "Overdracht", LogboekActie.Geweigerd, "Geen opvolger van deze overdracht");
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Saved: back to the regie page, as before overdracht had a page of its own.</summary>
    private async Task<IActionResult> BewaarAsync(Guid casusId, string veld, string melding, CancellationToken ct)
    {
        if (!await db.BewaarAsync(ModelState, veld, ct)) return await HerlaadAsync(casusId, ct);
        TempData["Melding"] = melding;
        return RedirectToPage("/Casussen/Regievoering/Regie", new { casusId });
    }

    private async Task<IActionResult> FoutAsync(GeladenCasus geladen, string veld, string melding, CancellationToken ct)
    {
        ModelState.AddModelError(veld, melding);
        return await OpnieuwAsync(geladen, ct);
    }

    protected override void Vul(GeladenCasus geladen)
    {
        Kop = geladen.Kop(Pagina.Tab);
        Overdracht = new OverdrachtWeergave(geladen.Casus, OverdrachtWeergave.IsOpvolgerVan(geladen.Casus, geladen.Toegang),
            geladen.Mag(CasusActie.WijzigtRegie))
        {
            Voorstel = Voorstel,
            Afwijzing = Afwijzing,
        };
    }
}
