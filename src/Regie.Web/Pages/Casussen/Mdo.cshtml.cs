using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Handreiking;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Data.Configurations;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Logboek;

namespace Regie.Web.Pages.Casussen;

/// <summary>MDO-modus: one page for a shared screen with the aanwezigen and all seven steps. Each step is saved on its
/// own with the version it was read at; if someone else saved that step in between, nobody's text is lost: the second
/// person sees both texts and chooses.</summary>
public sealed class MdoModel(RegieDbContext db, CasusAutorisatie autorisatie, Logboekschrijver logboek, TimeProvider clock) : PageModel
{
    public CasusKop Kop { get; private set; } = null!;
    public Casus Casus { get; private set; } = null!;
    public bool MagBewerken { get; private set; }
    public DateOnly Vandaag { get; private set; }

    /// <summary>The latest overleg, if it is today's: the one the aanwezigen checklist belongs to.</summary>
    public Overleg? OverlegVandaag { get; private set; }

    /// <summary>Set when a step save met someone else's newer save: their text, to show beside the user's own.</summary>
    public Conflict? StapConflict { get; private set; }

    public sealed record Conflict(int Nummer, string? HunTekst, string? Door, DateTimeOffset? Op, StapStatus HunStatus);

    [BindProperty(Name = nameof(Stap))] public StapInvoer Stap { get; set; } = new();
    [BindProperty(Name = nameof(Overleg))] public OverlegInvoer Overleg { get; set; } = new();
    [BindProperty(Name = nameof(Vraag))] public HulpvraagInvoer Vraag { get; set; } = new();
    [BindProperty(Name = nameof(Evaluatie))] public EvaluatieInvoer Evaluatie { get; set; } = new();

    public sealed class StapInvoer
    {
        [Range(1, HandreikingSjabloon.AantalStappen, ErrorMessage = "Deze stap bestaat niet.")]
        public int Nummer { get; set; }

        [StringLength(CasusStap.MaxAfsprakenLengte, ErrorMessage = "De afspraken mogen hoogstens 8000 tekens lang zijn.")]
        [Display(Name = "Afspraken")]
        public string? Afspraken { get; set; }

        [Required(ErrorMessage = "Kies hoe ver u met deze stap bent.")]
        public StapStatus? Status { get; set; }

        /// <summary>The step's xmin when the page was read.</summary>
        public uint Versie { get; set; }
    }

    public sealed class OverlegInvoer
    {
        [MinLength(1, ErrorMessage = "Vink aan wie er bij dit overleg zijn.")]
        public List<Guid> Aanwezigen { get; set; } = [];

        [StringLength(8000, ErrorMessage = "De besluiten mogen hoogstens 8000 tekens lang zijn.")]
        [Display(Name = "Besluiten van dit overleg")]
        public string? Besluiten { get; set; }

        public uint Versie { get; set; }
    }

    public sealed class HulpvraagInvoer
    {
        [Required(ErrorMessage = "Vul de hulpvraag in.")]
        [StringLength(Casus.MaxHulpvraagLengte, ErrorMessage = "De hulpvraag mag hoogstens 4000 tekens lang zijn.")]
        [Display(Name = "Hulpvraag van ouders en jeugdige")]
        public string? Tekst { get; set; }

        public uint Versie { get; set; }
    }

