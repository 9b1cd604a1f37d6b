using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Data.Configurations;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Casussen;
using Regie.Web.Infrastructure.Logboek;

namespace Regie.Web.Pages.Casussen.WieDoetWat;

/// <summary>Stap 3, wie doet wat: the taken of everyone involved, the ouders and the jeugdige included.
/// The rules (only for someone who is involved now, no termijn in the past) live in Casus.</summary>
// No role policy here: whoever may not see or change this casus gets 404 from the Casuslader.
public sealed class TakenModel(RegieDbContext db, Casuslader lader, Logboekschrijver logboek, TimeProvider clock) : CasusPaginaModel(lader, Pagina)
{
    private static readonly Casuspagina Pagina = new("Taken", "Taak", "Wie doet wat bekeken");

    public sealed record TaakRegel(Guid Id, string Omschrijving, string Wie, string? Resultaat, DateOnly? Termijn, TaakStatus Status, uint Versie);

    public CasusKop Kop { get; private set; } = null!;
    public bool MagBewerken { get; private set; }
    public IReadOnlyList<TaakRegel> Taken { get; private set; } = [];
    public IReadOnlyList<Betrokkene> Actief { get; private set; } = [];
    public DateOnly Vandaag { get; private set; }

    [BindProperty(Name = nameof(Nieuw))] public TaakInvoer Nieuw { get; set; } = new();
    [BindProperty(Name = nameof(Wijziging))] public StatusInvoer Wijziging { get; set; } = new();

    public sealed class TaakInvoer
    {
        [Required(ErrorMessage = "Schrijf op wat er gedaan wordt.")]
        [StringLength(1000, ErrorMessage = "Wat er gedaan wordt mag hoogstens 1000 tekens lang zijn.")]
        [Display(Name = "Wat wordt er gedaan?")]
        public string? Omschrijving { get; set; }

        [Required(ErrorMessage = "Kies wie dit doet.")]
        [Display(Name = "Wie doet het?")]
        public Guid? BetrokkeneId { get; set; }

        [StringLength(300, ErrorMessage = "Het resultaat of levensgebied mag hoogstens 300 tekens lang zijn.")]
        [Display(Name = "Voor welk resultaat of levensgebied?")]
        public string? Resultaat { get; set; }

        [DataType(DataType.Date)]
        [Display(Name = "Termijn")]
        public DateOnly? Termijn { get; set; }
    }

    public sealed class StatusInvoer
    {
        [Required(ErrorMessage = "Kies de taak.")]
        public Guid? TaakId { get; set; }

        [Required(ErrorMessage = "Kies de status.")]
        [Display(Name = "Status")]
        public TaakStatus? Status { get; set; }

        /// <summary>The taak's row version when the page was read: a status someone else just saved is not overwritten.</summary>
        public uint Versie { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid casusId, CancellationToken ct)
    {
        if (await Lader.BekijkAsync(casusId, CasusActie.Lezen, Pagina, ct) is not { } geladen) return NotFound();
        Vul(geladen);
        return Page();
    }

    /// <summary>A post without a known handler is a hand-made request: without this the page would render unloaded.</summary>
    public IActionResult OnPost() => NotFound();

    public async Task<IActionResult> OnPostNieuwAsync(Guid casusId, CancellationToken ct)
    {
        if (await Lader.VoorWijzigingAsync(casusId, CasusActie.Bewerken, ct) is not { } geladen) return NotFound();
        ModelState.AlleenGeldig(nameof(Nieuw));
        if (!ModelState.IsValid) return await OpnieuwAsync(geladen, ct);

        var casus = geladen.Casus;
        var (uitkomst, veld) = TaakToevoegen.VoegToe(casus, Nieuw, Weergave.Vandaag(clock));
        if (uitkomst.IsFout)
        {
            ModelState.AddModelError($"{nameof(Nieuw)}.{veld}", uitkomst.Melding);
            return await OpnieuwAsync(geladen, ct);
        }
        var wie = casus.Betrokkenen.Single(b => b.Id == Nieuw.BetrokkeneId).Naam;
        logboek.Schrijf(casusId, Pagina.Entiteit, LogboekActie.Aangemaakt, $"Taak {uitkomst.Waarde!.Id} voor betrokkene {Nieuw.BetrokkeneId}");
        if (!await db.BewaarAsync(ModelState, "Nieuw.Omschrijving", ct)) return await HerlaadAsync(casusId, ct);
        TempData["Melding"] = $"De taak voor {wie} is toegevoegd.";
        return RedirectToPage(new { casusId });
    }

