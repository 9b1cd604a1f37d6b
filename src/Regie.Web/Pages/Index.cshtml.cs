using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Data;

namespace Regie.Web.Pages;

/// <summary>The start page sends everyone to where their work is.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet()
    {
        if (Rollen.Professionals.Any(User.IsInRole)) return RedirectToPage("/Casussen/Index");
        if (User.IsInRole(Rollen.Ouder) || User.IsInRole(Rollen.Jeugdige)) return RedirectToPage("/Ouders/Index");
        return Page();
    }
}
