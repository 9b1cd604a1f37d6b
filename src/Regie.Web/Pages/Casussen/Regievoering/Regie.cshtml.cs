using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Domain.Regievoering;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Casussen;
using Regie.Web.Infrastructure.Logboek;

namespace Regie.Web.Pages.Casussen.Regievoering;

/// <summary>Stap 4, regie: who holds procesregie and inhoudelijke regie, with the mandaat and the whole history. The warm
/// overdracht is shown here; its forms post to the overdracht page (Overdracht.cshtml).</summary>
// No role policy here: whoever may not see or change this casus gets 404 from the Casuslader.
public sealed partial class RegieModel(RegieDbContext db, Casuslader lader, Logboekschrijver logboek, TimeProvider clock) : CasusPaginaModel(lader, Pagina)
{
    private static readonly Casuspagina Pagina = new("Regie", "Regie");

    public CasusKop Kop { get; private set; } = null!;
    public Casus Casus { get; private set; } = null!;
    public bool MagRegieVoeren { get; private set; }
    public bool MagAfsluiten { get; private set; }

    public OverdrachtWeergave Overdracht { get; private set; } = null!;

    [BindProperty] public ProcesregieInvoer Proces { get; set; } = new();
    [BindProperty] public InhoudelijkeRegieInvoer Inhoudelijk { get; set; } = new();
    [BindProperty] public EindeInvoer Einde { get; set; } = new();

    public sealed class ProcesregieInvoer
    {
        [Required(ErrorMessage = "Kies wie de procesregie voert.")]
        [Display(Name = "Procesregievoerder")]
        public Guid? BetrokkeneId { get; set; }

        [StringLength(2000, ErrorMessage = "Het mandaat mag hoogstens 2000 tekens lang zijn.")]
        [Display(Name = "Mandaat en doorzettingsmacht")]
        public string? Mandaat { get; set; }
    }

    public sealed class InhoudelijkeRegieInvoer
    {
        [Required(ErrorMessage = "Kies wie de inhoudelijke regie krijgt.")]
        [Display(Name = "Wie")]
        public Guid? BetrokkeneId { get; set; }

        [Required(ErrorMessage = "Schrijf op op welk onderdeel de inhoudelijke regie ligt.")]
        [StringLength(200, ErrorMessage = "Het onderdeel mag hoogstens 200 tekens lang zijn.")]
        [Display(Name = "Onderdeel")]
        public string? Onderdeel { get; set; }

        [StringLength(2000, ErrorMessage = "Het mandaat mag hoogstens 2000 tekens lang zijn.")]
        [Display(Name = "Mandaat")]
        public string? Mandaat { get; set; }
    }

    public sealed class EindeInvoer
    {
        [Required(ErrorMessage = "Kies welke inhoudelijke regie stopt.")]
        [Display(Name = "Inhoudelijke regie")]
        public Guid? ToewijzingId { get; set; }

        [Required(ErrorMessage = "Schrijf op waarom de inhoudelijke regie stopt.")]
        [StringLength(2000, ErrorMessage = "De reden mag hoogstens 2000 tekens lang zijn.")]
        [Display(Name = "Reden")]
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

    public async Task<IActionResult> OnPostProcesregieAsync(Guid casusId, CancellationToken ct)
    {
        if (await Lader.VoorWijzigingAsync(casusId, CasusActie.WijzigtRegie, ct) is not { } geladen) return NotFound();
        const string veld = "Proces.BetrokkeneId";
        ModelState.AlleenGeldig(nameof(Proces));
        if (!ModelState.IsValid) return await OpnieuwAsync(geladen, ct);

        var casus = geladen.Casus;
        var uitkomst = casus.WijsProcesregieToe(Proces.BetrokkeneId!.Value, Proces.Mandaat, clock.GetUtcNow());
        if (uitkomst.IsFout) return await FoutAsync(geladen, veld, uitkomst.Melding, ct);
        var naam = NaamVan(casus, Proces.BetrokkeneId.Value);
        logboek.Schrijf(casusId, "Regie", LogboekActie.Aangemaakt, $"Procesregie toegewezen aan betrokkene {Proces.BetrokkeneId}");
        return await BewaarAsync(casusId, veld, $"{naam} voert nu de procesregie.", ct);
    }

