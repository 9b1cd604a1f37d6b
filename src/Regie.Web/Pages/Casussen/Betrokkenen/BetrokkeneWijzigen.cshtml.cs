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

namespace Regie.Web.Pages.Casussen.Betrokkenen;

/// <summary>Stap 1, a betrokkene's rol, telefoon, e-mail and bereikbaarheid: what the ouders' portal shows as it is today.
/// For an ouder also whether they have gezag, for a jeugdige the geboortedatum.
/// The rules (not for someone who stopped, not in a closed casus) live in Casus.WijzigContactVan.</summary>
// No role policy here: whoever may not see or change this casus gets 404 from the Casuslader.
public sealed class BetrokkeneWijzigenModel(RegieDbContext db, Casuslader lader, Logboekschrijver logboek, TimeProvider clock) : PageModel
{
    private const string Tab = "Betrokkenen";
    private const string Entiteit = "Betrokkene";

    private static Casuspagina Pagina(Guid betrokkeneId) => new(Tab, Entiteit, $"Gegevens van betrokkene {betrokkeneId} bekeken om te wijzigen");

    public CasusKop Kop { get; private set; } = null!;
    public bool MagBewerken { get; private set; }
    public DateOnly Vandaag { get; private set; }

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

        /// <summary>Only on the form for an ouder; empty is "weet ik niet".</summary>
        [Display(Name = "Heeft gezag")]
        public bool? HeeftGezag { get; set; }

        /// <summary>Only on the form for a jeugdige.</summary>
        [Display(Name = "Geboortedatum")]
        public DateOnly? Geboortedatum { get; set; }

        /// <summary>The row version when the form was read: a change someone else saved in between is not overwritten.</summary>
        public uint Versie { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid casusId, Guid betrokkeneId, CancellationToken ct)
    {
        if (await lader.LeesAsync(casusId, CasusActie.Lezen, ct) is not { } geladen) return NotFound();
        if (geladen.Casus.Betrokkenen.SingleOrDefault(b => b.Id == betrokkeneId) is not { } b) return NotFound();
        await lader.BekekenAsync(geladen, Pagina(betrokkeneId), ct);
        Vul(geladen, b);
        Input = new Invoer { RolOfRelatie = b.RolOfRelatie, Telefoon = b.Telefoon, Email = b.Email, Bereikbaarheid = b.Bereikbaarheid,
            HeeftGezag = b.HeeftGezag, Geboortedatum = b.Geboortedatum, Versie = lader.Versie(b) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid casusId, Guid betrokkeneId, CancellationToken ct)
    {
        if (await lader.VoorWijzigingAsync(casusId, CasusActie.Bewerken, ct) is not { } geladen) return NotFound();
        var casus = geladen.Casus;
        if (casus.Betrokkenen.SingleOrDefault(x => x.Id == betrokkeneId) is not { } b) return NotFound();
        if (!ModelState.IsValid) return await OpnieuwAsync(geladen, b, ct);

        // Compare against the version the user read, not the one just loaded.
        db.Entry(b).Property<uint>(Concurrency.Versie).OriginalValue = Input.Versie;
        var uitkomst = casus.WijzigContactVan(betrokkeneId, Input.RolOfRelatie, Input.Telefoon, Input.Email, Input.Bereikbaarheid,
            new Gezinsgegevens(Input.HeeftGezag, Input.Geboortedatum, Weergave.Vandaag(clock)));
        if (uitkomst.IsFout)
        {
            ModelState.AddModelError(uitkomst.Veld == nameof(Betrokkene.Id) ? "" : $"Input.{uitkomst.Veld}", uitkomst.Melding);
            return await OpnieuwAsync(geladen, b, ct);
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
            // Someone else saved first: read the casus again, so the page shows their version beside the user's input.
            if (await lader.BekijkAsync(casusId, CasusActie.Lezen, Pagina(betrokkeneId), ct) is not { } nieuw
                || nieuw.Casus.Betrokkenen.SingleOrDefault(x => x.Id == betrokkeneId) is not { } hunne) return NotFound();
            Conflict = true;
            Vul(nieuw, hunne);
            // The form now carries their version: saving again is then a choice made after seeing it.
            Input.Versie = lader.Versie(hunne);
            return Page();
        }
        TempData["Melding"] = $"De gegevens van {b.Naam} zijn bewaard. Ouders zien ze meteen zo.";
        return Redirect($"/Casussen/{casusId}/Betrokkenen#betrokkene-{betrokkeneId}");
    }

    /// <summary>A refusal: the page again from the casus already loaded, with the version the user read.</summary>
    private async Task<IActionResult> OpnieuwAsync(GeladenCasus geladen, Betrokkene betrokkene, CancellationToken ct)
    {
        await lader.ToonOpnieuwAsync(geladen, Pagina(betrokkene.Id), ct);
        Vul(geladen, betrokkene);
        return Page();
    }

    private void Vul(GeladenCasus geladen, Betrokkene betrokkene)
    {
        Betrokkene = betrokkene;
        MagBewerken = betrokkene.IsActief && geladen.Mag(CasusActie.Bewerken);
        Kop = geladen.Kop(Tab);
        Vandaag = Weergave.Vandaag(clock);
    }
}
