using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Vragenlijsten;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Vragenlijsten;

namespace Regie.Web.Pages.Regio;

/// <summary>Both questionnaires as they are now, their versions and how many answers each version got: counts only, never
/// who answered (the answers cannot say it anyway).</summary>
[Authorize(Policy = Policies.Regio)]
public sealed class VragenlijstenModel(RegieDbContext db, Vragenlijstbron bron) : PageModel
{
    public sealed record Versieregel(int Volgnummer, string GemaaktDoor, DateTimeOffset GemaaktOp, int Antwoorden);

    public sealed record Lijst(Doelgroep Doelgroep, Vragenlijstversie Huidig, IReadOnlyList<Versieregel> Versies);

    public IReadOnlyList<Lijst> Lijsten { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var lijsten = new List<Lijst>();
        foreach (var doelgroep in new[] { Doelgroep.Ouders, Doelgroep.Professionals })
        {
            var huidig = await bron.HuidigeAsync(doelgroep, ct);
            var versies = await db.Vragenlijstversies.AsNoTracking()
                .Where(v => v.Doelgroep == doelgroep)
                .OrderByDescending(v => v.Volgnummer)
                .Select(v => new Versieregel(v.Volgnummer, v.GemaaktDoor, v.GemaaktOp,
                    db.VragenlijstInvullingen.Count(i => i.VragenlijstversieId == v.Id)))
                .ToListAsync(ct);
            lijsten.Add(new Lijst(doelgroep, huidig, versies));
        }
        Lijsten = lijsten;
    }
}
