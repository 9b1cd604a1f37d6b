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

/// <summary>Stap 3, one taak changed: what, by whom, for which resultaat, until when. The rules are those of adding a
/// taak and live in Casus.WijzigTaak.</summary>
// No role policy here: whoever may not see or change this casus gets 404 from CasusAutorisatie.
public sealed class TaakWijzigenModel(RegieDbContext db, CasusAutorisatie autorisatie, Logboekschrijver logboek, TimeProvider clock) : PageModel
{
    private const string Entiteit = "Taak";

    public CasusKop Kop { get; private set; } = null!;
    public bool MagBewerken { get; private set; }

    /// <summary>The taak as saved now; after a conflict this is the other person's version.</summary>
    public Taak Taak { get; private set; } = null!;
    public IReadOnlyList<Betrokkene> Keuzes { get; private set; } = [];
    public DateOnly Vandaag { get; private set; }
    public bool Conflict { get; private set; }

    [BindProperty(Name = nameof(Input))] public Invoer Input { get; set; } = new();

    public sealed class Invoer
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

        /// <summary>The row version when the form was read: a change someone else saved in between is not overwritten.</summary>
        public uint Versie { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid casusId, Guid taakId, CancellationToken ct)
    {
        var toegang = await autorisatie.ToegangAsync(User, casusId, CasusActie.Lezen, ct);
        if (toegang is null || !await LaadAsync(casusId, taakId, toegang, ct)) return NotFound();
        Input = new Invoer { Omschrijving = Taak.Omschrijving, BetrokkeneId = Taak.BetrokkeneId, Resultaat = Taak.Resultaat, Termijn = Taak.Termijn, Versie = Input.Versie };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid casusId, Guid taakId, CancellationToken ct)
    {
        var toegang = await autorisatie.ToegangAsync(User, casusId, CasusActie.Bewerken, ct);
        if (toegang is null) return NotFound();
        var casus = await db.Casussen.AsSplitQuery().Include(c => c.Betrokkenen).Include(c => c.Taken).SingleAsync(c => c.Id == casusId, ct);
        var taak = casus.Taken.SingleOrDefault(t => t.Id == taakId);
        if (taak is null) return NotFound();
        if (!ModelState.IsValid) return await OpnieuwAsync(casusId, taakId, toegang, ct);

        // Compare against the version the user read, not the one just loaded.
        db.Entry(taak).Property<uint>(Concurrency.Versie).OriginalValue = Input.Versie;
        var uitkomst = casus.WijzigTaak(taakId, Input.Omschrijving, Input.BetrokkeneId!.Value, Input.Resultaat, Input.Termijn, Weergave.Vandaag(clock));
        if (uitkomst.IsFout)
        {
            ModelState.AddModelError(uitkomst.Veld == nameof(Taak.Id) ? "" : $"Input.{uitkomst.Veld}", uitkomst.Melding);
            return await OpnieuwAsync(casusId, taakId, toegang, ct);
        }
        var velden = uitkomst.Waarde!;
        if (velden.Count == 0)
        {
            TempData["Melding"] = "Er is niets veranderd.";
            return Redirect($"/Casussen/{casusId}/Taken#taak-{taakId}");
        }
        logboek.Schrijf(casusId, Entiteit, LogboekActie.Gewijzigd, $"Gewijzigd: {string.Join(", ", velden)}");
        if (!await db.BewaarAsync(ModelState, "", ct))
        {
            Conflict = true;
            return await OpnieuwAsync(casusId, taakId, toegang, ct);
        }
        TempData["Melding"] = "De taak is bewaard.";
        return Redirect($"/Casussen/{casusId}/Taken#taak-{taakId}");
    }

    private async Task<IActionResult> OpnieuwAsync(Guid casusId, Guid taakId, CasusToegang toegang, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var versie = Input.Versie;
        await LaadAsync(casusId, taakId, toegang, ct);
        // After a conflict the form carries the new version: saving again is then a choice made after seeing it.
        if (!Conflict) Input.Versie = versie;
        return Page();
    }

    /// <summary>False when the taak is not of this casus: the page then answers 404.</summary>
    private async Task<bool> LaadAsync(Guid casusId, Guid taakId, CasusToegang toegang, CancellationToken ct)
    {
        var gevonden = await db.Taken.AsNoTracking().Where(t => t.Id == taakId && t.CasusId == casusId)
            .Select(t => new { Taak = t, Versie = EF.Property<uint>(t, Concurrency.Versie) }).SingleOrDefaultAsync(ct);
        if (gevonden is null) return false;
        Taak = gevonden.Taak;
        Input.Versie = gevonden.Versie;
        MagBewerken = await autorisatie.MagAsync(User, toegang, CasusActie.Bewerken);
        Kop = await db.KopAsync(logboek, casusId, "Taken", Entiteit, $"Taak {taakId} bekeken om te wijzigen", ct);
        Vandaag = Weergave.Vandaag(clock);
        var betrokkenen = await db.Betrokkenen.AsNoTracking().Where(b => b.CasusId == casusId).ToListAsync(ct);
        // Who is involved now, plus whoever has the taak today, so leaving "wie" as it is stays possible.
        Keuzes = [.. betrokkenen.Where(b => b.IsActief || b.Id == Taak.BetrokkeneId)
            .OrderBy(b => b.Soort).ThenByDescending(b => b.IsOuder).ThenBy(b => b.Naam)];
        return true;
    }

    public string Naam(Guid betrokkeneId) => Keuzes.SingleOrDefault(b => b.Id == betrokkeneId) is { } b ? TakenModel.Wie(b) : "onbekend";
}
