using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Gedeeld;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Data.Configurations;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Logboek;

namespace Regie.Web.Pages.Casussen.WieDoetWat;

/// <summary>Stap 3, wie doet wat: the taken of everyone involved, the ouders and the jeugdige included.
/// The rules (only for someone who is involved now, no termijn in the past) live in Casus.</summary>
// No role policy here: whoever may not see or change this casus gets 404 from CasusAutorisatie.
public sealed class TakenModel(RegieDbContext db, CasusAutorisatie autorisatie, Logboekschrijver logboek, TimeProvider clock) : PageModel
{
    private const string Entiteit = "Taak";

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
        var toegang = await autorisatie.ToegangAsync(User, casusId, CasusActie.Lezen, ct);
        if (toegang is null) return NotFound();
        await LaadAsync(casusId, toegang, ct);
        return Page();
    }

    /// <summary>A post without a known handler is a hand-made request: without this the page would render unloaded.</summary>
    public IActionResult OnPost() => NotFound();

    public async Task<IActionResult> OnPostNieuwAsync(Guid casusId, CancellationToken ct)
    {
        var toegang = await autorisatie.ToegangAsync(User, casusId, CasusActie.Bewerken, ct);
        if (toegang is null) return NotFound();
        ModelState.AlleenGeldig(nameof(Nieuw));
        if (!ModelState.IsValid) return await OpnieuwAsync(casusId, toegang, ct);

        var casus = await db.LaadVoorWijzigingAsync(casusId, ct);
        var vandaag = Weergave.Vandaag(clock);
        var (uitkomst, veld) = TaakToevoegen.VoegToe(casus, Nieuw, vandaag);
        if (uitkomst.IsFout)
        {
            ModelState.AddModelError($"{nameof(Nieuw)}.{veld}", uitkomst.Melding);
            return await OpnieuwAsync(casusId, toegang, ct);
        }
        var wie = casus.Betrokkenen.Single(b => b.Id == Nieuw.BetrokkeneId).Naam;
        logboek.Schrijf(casusId, Entiteit, LogboekActie.Aangemaakt, $"Taak {uitkomst.Waarde!.Id} voor betrokkene {Nieuw.BetrokkeneId}");
        if (!await db.BewaarAsync(ModelState, "Nieuw.Omschrijving", ct)) return await OpnieuwAsync(casusId, toegang, ct);
        TempData["Melding"] = $"De taak voor {wie} is toegevoegd.";
        return RedirectToPage(new { casusId });
    }

    public async Task<IActionResult> OnPostStatusAsync(Guid casusId, CancellationToken ct)
    {
        var toegang = await autorisatie.ToegangAsync(User, casusId, CasusActie.Bewerken, ct);
        if (toegang is null) return NotFound();
        ModelState.AlleenGeldig(nameof(Wijziging));
        if (!ModelState.IsValid) return await OpnieuwAsync(casusId, toegang, ct);

        var casus = await db.LaadVoorWijzigingAsync(casusId, ct);
        var taak = casus.Taken.SingleOrDefault(t => t.Id == Wijziging.TaakId);
        var oud = taak?.Status;
        // Compare against the version the user read, not the one just loaded.
        if (taak is not null) db.Entry(taak).Property<uint>(Concurrency.Versie).OriginalValue = Wijziging.Versie;
        var uitkomst = casus.WijzigTaakStatus(Wijziging.TaakId!.Value, Wijziging.Status!.Value);
        if (uitkomst.IsFout)
        {
            ModelState.AddModelError("Wijziging.Status", uitkomst.Melding);
            return await OpnieuwAsync(casusId, toegang, ct);
        }
        var status = Weergave.Status(Wijziging.Status.Value);
        if (oud == Wijziging.Status)
        {
            TempData["Melding"] = $"De status was al ‘{status}’.";
            return RedirectToPage(new { casusId });
        }
        logboek.Schrijf(casusId, Entiteit, LogboekActie.Gewijzigd, $"Status van taak {Wijziging.TaakId}: {Weergave.Status(oud!.Value)} → {status}");
        if (!await db.BewaarAsync(ModelState, "Wijziging.Status", ct)) return await OpnieuwAsync(casusId, toegang, ct);
        TempData["Melding"] = $"De status is nu ‘{status}’.";
        return RedirectToPage(new { casusId });
    }

    // ---- helpers ----

    private async Task<IActionResult> OpnieuwAsync(Guid casusId, CasusToegang toegang, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await LaadAsync(casusId, toegang, ct);
        return Page();
    }

    private async Task LaadAsync(Guid casusId, CasusToegang toegang, CancellationToken ct)
    {
        MagBewerken = await autorisatie.MagAsync(User, toegang, CasusActie.Bewerken);
        Kop = await db.KopAsync(logboek, casusId, "Taken", Entiteit, "Wie doet wat bekeken", ct);
        Vandaag = Weergave.Vandaag(clock);
        var betrokkenen = await db.Betrokkenen.AsNoTracking().Where(b => b.CasusId == casusId).ToListAsync(ct);
        Actief = [.. betrokkenen.Where(b => b.IsActief).OrderBy(b => b.Soort).ThenByDescending(b => b.IsOuder).ThenBy(b => b.Naam)];
        var namen = betrokkenen.ToDictionary(b => b.Id, b => Wie(b));
        var taken = await db.Taken.AsNoTracking().Where(t => t.CasusId == casusId)
            .Select(t => new { Taak = t, Versie = EF.Property<uint>(t, Concurrency.Versie) })
            .ToListAsync(ct);
        // Work still to do first, the nearest termijn on top.
        Taken = [.. taken
            .Select(t => new TaakRegel(t.Taak.Id, t.Taak.Omschrijving, namen.GetValueOrDefault(t.Taak.BetrokkeneId, "onbekend"),
                t.Taak.Resultaat, t.Taak.Termijn, t.Taak.Status, t.Versie))
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
