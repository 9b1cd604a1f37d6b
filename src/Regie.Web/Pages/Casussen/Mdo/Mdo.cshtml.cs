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
using Regie.Web.Pages.Casussen.WieDoetWat;

using Regie.Web.Infrastructure.Casussen;

namespace Regie.Web.Pages.Casussen.Mdo;

/// <summary>MDO-modus: one page for a shared screen with the aanwezigen and all seven steps. Each step is saved on its
/// own with the version it was read at; if someone else saved that step in between, nobody's text is lost: the second
/// person sees both texts and chooses. Nothing typed is lost during the meeting: every post carries the other forms'
/// unsaved text (see <see cref="Concept"/>), which comes back on the page after a save or a refusal.</summary>
public sealed partial class MdoModel(RegieDbContext db, Casuslader lader, Logboekschrijver logboek, TimeProvider clock) : CasusPaginaModel(lader, Pagina)
{
    private static readonly Casuspagina Pagina = new("Mdo", "MDO-modus");

    public CasusKop Kop { get; private set; } = null!;
    public Casus Casus { get; private set; } = null!;
    public bool MagBewerken { get; private set; }
    public bool MagVaststellen { get; private set; }
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
    [BindProperty(Name = nameof(Taak))] public TakenModel.TaakInvoer Taak { get; set; } = new();

    /// <summary>Unsaved text and status of the steps that were not posted, by step number (<c>Concept[3].Afspraken</c>).</summary>
    [BindProperty(Name = nameof(Concept))] public Dictionary<int, StapConcept> Concept { get; set; } = [];
    [BindProperty(Name = nameof(ConceptOverig))] public OverigConcept ConceptOverig { get; set; } = new();

    /// <summary>The form that came back with an error: it shows what was posted; every other form its concept or the saved value.</summary>
    public string? Gepost { get; private set; }

    /// <summary>Active betrokkenen, for the aanwezigen and the "wie" of a new taak.</summary>
    public IReadOnlyList<Betrokkene> Actief { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid casusId, CancellationToken ct)
    {
        if (await Lader.BekijkAsync(casusId, CasusActie.Lezen, Pagina, ct) is not { } geladen) return NotFound();
        Vul(geladen);
        return Page();
    }

    public async Task<IActionResult> OnPostStapAsync(Guid casusId, CancellationToken ct)
    {
        if (await Lader.VoorWijzigingAsync(casusId, CasusActie.Bewerken, ct) is not { } geladen) return NotFound();
        Gepost = nameof(Stap);
        ModelState.AlleenGeldig(nameof(Stap));
        if (!ModelState.IsValid) return await OpnieuwAsync(geladen, ct);

        var casus = geladen.Casus;
        var stap = casus.Stap(Stap.Nummer);
        // Compare against the version the user read, not the one just loaded.
        db.Entry(stap).Property<uint>(Concurrency.Versie).OriginalValue = Stap.Versie;
        var uitkomst = casus.WijzigStap(Stap.Nummer, Stap.Afspraken, Stap.Status!.Value, RegieClaims.NaamVan(User), clock.GetUtcNow());
        if (uitkomst.IsFout)
        {
            ModelState.AddModelError("Stap.Afspraken", uitkomst.Melding);
            return await OpnieuwAsync(geladen, ct);
        }
        logboek.Schrijf(casusId, "Stap", LogboekActie.Gewijzigd, $"Stap {Stap.Nummer}: {Weergave.Status(Stap.Status.Value)}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Their save is newer than what was loaded: read the casus again (and log this view of it).
            db.ChangeTracker.Clear();
            if (await Lader.BekijkAsync(casusId, CasusActie.Lezen, Pagina, ct) is not { } nieuw) return NotFound();
            var nu = nieuw.Casus.Stap(Stap.Nummer);
            StapConflict = new Conflict(nu.Nummer, nu.Afspraken, nu.GewijzigdDoor, nu.GewijzigdOp, nu.Status);
            ModelState.AddModelError("Stap.Afspraken",
                $"{nu.GewijzigdDoor ?? "Iemand anders"} heeft deze stap net ook opgeslagen. Hieronder staan beide teksten. Kies wat blijft en sla opnieuw op.");
            // The next save compares against their version, so it goes through once the user has chosen.
            Stap.Versie = Lader.Versie(nu);
            Vul(nieuw);
            return Page();
        }
        return await OpgeslagenAsync(geladen, $"Stap {Stap.Nummer} is opgeslagen.", $"stap-{Stap.Nummer}", ct);
    }

