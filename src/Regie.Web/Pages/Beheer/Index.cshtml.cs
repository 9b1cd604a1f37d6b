using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;

namespace Regie.Web.Pages.Beheer;

[Authorize(Policy = Policies.Beheer)]
public sealed class IndexModel(RegieDbContext db, TimeProvider clock) : PageModel
{
    public int Organisaties { get; private set; }
    public int Accounts { get; private set; }
    public int SjabloonVersie { get; private set; }
    public IReadOnlyList<BeheerRegie.ZonderRegieContact> ZonderRegieContact { get; private set; } = [];
    public int MailMislukt { get; private set; }
    public int MailOpgegeven { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Organisaties = await db.Organisaties.CountAsync(o => o.Actief, ct);
        Accounts = await db.Users.CountAsync(u => u.Actief && u.MedewerkerId != null, ct);
        SjabloonVersie = await db.Sjablonen.MaxAsync(s => (int?)s.Versie, ct) ?? 0;
        ZonderRegieContact = await db.ZonderRegieContactAsync(ct);
        (MailMislukt, MailOpgegeven) = await MailModel.ProblemenAsync(db, clock.GetUtcNow(), ct);
    }
}
