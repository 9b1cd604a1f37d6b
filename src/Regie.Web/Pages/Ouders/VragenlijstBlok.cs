using Microsoft.AspNetCore.Mvc;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Vragenlijsten;

namespace Regie.Web.Pages.Ouders;

/// <summary>The portal's block "Wilt u een paar vragen beantwoorden?" while a questionnaire waits for this ouder. A component
/// reads its own offers, so the portal page needs one line for it.</summary>
public sealed class VragenlijstBlokViewComponent(Vragenlijstaanbieder aanbieder) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var open = RegieClaims.GebruikerIdVan(UserClaimsPrincipal) is { } id ? await aanbieder.OpenAsync(id, HttpContext.RequestAborted) : [];
        return View("/Pages/Ouders/_Vragenlijst.cshtml", open);
    }
}
