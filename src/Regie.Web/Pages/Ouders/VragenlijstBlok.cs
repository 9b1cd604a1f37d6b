using Microsoft.AspNetCore.Mvc;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Vragenlijsten;

namespace Regie.Web.Pages.Ouders;

/// <summary>The portal's block "Wilt u een paar vragen beantwoorden?" while a questionnaire waits for this ouder. A component
/// finds its own offer (read with the casus, see <see cref="WachtendeVragenlijst"/>), so the portal page needs one line for it.</summary>
public sealed class VragenlijstBlokViewComponent(RegieDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View("/Pages/Ouders/_Vragenlijst.cshtml", await WachtendeVragenlijst.VindAsync(HttpContext, db));
}