    public sealed class EvaluatieInvoer
    {
        [Required(ErrorMessage = "Kies de datum van de volgende evaluatie.")]
        [DataType(DataType.Date)]
        [Display(Name = "Volgende evaluatie")]
        public DateOnly? Datum { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid casusId, CancellationToken ct)
    {
        if (!await LaadAsync(casusId, ct)) return NotFound();
        logboek.Schrijf(casusId, "MDO-modus", LogboekActie.Bekeken);
        await db.SaveChangesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostStapAsync(Guid casusId, CancellationToken ct)
    {
        if (await autorisatie.ToegangAsync(User, casusId, CasusActie.Bewerken, ct) is null) return NotFound();
        ModelState.AlleenGeldig(nameof(Stap));
        if (!ModelState.IsValid) return await OpnieuwAsync(casusId, ct);

        var casus = await db.LaadVoorWijzigingAsync(casusId, ct);
        var stap = casus.Stap(Stap.Nummer);
        // Compare against the version the user read, not the one just loaded.
        db.Entry(stap).Property<uint>(Concurrency.Versie).OriginalValue = Stap.Versie;
        var uitkomst = casus.WijzigStap(Stap.Nummer, Stap.Afspraken, Stap.Status!.Value, RegieClaims.NaamVan(User), clock.GetUtcNow());
        if (uitkomst.IsFout)
        {
            ModelState.AddModelError("Stap.Afspraken", uitkomst.Melding);
            return await OpnieuwAsync(casusId, ct);
        }
        logboek.Schrijf(casusId, "Stap", LogboekActie.Gewijzigd, $"Stap {Stap.Nummer} ({stap.Titel}): {Weergave.Status(Stap.Status.Value)}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var nu = await db.CasusStappen.AsNoTracking().SingleAsync(s => s.CasusId == casusId && s.Nummer == Stap.Nummer, ct);
            StapConflict = new Conflict(nu.Nummer, nu.Afspraken, nu.GewijzigdDoor, nu.GewijzigdOp, nu.Status);
            ModelState.AddModelError("Stap.Afspraken",
                $"{nu.GewijzigdDoor ?? "Iemand anders"} heeft deze stap net ook opgeslagen. Hieronder staan beide teksten. Kies wat blijft en sla opnieuw op.");
            // The next save compares against their version, so it goes through once the user has chosen.
            Stap.Versie = await StapVersieAsync(casusId, Stap.Nummer, ct);
            return await OpnieuwAsync(casusId, ct);
        }
        TempData["Melding"] = $"Stap {Stap.Nummer} is opgeslagen.";
        return Redirect($"/Casussen/{casusId}/Mdo#stap-{Stap.Nummer}");
    }

    public async Task<IActionResult> OnPostOverlegAsync(Guid casusId, CancellationToken ct)
    {
        if (await autorisatie.ToegangAsync(User, casusId, CasusActie.Bewerken, ct) is null) return NotFound();
        ModelState.AlleenGeldig(nameof(Overleg));
        if (!ModelState.IsValid) return await OpnieuwAsync(casusId, ct);

        var casus = await db.LaadVoorWijzigingAsync(casusId, ct);
        var vandaag = Weergave.Vandaag(clock);
        var bestaand = casus.Overleggen.OrderByDescending(o => o.Datum).FirstOrDefault(o => Weergave.Dag(o.Datum) == vandaag);
        Domain.Gedeeld.Uitkomst uitkomst;
        if (bestaand is null)
        {
            var plan = casus.PlanOverleg(clock.GetUtcNow(), Overleg.Aanwezigen);
            uitkomst = plan.IsFout ? plan : casus.LegOverlegVast(plan.Waarde!.Id, Overleg.Aanwezigen, Overleg.Besluiten);
        }
        else
        {
            db.Entry(bestaand).Property<uint>(Concurrency.Versie).OriginalValue = Overleg.Versie;
            uitkomst = casus.LegOverlegVast(bestaand.Id, Overleg.Aanwezigen, Overleg.Besluiten);
        }
        if (uitkomst.IsFout)
        {
            ModelState.AddModelError("Overleg.Aanwezigen", uitkomst.Melding);
            return await OpnieuwAsync(casusId, ct);
        }
        logboek.Schrijf(casusId, "Overleg", bestaand is null ? LogboekActie.Aangemaakt : LogboekActie.Gewijzigd, $"{Overleg.Aanwezigen.Count} aanwezigen");
        if (!await db.BewaarAsync(ModelState, "Overleg.Besluiten", ct)) return await OpnieuwAsync(casusId, ct);
        TempData["Melding"] = "De aanwezigen en besluiten van dit overleg zijn opgeslagen.";
        return Redirect($"/Casussen/{casusId}/Mdo#overleg");
    }

    public async Task<IActionResult> OnPostHulpvraagAsync(Guid casusId, CancellationToken ct)
    {
        if (await autorisatie.ToegangAsync(User, casusId, CasusActie.Bewerken, ct) is null) return NotFound();
        ModelState.AlleenGeldig(nameof(Vraag));
        if (!ModelState.IsValid) return await OpnieuwAsync(casusId, ct);

        var casus = await db.LaadVoorWijzigingAsync(casusId, ct);
        db.Entry(casus).Property<uint>(Concurrency.Versie).OriginalValue = Vraag.Versie;
        var oud = casus.Hulpvraag;
        var uitkomst = casus.WijzigHulpvraag(Vraag.Tekst, clock.GetUtcNow());
        if (uitkomst.IsFout)
        {
            ModelState.AddModelError("Vraag.Tekst", uitkomst.Melding);
            return await OpnieuwAsync(casusId, ct);
        }
        logboek.Schrijf(casusId, "Hulpvraag", LogboekActie.Gewijzigd);
        if (!await db.BewaarAsync(ModelState, "Vraag.Tekst", ct)) return await OpnieuwAsync(casusId, ct);
        TempData["Melding"] = oud == casus.Hulpvraag
            ? "De hulpvraag is niet veranderd."
            : "De hulpvraag is opgeslagen. Hulpvraag en doelen, wie doet wat en evaluatie staan weer ‘in bespreking’.";
        return Redirect($"/Casussen/{casusId}/Mdo#stap-2");
    }

    public async Task<IActionResult> OnPostEvaluatieAsync(Guid casusId, CancellationToken ct)
    {
        if (await autorisatie.ToegangAsync(User, casusId, CasusActie.Bewerken, ct) is null) return NotFound();
        ModelState.AlleenGeldig(nameof(Evaluatie));
        if (!ModelState.IsValid) return await OpnieuwAsync(casusId, ct);

        var casus = await db.LaadVoorWijzigingAsync(casusId, ct);
        var uitkomst = casus.PlanEvaluatie(Evaluatie.Datum!.Value, Weergave.Vandaag(clock));
        if (uitkomst.IsFout)
        {
            ModelState.AddModelError("Evaluatie.Datum", uitkomst.Melding);
            return await OpnieuwAsync(casusId, ct);
        }
        logboek.Schrijf(casusId, "Evaluatie", LogboekActie.Gewijzigd, $"Volgende evaluatie {Evaluatie.Datum:yyyy-MM-dd}");
        if (!await db.BewaarAsync(ModelState, "Evaluatie.Datum", ct)) return await OpnieuwAsync(casusId, ct);
        TempData["Melding"] = $"De volgende evaluatie is op {Weergave.Datum(Evaluatie.Datum.Value)}.";
        return Redirect($"/Casussen/{casusId}/Mdo#stap-6");
    }

    // ---- helpers ----

    private async Task<uint> StapVersieAsync(Guid casusId, int nummer, CancellationToken ct) =>
        await db.CasusStappen.Where(s => s.CasusId == casusId && s.Nummer == nummer)
            .Select(s => EF.Property<uint>(s, Concurrency.Versie)).SingleAsync(ct);

    private async Task<IActionResult> OpnieuwAsync(Guid casusId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await LaadAsync(casusId, ct);
        return Page();
    }

    private async Task<bool> LaadAsync(Guid casusId, CancellationToken ct)
    {
        var toegang = await autorisatie.ToegangAsync(User, casusId, CasusActie.Lezen, ct);
        if (toegang is null) return false;
        MagBewerken = await autorisatie.MagAsync(User, toegang, CasusActie.Bewerken);
        Kop = await db.KopAsync(casusId, "Mdo", ct);
        Casus = await db.LaadVoorLezenAsync(casusId, ct);
        Vandaag = Weergave.Vandaag(clock);
        OverlegVandaag = Casus.Overleggen.OrderByDescending(o => o.Datum).FirstOrDefault(o => Weergave.Dag(o.Datum) == Vandaag);
        StapVersies = (await db.CasusStappen.Where(s => s.CasusId == casusId)
                .Select(s => new { s.Nummer, Versie = EF.Property<uint>(s, Concurrency.Versie) }).ToListAsync(ct))
            .ToDictionary(s => s.Nummer, s => s.Versie);
        CasusVersie = await db.Casussen.Where(c => c.Id == casusId).Select(c => EF.Property<uint>(c, Concurrency.Versie)).SingleAsync(ct);
        OverlegVersie = OverlegVandaag is null ? 0
            : await db.Overleggen.Where(o => o.Id == OverlegVandaag.Id).Select(o => EF.Property<uint>(o, Concurrency.Versie)).SingleAsync(ct);
        return true;
    }

    public IReadOnlyDictionary<int, uint> StapVersies { get; private set; } = new Dictionary<int, uint>();
    public uint CasusVersie { get; private set; }
    public uint OverlegVersie { get; private set; }

    /// <summary>The text a step's form shows: what the user just typed if this step was posted, else what is saved.</summary>
    public string? TekstVoor(CasusStap stap) => Stap.Nummer == stap.Nummer && Request.Method == "POST" ? Stap.Afspraken : stap.Afspraken;
    public StapStatus StatusVoor(CasusStap stap) => Stap.Nummer == stap.Nummer && Request.Method == "POST" && Stap.Status is { } s ? s : stap.Status;
    public uint VersieVoor(CasusStap stap) => Stap.Nummer == stap.Nummer && StapConflict is not null ? Stap.Versie : StapVersies[stap.Nummer];

    /// <summary>Where an error summary link jumps to: the field the message is about.</summary>
    public string VeldId(string veld) => veld switch
    {
        _ when veld.StartsWith("Stap.", StringComparison.Ordinal) =>
            Stap.Nummer is >= 1 and <= HandreikingSjabloon.AantalStappen ? $"afspraken-{Stap.Nummer}" : "stap-1",
        "Vraag.Tekst" => "hulpvraag",
        "Evaluatie.Datum" => "evaluatie",
        "Overleg.Besluiten" => "overleg-besluiten",
        _ => "overleg",
    };

    public string NaamVan(Guid betrokkeneId) => Casus.Betrokkenen.SingleOrDefault(b => b.Id == betrokkeneId)?.Naam ?? "onbekend";

}
