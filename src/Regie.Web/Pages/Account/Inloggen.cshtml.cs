using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Regie.Web.Infrastructure;
using Regie.Web.Data;

namespace Regie.Web.Pages.Account;

[EnableRateLimiting(Beveiliging.InlogLimiet)]
public sealed class InloggenModel(SignInManager<Gebruiker> signIn, UserManager<Gebruiker> users, ILogger<InloggenModel> log) : PageModel
{
    // One message for every wrong combination, so the page never tells whether an e-mailadres exists.
    public const string OngeldigeInlog = "Het e-mailadres of het wachtwoord klopt niet.";
    public const string Geblokkeerd = "U hebt te vaak een verkeerd wachtwoord ingevuld. Uw account is 15 minuten geblokkeerd; probeer het daarna opnieuw.";

    [BindProperty] public Invoer Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public sealed class Invoer
    {
        [Required(ErrorMessage = "Vul uw e-mailadres in.")]
        [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in, zoals naam@organisatie.nl.")]
        [StringLength(254, ErrorMessage = "Een e-mailadres is hoogstens 254 tekens.")]
        [Display(Name = "E-mailadres")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Vul uw wachtwoord in.")]
        [StringLength(200, ErrorMessage = "Een wachtwoord is hoogstens 200 tekens.")]
        [DataType(DataType.Password)]
        [Display(Name = "Wachtwoord")]
        public string? Wachtwoord { get; set; }
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();

        var gebruiker = await users.FindByEmailAsync(Input.Email!);
        if (gebruiker is null || !gebruiker.Actief)
        {
            ModelState.AddModelError(string.Empty, OngeldigeInlog);
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(gebruiker, Input.Wachtwoord!, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            log.LogWarning("Inlogpoging op geblokkeerd account {GebruikerId}", gebruiker.Id);
            ModelState.AddModelError(string.Empty, Geblokkeerd);
            return Page();
        }
        if (result.RequiresTwoFactor)
            return RedirectToPage("/Account/InloggenMetCode", new { ReturnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null });
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, OngeldigeInlog);
            return Page();
        }
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
