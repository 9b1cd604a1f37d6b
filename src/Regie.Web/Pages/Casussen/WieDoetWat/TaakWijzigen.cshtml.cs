using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Domain.Casussen;
using Regie.Domain.Gedeeld;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Data.Configurations;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Casussen;
using Regie.Web.Infrastructure.Logboek;

namespace Regie.Web.Pages.Casussen.WieDoetWat;

/// <summary>Stap 3, one taak changed: what, by whom, for which resultaat, until when. The rules are those of adding a
/// taak and live in Casus.WijzigTaak.</summary>
// No role policy here: whoever may not see or change this casus gets 404 from the Casuslader.
public sealed class TaakWijzigenModel(RegieDbContext db, Casuslader lader, Logboekschrijver logboek, TimeProvider clock) : PageModel
{
    private const string Tab = "Taken";
    private const string Entiteit = "Taak";

    private static Casuspagina Pagina(Guid taakId) => new(Tab, Entiteit, $"Taak {taakId} bekeken om te wijzigen");

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
        if (await lader.LeesAsync(casusId, CasusActie.Lezen, ct) is not { } geladen) return NotFound();
        if (geladen.Casus.Taken.SingleOrDefault(t => t.Id == taakId) is not { } taak) return NotFound();
        await lader.BekekenAsync(geladen, Pagina(taakId), ct);
        Vul(geladen, taak);
        Input = new Invoer { Omschrijving = taak.Omschrijving, BetrokkeneId = taak.BetrokkeneId, Resultaat = taak.Resultaat, Termijn = taak.Termijn, Versie = lader.Versie(taak) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid casusId, Guid taakId, CancellationToken ct)
    {
        if (await lader.VoorWijzigingAsync(casusId, CasusActie.Bewerken, ct) is not { } geladen) return NotFound();
        var casus = geladen.Casus;
        if (casus.Taken.SingleOrDefault(t => t.Id == taakId) is not { } taak) return NotFound();
        if (!ModelState.IsValid) return await OpnieuwAsync(geladen, taak, ct);

        // Compare against the version the user read, not the one just loaded.
        db.Entry(taak).Property<uint>(Concurrency.Versie).OriginalValue = Input.Versie;
        var uitkomst = casus.WijzigTaak(taakId, Input.Omschrijving, Input.BetrokkeneId!.Value, Input.Resultaat, Input.Termijn, Weergave.Vandaag(clock));
        if (uitkomst.IsFout)
        {
            ModelState.AddModelError(uitkomst.Veld == nameof(Taak.Id) ? "" : $"Input.{uitkomst.Veld}", uitkomst.Melding);
            return await OpnieuwAsync(geladen, taak, ct);
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
            // Someone else saved first: read the casus again, so the page shows their taak beside the user's input.
            if (await lader.BekijkAsync(casusId, CasusActie.Lezen, Pagina(taakId), ct) is not { } nieuw
                || nieuw.Casus.Taken.SingleOrDefault(t => t.Id == taakId) is not { } hunne) return NotFound();
            Conflict = true;
            Vul(nieuw, hunne);
            // The form now carries their version: saving again is then a choice made after seeing it.
            Input.Versie = lader.Versie(hunne);
            return Page();
        }
        TempData["Melding"] = "De taak is bewaard.";
        return Redirect($"/Casussen/{casusId}/Taken#taak-{taakId}");
    }

    /// <summary>A refusal: the page again from the casus already loaded, with the version the user read.</summary>
    private async Task<IActionResult> OpnieuwAsync(GeladenCasus geladen, Taak taak, CancellationToken ct)
    {
        await lader.ToonOpnieuwAsync(geladen, Pagina(taak.Id), ct);
        Vul(geladen, taak);
        return Page();
    }

    private void Vul(GeladenCasus geladen, Taak taak)
    {
        MagBewerken = geladen.Mag(CasusActie.Bewerken);
        Kop = geladen.Kop(Tab);
        Taak = taak;
        Vandaag = Weergave.Vandaag(clock);
        // Who is involved now, plus whoever has the taak today, so leaving "wie" as it is stays possible.
        Keuzes = [.. geladen.Casus.Betrokkenen.Where(b => b.IsActief || b.Id == taak.BetrokkeneId)
            .OrderBy(b => b.Soort).ThenByDescending(b => b.IsOuder).ThenBy(b => b.Naam)];
    }

    public string Naam(Guid betrokkeneId) => Keuzes.SingleOrDefault(b => b.Id == betrokkeneId) is { } b ? TakenModel.Wie(b) : "onbekend";
}
