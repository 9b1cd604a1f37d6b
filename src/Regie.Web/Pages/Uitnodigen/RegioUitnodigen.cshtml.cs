using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure;
using Regie.Web.Pages.Beheer;

namespace Regie.Web.Pages.Uitnodigen;

/// <summary>A regiocoördinator or beheerder works for the region, not for one organisation: a login without Medewerker.</summary>
[Authorize(Policy = Policies.Beheer)]
public sealed class RegioUitnodigenModel(RegieDbContext db, Uitnodigingen uitnodigingen, Logboekschrijver logboek) : PageModel
{
    public static readonly string[] Keuzes = [Rollen.Regiocoordinator, Rollen.Beheerder];

    [BindProperty] public Invoer Input { get; set; } = new();

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

        [Required(ErrorMessage = "Kies de rol.")]
        [Display(Name = "Rol")]
        public string? Rol { get; set; }
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.Rol is not null && !Keuzes.Contains(Input.Rol))
            ModelState.AddModelError("Input.Rol", "Kies regiocoördinator of beheerder.");
        if (!ModelState.IsValid) return Page();

        var email = Input.Email!.Trim().ToLowerInvariant();
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == email.ToUpperInvariant(), ct))
        {
            ModelState.AddModelError("Input.Email", $"Er is al een account met het e-mailadres {email}.");
            return Page();
        }
        var naam = Input.Naam!.Trim();
        logboek.Schrijf(null, "Account", LogboekActie.Aangemaakt, $"{BeheerWeergave.Rol(Input.Rol)} uitgenodigd");

        var resultaat = await uitnodigingen.NodigUitAsync(new(naam, email, Input.Rol!), RegieClaims.NaamVan(User), ct);
        if (!resultaat.Gelukt)
        {
            foreach (var fout in resultaat.Fouten)
                ModelState.AddModelError(fout.Code.Contains("Email", StringComparison.Ordinal) || fout.Code.Contains("UserName", StringComparison.Ordinal) ? "Input.Email" : string.Empty, fout.Description);
            return Page();
        }

        Uitnodigingen.Meld(TempData, resultaat, naam, email);
        return RedirectToPage("/Beheer/Accounts");
    }
}