    public async Task<IActionResult> OnPostStatusAsync(Guid casusId, CancellationToken ct)
    {
        if (await Lader.VoorWijzigingAsync(casusId, CasusActie.Bewerken, ct) is not { } geladen) return NotFound();
        ModelState.AlleenGeldig(nameof(Wijziging));
        if (!ModelState.IsValid) return await OpnieuwAsync(geladen, ct);

        var casus = geladen.Casus;
        var taak = casus.Taken.SingleOrDefault(t => t.Id == Wijziging.TaakId);
        var oud = taak?.Status;
        // Compare against the version the user read, not the one just loaded.
        if (taak is not null) db.Entry(taak).Property<uint>(Concurrency.Versie).OriginalValue = Wijziging.Versie;
        var uitkomst = casus.WijzigTaakStatus(Wijziging.TaakId!.Value, Wijziging.Status!.Value);
        if (uitkomst.IsFout)
        {
            ModelState.AddModelError("Wijziging.Status", uitkomst.Melding);
            return await OpnieuwAsync(geladen, ct);
        }
        var status = Weergave.Status(Wijziging.Status.Value);
        if (oud == Wijziging.Status)
        {
            TempData["Melding"] = $"De status was al ‘{status}’.";
            return RedirectToPage(new { casusId });
        }
        logboek.Schrijf(casusId, Pagina.Entiteit, LogboekActie.Gewijzigd, $"Status van taak {Wijziging.TaakId}: {Weergave.Status(oud!.Value)} → {status}");
        if (!await db.BewaarAsync(ModelState, "Wijziging.Status", ct)) return await HerlaadAsync(casusId, ct);
        TempData["Melding"] = $"De status is nu ‘{status}’.";
        return RedirectToPage(new { casusId });
    }

    // ---- helpers ----

    protected override void Vul(GeladenCasus geladen)
    {
        MagBewerken = geladen.Mag(CasusActie.Bewerken);
        Kop = geladen.Kop(Pagina.Tab);
        Vandaag = Weergave.Vandaag(clock);
        var betrokkenen = geladen.Casus.Betrokkenen;
        Actief = [.. betrokkenen.Where(b => b.IsActief).OrderBy(b => b.Soort).ThenByDescending(b => b.IsOuder).ThenBy(b => b.Naam)];
        var namen = betrokkenen.ToDictionary(b => b.Id, b => Wie(b));
        // Work still to do first, the nearest termijn on top.
        Taken = [.. geladen.Casus.Taken
            .Select(t => new TaakRegel(t.Id, t.Omschrijving, namen.GetValueOrDefault(t.BetrokkeneId, "onbekend"),
                t.Resultaat, t.Termijn, t.Status, Lader.Versie(t)))
            .OrderBy(t => t.Status is TaakStatus.Open or TaakStatus.Bezig ? 0 : 1)
            .ThenBy(t => t.Termijn ?? DateOnly.MaxValue)
            .ThenBy(t => t.Wie, StringComparer.Create(Weergave.Nl, true))];
    }

    /// <summary>How a betrokkene reads in "wie": the family marked as such, a professional with their organisation.</summary>
    public static string Wie(Betrokkene b)
    {
        var wie = b.Soort switch
        {
            BetrokkeneSoort.Gezinslid => $"{b.Naam} (gezin)",
            BetrokkeneSoort.Netwerk => $"{b.Naam} (netwerk)",
            _ => b.OrganisatieNaam is null ? b.Naam : $"{b.Naam} ({b.OrganisatieNaam})",
        };
        return b.IsActief ? wie : $"{wie}, gestopt";
    }

    /// <summary>The start of a taak, enough for a screen reader to tell the status selects of one row from another.</summary>
    public static string Kort(string tekst) => tekst.Length <= 60 ? tekst : $"{tekst[..57].TrimEnd()}…";

    /// <summary>True for the row whose status form was just posted and came back with an error.</summary>
    public bool IsTeruggestuurd(TaakRegel t) => Request.Method == "POST" && Wijziging.TaakId == t.Id;

}
