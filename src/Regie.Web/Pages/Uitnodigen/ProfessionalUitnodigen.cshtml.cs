using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Gedeeld;
using Regie.Domain.Logboek;
using Regie.Domain.Organisaties;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Uitnodigen;

/// <summary>A professional gets a Medewerker (their work details) and a login without password; the role follows
/// from the organisation. They choose their password through the invitation link.</summary>
[Authorize(Policy = Policies.Beheer)]
public sealed class ProfessionalUitnodigenModel(RegieDbContext db, Uitnodigingen uitnodigingen, Logboekschrijver logboek) : PageModel
{
    [BindProperty] public Invoer Input { get; set; } = new();

    public sealed record Keuze(Guid Id, string Naam, OrganisatieType Type);
    public IReadOnlyList<Keuze> Organisaties { get; private set; } = [];

    public sealed class Invoer
    {
        [Required(ErrorMessage = "Vul de naam in.")]
        [StringLength(200, ErrorMessage = "De naam is hoogstens 200 tekens.")]
        [Display(Name = "Naam")]
        public string? Naam { get; set; }

        [Required(ErrorMessage = "Vul het e-mailadres in.")]
        [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in, zoals naam@organisatie.nl.")]
        [StringLength(254, ErrorMessage = "Een e-mailadres is hoogstens 254 tekens.")]
        [Display(Name = "E-mailadres")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Kies de organisatie.")]
        [Display(Name = "Organisatie")]
        public Guid? OrganisatieId { get; set; }

        [StringLength(200, ErrorMessage = "De functie is hoogstens 200 tekens.")]
        [Display(Name = "Functie")]
        public string? Functie { get; set; }

        [StringLength(50, ErrorMessage = "Een telefoonnummer is hoogstens 50 tekens.")]
        [Display(Name = "Telefoon")]
        public string? Telefoon { get; set; }

        [StringLength(500, ErrorMessage = "De bereikbaarheid is hoogstens 500 tekens.")]
        [Display(Name = "Bereikbaarheid")]
        public string? Bereikbaarheid { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct) => await LaadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LaadAsync(ct);
        if (!ModelState.IsValid) return Page();

        var organisatie = await db.Organisaties.SingleOrDefaultAsync(o => o.Id == Input.OrganisatieId && o.Actief, ct);
        if (organisatie is null)
        {
            ModelState.AddModelError("Input.OrganisatieId", "Kies een actieve organisatie uit de lijst.");
            return Page();
        }
        var email = Input.Email!.Trim().ToLowerInvariant();
        if (await db.Medewerkers.AnyAsync(m => m.Email == email, ct) || await db.Users.AnyAsync(u => u.NormalizedEmail == email.ToUpperInvariant(), ct))
        {
            ModelState.AddModelError("Input.Email", $"Er is al een account met het e-mailadres {email}.");
            return Page();
        }

        var nieuw = Medewerker.Maak(organisatie.Id, Input.Naam, email, Input.Functie, Input.Telefoon, Input.Bereikbaarheid);
        if (nieuw.IsFout)
        {
            // The domain names the Medewerker property; the form's fields carry the same names.
            ModelState.AddModelError($"Input.{nieuw.Veld ?? nameof(Input.Naam)}", nieuw.Melding);
            return Page();
        }
        var medewerker = nieuw.Waarde!;
        db.Medewerkers.Add(medewerker);
        logboek.Schrijf(null, "Account", LogboekActie.Aangemaakt,
            $"Professional uitgenodigd: account voor medewerker {medewerker.Id} bij organisatie {organisatie.Id}");

        var resultaat = await uitnodigingen.NodigUitAsync(
            new(medewerker.Naam, email, Rollen.VoorOrganisatie(organisatie.Type), MedewerkerId: medewerker.Id),
            RegieClaims.NaamVan(User), ct);
        if (!resultaat.Gelukt)
        {
            foreach (var fout in resultaat.Fouten)
                ModelState.AddModelError(fout.Code.Contains("Email", StringComparison.Ordinal) || fout.Code.Contains("UserName", StringComparison.Ordinal) ? "Input.Email" : string.Empty, fout.Description);
            return Page();
        }

        Uitnodigingen.Meld(TempData, resultaat, medewerker.Naam, email);
        return RedirectToPage("/Beheer/Accounts");
    }

    private async Task LaadAsync(CancellationToken ct) =>
        Organisaties = await db.Organisaties.AsNoTracking().Where(o => o.Actief).OrderBy(o => o.Naam)
            .Select(o => new Keuze(o.Id, o.Naam, o.Type)).ToListAsync(ct);
}
