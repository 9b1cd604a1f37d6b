using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Logboek;

namespace Regie.Web.Pages.Casussen.Logboek;

/// <summary>"Wie heeft deze casus bekeken": the regievoerder can see every look at and change of the casus.</summary>
// No role policy here: whoever may not see this casus gets 404 from CasusAutorisatie, never a 'no access' page
// that would confirm the casus exists.
public sealed partial class LogboekModel(RegieDbContext db, CasusAutorisatie autorisatie, Logboekschrijver logboek) : PageModel
{
    public const int PerPagina = 100;

    public sealed record Regel(DateTimeOffset Tijdstip, string Gebruiker, string Entiteit, LogboekActie Actie, string? Omschrijving);

    public Guid CasusId { get; private set; }
    public string Code { get; private set; } = "";
    public IReadOnlyList<Regel> Regels { get; private set; } = [];
    public int Pagina { get; private set; }
    public bool HeeftVolgende { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid casusId, [FromQuery] int? pagina, CancellationToken ct)
    {
        if (await autorisatie.ToegangAsync(User, casusId, CasusActie.VoertRegie, ct) is null) return NotFound();
        CasusId = casusId;
        Pagina = pagina is > 0 and < 100_000 ? pagina.Value : 1;
        var regels = await db.Logboek.AsNoTracking().Where(l => l.CasusId == casusId)
            .OrderByDescending(l => l.Tijdstip).ThenByDescending(l => l.Id)
            .Skip((Pagina - 1) * PerPagina).Take(PerPagina + 1)
            .Select(l => new { l.Tijdstip, l.GebruikerId, l.Gebruiker, l.Entiteit, l.Actie, l.Omschrijving })
            .ToListAsync(ct);
        HeeftVolgende = regels.Count > PerPagina;
        regels = regels.Take(PerPagina).ToList();

        // The logboek keeps ids only; the regievoerder sees today's names of this casus' betrokkenen and ouders.
        var betrokkenen = await db.Betrokkenen.AsNoTracking().Where(b => b.CasusId == casusId)
            .ToDictionaryAsync(b => b.Id, b => b.Naam, ct);
        var ouderIds = regels.Where(r => r.Gebruiker == Rollen.Ouder && r.GebruikerId is not null).Select(r => r.GebruikerId!.Value).Distinct().ToList();
        var vanCasus = betrokkenen.Keys.Select(id => (Guid?)id).ToList();
        var ouders = await db.Users.AsNoTracking().Where(u => ouderIds.Contains(u.Id) && vanCasus.Contains(u.BetrokkeneId))
            .ToDictionaryAsync(u => u.Id, u => u.Naam, ct);
        Regels = [.. regels.Select(r => new Regel(r.Tijdstip,
            r.Gebruiker == Rollen.Ouder && r.GebruikerId is { } g && ouders.TryGetValue(g, out var ouder) ? $"{ouder} (ouder)" : r.Gebruiker,
            r.Entiteit, r.Actie, MetNamen(r.Omschrijving, betrokkenen)))];
        // After reading: this look itself shows up from the next page view on.
        Code = (await db.KopAsync(logboek, casusId, "Logboek", "Logboek", null, ct)).Code;
        return Page();
    }

    /// <summary>"betrokkene {id}" in a description becomes that betrokkene's current name.</summary>
    public static string? MetNamen(string? omschrijving, IReadOnlyDictionary<Guid, string> betrokkenen) =>
        omschrijving is null ? null : BetrokkeneId().Replace(omschrijving, m =>
            betrokkenen.TryGetValue(Guid.Parse(m.Groups[1].Value), out var naam) ? naam : "een onbekende betrokkene");

    [GeneratedRegex("betrokkene ([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})")]
    private static partial Regex BetrokkeneId();

    public static string Actie(LogboekActie actie) => actie switch
    {
        LogboekActie.Bekeken => "bekeken",
        LogboekActie.Aangemaakt => "aangemaakt",
        LogboekActie.Gewijzigd => "gewijzigd",
        LogboekActie.Geexporteerd => "geëxporteerd",
        _ => "geweigerd",
    };
}
