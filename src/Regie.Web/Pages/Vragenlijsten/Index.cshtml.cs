using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Vragenlijsten;

namespace Regie.Web.Pages.Vragenlijsten;

/// <summary>The professional's questionnaires that wait to be filled in.</summary>
[Authorize(Policy = Policies.Professional)]
public sealed class IndexModel(Vragenlijstaanbieder aanbieder) : PageModel
{
    public IReadOnlyList<OpenVragenlijst> Open { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Open = await aanbieder.OpenAsync(RegieClaims.GebruikerIdVan(User)!.Value, ct);
}