    public async Task<IActionResult> OnPostOverlegAsync(Guid casusId, CancellationToken ct)
    {
        if (await Lader.VoorWijzigingAsync(casusId, CasusActie.Bewerken, ct) is not { } geladen) return NotFound();
        Gepost = nameof(Overleg);
        ModelState.AlleenGeldig(nameof(Overleg));
        // An overleg without anyone present is no overleg (and an empty post is not a save).
        if (Overleg.Aanwezigen.Count == 0) ModelState.AddModelError("Overleg.Aanwezigen", "Vink aan wie er bij dit overleg zijn.");
        if (!ModelState.IsValid) return await OpnieuwAsync(geladen, ct);

        var casus = geladen.Casus;
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
            return await OpnieuwAsync(geladen, ct);
        }
        logboek.Schrijf(casusId, "Overleg", bestaand is null ? LogboekActie.Aangemaakt : LogboekActie.Gewijzigd, $"{Overleg.Aanwezigen.Count} aanwezigen");
        if (!await db.BewaarAsync(ModelState, "Overleg.Besluiten", ct)) return await HerlaadAsync(casusId, ct);
        return await OpgeslagenAsync(geladen, "De aanwezigen en besluiten van dit overleg zijn opgeslagen.", "overleg", ct);
    }

    public async Task<IActionResult> OnPostHulpvraagAsync(Guid casusId, CancellationToken ct)
    {
        if (await Lader.VoorWijzigingAsync(casusId, CasusActie.Bewerken, ct) is not { } geladen) return NotFound();
        Gepost = nameof(Vraag);
        ModelState.AlleenGeldig(nameof(Vraag));
        if (!ModelState.IsValid) return await OpnieuwAsync(geladen, ct);

        var casus = geladen.Casus;
        db.Entry(casus).Property<uint>(Concurrency.Versie).OriginalValue = Vraag.Versie;
        var oud = casus.Hulpvraag;
        var uitkomst = casus.WijzigHulpvraag(Vraag.Tekst, clock.GetUtcNow());
        if (uitkomst.IsFout)
        {
            ModelState.AddModelError("Vraag.Tekst", uitkomst.Melding);
            return await OpnieuwAsync(geladen, ct);
        }
        logboek.Schrijf(casusId, "Hulpvraag", LogboekActie.Gewijzigd);
        if (!await db.BewaarAsync(ModelState, "Vraag.Tekst", ct)) return await HerlaadAsync(casusId, ct);
        return await OpgeslagenAsync(geladen, oud == casus.Hulpvraag
            ? "De hulpvraag is niet veranderd."
            : "De hulpvraag is opgeslagen. Hulpvraag en doelen, wie doet wat en evaluatie staan weer ‘in bespreking’.", "stap-2", ct);
    }

    public async Task<IActionResult> OnPostEvaluatieAsync(Guid casusId, CancellationToken ct)
    {
        if (await Lader.VoorWijzigingAsync(casusId, CasusActie.Bewerken, ct) is not { } geladen) return NotFound();
        Gepost = nameof(Evaluatie);
        ModelState.AlleenGeldig(nameof(Evaluatie));
        if (!ModelState.IsValid) return await OpnieuwAsync(geladen, ct);

        var casus = geladen.Casus;
        var uitkomst = casus.PlanEvaluatie(Evaluatie.Datum!.Value, Weergave.Vandaag(clock));
        if (uitkomst.IsFout)
        {
            ModelState.AddModelError("Evaluatie.Datum", uitkomst.Melding);
            return await OpnieuwAsync(geladen, ct);
        }
        logboek.Schrijf(casusId, "Evaluatie", LogboekActie.Gewijzigd, $"Volgende evaluatie {Evaluatie.Datum:yyyy-MM-dd}");
        if (!await db.BewaarAsync(ModelState, "Evaluatie.Datum", ct)) return await HerlaadAsync(casusId, ct);
        return await OpgeslagenAsync(geladen, $"De volgende evaluatie is op {Weergave.Datum(Evaluatie.Datum.Value)}.", "evaluatie", ct);
    }

    /// <summary>Step 3 at the table: a taak is added here, so the chairman need not leave the MDO page (same rules as the Taken page).</summary>
    public async Task<IActionResult> OnPostTaakAsync(Guid casusId, CancellationToken ct)
    {
        if (await Lader.VoorWijzigingAsync(casusId, CasusActie.Bewerken, ct) is not { } geladen) return NotFound();
        Gepost = nameof(Taak);
        ModelState.AlleenGeldig(nameof(Taak));
        if (!ModelState.IsValid) return await OpnieuwAsync(geladen, ct);

        var casus = geladen.Casus;
        var (uitkomst, veld) = TaakToevoegen.VoegToe(casus, Taak, Weergave.Vandaag(clock));
        if (uitkomst.IsFout)
        {
            ModelState.AddModelError($"{nameof(Taak)}.{veld}", uitkomst.Melding);
            return await OpnieuwAsync(geladen, ct);
        }
        var wie = casus.Betrokkenen.Single(b => b.Id == Taak.BetrokkeneId).Naam;
        logboek.Schrijf(casusId, "Taak", LogboekActie.Aangemaakt, $"Taak {uitkomst.Waarde!.Id} voor betrokkene {Taak.BetrokkeneId}");
        if (!await db.BewaarAsync(ModelState, "Taak.Omschrijving", ct)) return await HerlaadAsync(casusId, ct);
        return await OpgeslagenAsync(geladen, $"De taak voor {wie} is toegevoegd.", "taak-nieuw", ct);
    }

    // ---- helpers ----

    /// <summary>After a save: back to the page. A redirect cannot carry the other forms' unsaved text, so when some came
    /// along the page is shown straight away, from the saved casus, with that text in its fields.</summary>
    private async Task<IActionResult> OpgeslagenAsync(GeladenCasus geladen, string melding, string anker, CancellationToken ct)
    {
        TempData["Melding"] = melding;
        if (Concept.Count == 0 && ConceptOverig.IsLeeg) return Redirect($"/Casussen/{geladen.Casus.Id}/Mdo#{anker}");
        Gepost = null;
        ModelState.Clear();
        return await OpnieuwAsync(geladen, ct);
    }

    protected override void Vul(GeladenCasus geladen)
    {
        MagBewerken = geladen.Mag(CasusActie.Bewerken);
        MagVaststellen = geladen.Mag(CasusActie.StelVastOfSluitAf);
        Kop = geladen.Kop(Pagina.Tab);
        Casus = geladen.Casus;
        Vandaag = Weergave.Vandaag(clock);
        Actief = [.. Casus.Betrokkenen.Where(b => b.IsActief).OrderBy(b => b.Soort).ThenByDescending(b => b.IsOuder).ThenBy(b => b.Naam)];
        OverlegVandaag = Casus.Overleggen.OrderByDescending(o => o.Datum).FirstOrDefault(o => Weergave.Dag(o.Datum) == Vandaag);
        StapVersies = Casus.Stappen.ToDictionary(s => s.Nummer, Lader.Versie);
        CasusVersie = Lader.Versie(Casus);
        OverlegVersie = OverlegVandaag is null ? 0 : Lader.Versie(OverlegVandaag);
    }

    public IReadOnlyDictionary<int, uint> StapVersies { get; private set; } = new Dictionary<int, uint>();
    public uint CasusVersie { get; private set; }
    public uint OverlegVersie { get; private set; }

    /// <summary>What a field shows, and whether that is unsaved text (marked on the page, and sent along again by the script).</summary>
    public sealed record Waarde(string? Tekst, bool IsConcept);

    // The refused form shows what was posted; any other form its unsaved concept, else what is saved.
    private static Waarde Kies(bool gepost, string? gepostWaarde, string? concept, string? opgeslagen) =>
        gepost ? new(gepostWaarde, Normaal(gepostWaarde) != Normaal(opgeslagen))
        : concept is not null && Normaal(concept) != Normaal(opgeslagen) ? new(concept, true)
        : new(opgeslagen, false);

    // A browser sends a textarea's line breaks as CRLF, a script's copy of it may have LF.
    private static string Normaal(string? tekst) => (tekst ?? "").ReplaceLineEndings("\n");

    private bool IsGepost(CasusStap stap) => Gepost == nameof(Stap) && Stap.Nummer == stap.Nummer;

    public Waarde AfsprakenVoor(CasusStap stap) =>
        Kies(IsGepost(stap), Stap.Afspraken, Concept.GetValueOrDefault(stap.Nummer)?.Afspraken, stap.Afspraken);

    public (StapStatus Status, bool IsConcept) StatusVoor(CasusStap stap) =>
        IsGepost(stap) && Stap.Status is { } s ? (s, s != stap.Status)
        : Concept.GetValueOrDefault(stap.Nummer)?.Status is { } c && c != stap.Status ? (c, true)
        : (stap.Status, false);

    public uint VersieVoor(CasusStap stap) => Stap.Nummer == stap.Nummer && StapConflict is not null ? Stap.Versie : StapVersies[stap.Nummer];

    public Waarde HulpvraagTekst => Kies(Gepost == nameof(Vraag), Vraag.Tekst, ConceptOverig.Hulpvraag, Casus.Hulpvraag);
    public Waarde Besluiten => Kies(Gepost == nameof(Overleg), Overleg.Besluiten, ConceptOverig.Besluiten, OverlegVandaag?.Besluiten);
    public Waarde EvaluatieDatum => Kies(Gepost == nameof(Evaluatie), Evaluatie.Datum?.ToString("yyyy-MM-dd"), ConceptOverig.Evaluatie,
        Casus.VolgendeEvaluatie?.ToString("yyyy-MM-dd"));

    public (IReadOnlyCollection<Guid> Ids, bool IsConcept) AanwezigenVoor()
    {
        var opgeslagen = OverlegVandaag?.Aanwezigen ?? [];
        if (Gepost == nameof(Overleg)) return (Overleg.Aanwezigen, !Overleg.Aanwezigen.ToHashSet().SetEquals(opgeslagen));
        return ConceptOverig.AanwezigenGezet && !ConceptOverig.Aanwezigen.ToHashSet().SetEquals(opgeslagen)
            ? (ConceptOverig.Aanwezigen, true) : (opgeslagen, false);
    }

    // A new taak has nothing saved yet: whatever was typed is unsaved.
    public Waarde TaakOmschrijving => Kies(Gepost == nameof(Taak), Taak.Omschrijving, ConceptOverig.TaakOmschrijving, null);
    public Waarde TaakBetrokkene => Kies(Gepost == nameof(Taak), Taak.BetrokkeneId?.ToString(), ConceptOverig.TaakBetrokkeneId, null);
    public Waarde TaakResultaat => Kies(Gepost == nameof(Taak), Taak.Resultaat, ConceptOverig.TaakResultaat, null);
    public Waarde TaakTermijn => Kies(Gepost == nameof(Taak), Taak.Termijn?.ToString("yyyy-MM-dd"), ConceptOverig.TaakTermijn, null);

    /// <summary>Where an error summary link jumps to: the field the message is about.</summary>
    public string VeldId(string veld) => veld switch
    {
        _ when veld.StartsWith("Stap.", StringComparison.Ordinal) =>
            Stap.Nummer is >= 1 and <= HandreikingSjabloon.AantalStappen ? $"afspraken-{Stap.Nummer}" : "stap-1",
        "Vraag.Tekst" => "hulpvraag",
        "Evaluatie.Datum" => "evaluatie",
        "Overleg.Besluiten" => "overleg-besluiten",
        "Taak.BetrokkeneId" => "taak-wie",
        "Taak.Resultaat" => "taak-resultaat",
        "Taak.Termijn" => "taak-termijn",
        _ when veld.StartsWith("Taak.", StringComparison.Ordinal) => "taak-omschrijving",
        _ => "overleg",
    };

    public string NaamVan(Guid betrokkeneId) => Casus.Betrokkenen.SingleOrDefault(b => b.Id == betrokkeneId)?.Naam ?? "onbekend";

}