    public async Task<IActionResult> OnPostInhoudelijkeRegieAsync(Guid casusId, CancellationToken ct)
    {
        if (await Lader.VoorWijzigingAsync(casusId, CasusActie.WijzigtRegie, ct) is not { } geladen) return NotFound();
        ModelState.AlleenGeldig(nameof(Inhoudelijk));
        if (!ModelState.IsValid) return await OpnieuwAsync(geladen, ct);

        var casus = geladen.Casus;
        var id = Inhoudelijk.BetrokkeneId!.Value;
        var uitkomst = casus.WijsInhoudelijkeRegieToe(id, Inhoudelijk.Onderdeel, Inhoudelijk.Mandaat, clock.GetUtcNow());
        // The refusal is about the person when they cannot carry inhoudelijke regie (any more), else about the onderdeel.
        var veld = casus.Betrokkenen.Any(b => b.Id == id && b.KanInhoudelijkeRegieDragen) ? "Inhoudelijk.Onderdeel" : "Inhoudelijk.BetrokkeneId";
        if (uitkomst.IsFout) return await FoutAsync(geladen, veld, uitkomst.Melding, ct);
        var toewijzing = uitkomst.Waarde!;
        logboek.Schrijf(casusId, "Regie", LogboekActie.Aangemaakt, $"Inhoudelijke regie {toewijzing.Id} voor betrokkene {id}");
        return await BewaarAsync(casusId, "Inhoudelijk.Onderdeel",
            $"{NaamVan(casus, id)} heeft nu de inhoudelijke regie op '{toewijzing.Onderdeel}'.", ct);
    }

    public async Task<IActionResult> OnPostBeeindigAsync(Guid casusId, CancellationToken ct)
    {
        if (await Lader.VoorWijzigingAsync(casusId, CasusActie.WijzigtRegie, ct) is not { } geladen) return NotFound();
        ModelState.AlleenGeldig(nameof(Einde));
        if (!ModelState.IsValid) return await OpnieuwAsync(geladen, ct);

        var casus = geladen.Casus;
        var toewijzing = casus.Regietoewijzingen.SingleOrDefault(r => r.Id == Einde.ToewijzingId && r.Soort == RegieSoort.InhoudelijkeRegie && r.IsActief);
        var uitkomst = casus.BeeindigInhoudelijkeRegie(Einde.ToewijzingId!.Value, Einde.Reden, clock.GetUtcNow());
        if (uitkomst.IsFout) return await FoutAsync(geladen, toewijzing is null ? "Einde.ToewijzingId" : "Einde.Reden", uitkomst.Melding, ct);
        logboek.Schrijf(casusId, "Regie", LogboekActie.Gewijzigd, $"Inhoudelijke regie {toewijzing!.Id} beëindigd");
        return await BewaarAsync(casusId, "Einde.Reden", $"De inhoudelijke regie op '{toewijzing.Onderdeel}' is beëindigd.", ct);
    }

    // ---- helpers ----

    private async Task<IActionResult> BewaarAsync(Guid casusId, string veld, string melding, CancellationToken ct)
    {
        if (!await db.BewaarAsync(ModelState, veld, ct)) return await HerlaadAsync(casusId, ct);
        TempData["Melding"] = melding;
        return RedirectToPage(new { casusId });
    }

    private async Task<IActionResult> FoutAsync(GeladenCasus geladen, string veld, string melding, CancellationToken ct)
    {
        ModelState.AddModelError(veld, melding);
        return await OpnieuwAsync(geladen, ct);
    }

    protected override void Vul(GeladenCasus geladen)
    {
        MagRegieVoeren = geladen.Mag(CasusActie.WijzigtRegie);
        MagAfsluiten = geladen.Mag(CasusActie.StelVastOfSluitAf);
        MagOpnieuwToewijzen = geladen.Mag(CasusActie.WijstRegieOpnieuwToe);
        Kop = geladen.Kop(Pagina.Tab);
        Casus = geladen.Casus;
        Overdracht = new OverdrachtWeergave(Casus, OverdrachtWeergave.IsOpvolgerVan(Casus, geladen.Toegang), MagRegieVoeren);
    }

    private static string NaamVan(Casus casus, Guid betrokkeneId) => OverdrachtWeergave.NaamVan(casus, betrokkeneId);

    public string NaamVan(Guid betrokkeneId) => NaamVan(Casus, betrokkeneId);

    public IEnumerable<Betrokkene> ActieveProfessionals => Overdracht.ActieveProfessionals;

    public IEnumerable<Regietoewijzing> ActieveInhoudelijkeRegie =>
        Casus.Regietoewijzingen.Where(r => r.Soort == RegieSoort.InhoudelijkeRegie && r.IsActief).OrderBy(r => r.Onderdeel);

    public static string Status(OverdrachtStatus status) => status switch
    {
        OverdrachtStatus.Voorgesteld => "Voorgesteld",
        OverdrachtStatus.Geaccepteerd => "Geaccepteerd",
        OverdrachtStatus.Afgewezen => "Afgewezen",
        _ => "Ingetrokken",
    };

    public static string Soort(RegieSoort soort) => soort == RegieSoort.Procesregie ? "Procesregie" : "Inhoudelijke regie";
}
