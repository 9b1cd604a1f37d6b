using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Data;

namespace Regie.Web.Pages.Account;

public sealed class UitloggenModel(SignInManager<Gebruiker> signIn) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        TempData["Melding"] = "U bent uitgelogd.";
        return RedirectToPage("/Account/Inloggen");
    }
}
