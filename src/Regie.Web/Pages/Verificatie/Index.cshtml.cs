using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Handreiking;
using Regie.Web.Afdrukken;
using Regie.Web.Data;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Verificatie;

/// <summary>Anyone holding a printed handreiking can check whether it is still the geldende versie. The answer says
/// only that, with version numbers and dates: no names, no content, and whether a casus exists stays hidden.</summary>
[EnableRateLimiting(Beveiliging.VerificatieLimiet)]
public sealed class IndexModel(RegieDbContext db) : PageModel
{
    public enum Uitslag
    {
        Geen,
        Ongeldig,
        Onbekend,
        Geldend,
        Vervangen,
    }

    [BindProperty(SupportsGet = true)] public string? Code { get; set; }

    public Uitslag Resultaat { get; private set; }
    public int Volgnummer { get; private set; }
    public DateTimeOffset VastgesteldOp { get; private set; }
    public int? OpvolgerVolgnummer { get; private set; }
    public DateTimeOffset? OpvolgerVastgesteldOp { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Code)) return;
        var code = Verificatiecodes.Normaliseer(Code);
        if (code is null)
        {
            Resultaat = Uitslag.Ongeldig;
            return;
        }
        // An anonymised casus no longer vouches for its PDFs: they were destroyed with it.
        var versie = await db.Handreikingversies.AsNoTracking()
            .Where(v => v.Verificatiecode == code && db.Casussen.Any(c => c.Id == v.CasusId && c.GeanonimiseerdOp == null))
            .Select(v => new { v.CasusId, v.Volgnummer, v.VastgesteldOp, v.Status }).SingleOrDefaultAsync(ct);
        if (versie is null)
        {
            Resultaat = Uitslag.Onbekend;
            return;
        }
        Volgnummer = versie.Volgnummer;
        VastgesteldOp = versie.VastgesteldOp;
        Resultaat = versie.Status == VersieStatus.Geldend ? Uitslag.Geldend : Uitslag.Vervangen;
        if (Resultaat == Uitslag.Vervangen)
        {
            var opvolger = await db.Handreikingversies.AsNoTracking()
                .Where(v => v.CasusId == versie.CasusId && v.Volgnummer > versie.Volgnummer).OrderBy(v => v.Volgnummer)
                .Select(v => new { v.Volgnummer, v.VastgesteldOp }).FirstOrDefaultAsync(ct);
            OpvolgerVolgnummer = opvolger?.Volgnummer;
            OpvolgerVastgesteldOp = opvolger?.VastgesteldOp;
        }
    }
}
