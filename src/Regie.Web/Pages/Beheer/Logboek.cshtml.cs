using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Logboek;

namespace Regie.Web.Pages.Beheer;

/// <summary>Searching the logboek by user and period. Casus lines show the casus code and the action, not their
/// description, and ouders appear as "Ouder": their names would reveal the family.</summary>
[Authorize(Policy = Policies.Beheer)]
public sealed class LogboekModel(RegieDbContext db, Logboekschrijver logboek) : PageModel
{
    public const int PerPagina = 50;
    private static readonly string[] Datumvormen = ["yyyy-MM-dd", "d-M-yyyy", "d/M/yyyy"];

    [BindProperty(SupportsGet = true)] public string? Gebruiker { get; set; }
    [BindProperty(SupportsGet = true)] public string? Van { get; set; }
    [BindProperty(SupportsGet = true)] public string? Tot { get; set; }
    [BindProperty(SupportsGet = true)] public string? Pagina { get; set; }

    public sealed record Regel(DateTimeOffset Tijdstip, string Gebruiker, Guid? CasusId, string Entiteit, LogboekActie Actie,
        string? Omschrijving, string? IpAdres);

    public const string OnbekendeCasus = "onbekende casus";

    public IReadOnlyList<Regel> Regels { get; private set; } = [];
    /// <summary>Casus code per casus id on this page; the logboek keeps only the id, so the code is looked up when read.</summary>
    public IReadOnlyDictionary<Guid, string> Casuscodes { get; private set; } = new Dictionary<Guid, string>();
    public int Totaal { get; private set; }
    public int HuidigePagina { get; private set; } = 1;
    public int AantalPaginas => Math.Max(1, (Totaal + PerPagina - 1) / PerPagina);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ModelState.Clear(); // only the checks below speak; a mangled query string is not the user's typing error
        var van = LeesDatum(Van, nameof(Van), "Van");
        var tot = LeesDatum(Tot, nameof(Tot), "Tot en met");
        if (van is not null && tot is not null && tot < van)
            ModelState.AddModelError(nameof(Tot), "De datum ‘tot en met’ ligt vóór de datum ‘van’. Kies een einddatum op of na de begindatum.");
        var zoek = Gebruiker?.Trim();
        if (zoek is { Length: > 200 }) ModelState.AddModelError(nameof(Gebruiker), "Zoek op hoogstens 200 tekens.");
        // Reading the logboek is itself an access to it; the line names the filters used, never what was typed in them.
        logboek.Schrijf(null, "Logboek", LogboekActie.Bekeken, Filters());
        await db.SaveChangesAsync(ct);
        if (!ModelState.IsValid) return Page();

        // A jeugdige's account is the family's as much as an ouder's.
        var gezinsrollen = db.Roles.Where(r => r.Name == Rollen.Ouder || r.Name == Rollen.Jeugdige).Select(r => r.Id);
        var ouders = db.UserRoles.Where(ur => gezinsrollen.Contains(ur.RoleId)).Select(ur => (Guid?)ur.UserId);

        var query = db.Logboek.AsNoTracking();
        if (!string.IsNullOrEmpty(zoek))
        {
            var term = zoek.ToLowerInvariant();
            var perEmail = db.Users.Where(u => u.Email != null && u.Email.ToLower().Contains(term)).Select(u => (Guid?)u.Id);
            // Ouders cannot be found by name or e-mail: that would tell whether a family is known.
            query = query.Where(l => !ouders.Contains(l.GebruikerId) && (l.Gebruiker.ToLower().Contains(term) || perEmail.Contains(l.GebruikerId)));
        }
        if (van is { } v)
        {
            var vanaf = BeginVan(v);
            query = query.Where(l => l.Tijdstip >= vanaf);
        }
        if (tot is { } t)
        {
            var voor = BeginVan(t.AddDays(1));
            query = query.Where(l => l.Tijdstip < voor);
        }

        Totaal = await query.CountAsync(ct);
        HuidigePagina = Math.Clamp(int.TryParse(Pagina, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 1, 1, AantalPaginas);
        Regels = await query
            .OrderByDescending(l => l.Tijdstip).ThenByDescending(l => l.Id)
            .Skip((HuidigePagina - 1) * PerPagina).Take(PerPagina)
            .Select(l => new Regel(l.Tijdstip, ouders.Contains(l.GebruikerId) ? "Ouder" : l.Gebruiker, l.CasusId, l.Entiteit, l.Actie,
                l.CasusId == null ? l.Omschrijving : null, l.IpAdres))
            .ToListAsync(ct);
        var casusIds = Regels.Where(r => r.CasusId is not null).Select(r => r.CasusId!.Value).Distinct().ToList();
        Casuscodes = await db.Casussen.Where(c => casusIds.Contains(c.Id)).Select(c => new { c.Id, c.Code })
            .ToDictionaryAsync(c => c.Id, c => c.Code, ct);
        return Page();
    }

    private string Filters()
    {
        var gebruikt = new[] { (nameof(Gebruiker), Gebruiker), (nameof(Van), Van), (nameof(Tot), Tot) }
            .Where(f => !string.IsNullOrWhiteSpace(f.Item2)).Select(f => f.Item1).ToList();
        var pagina = int.TryParse(Pagina, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 1;
        return gebruikt.Count == 0 ? $"Pagina {pagina}" : $"Pagina {pagina}, gezocht op: {string.Join(", ", gebruikt)}";
    }

    public Dictionary<string, string> Route(int pagina)
    {
        var route = new Dictionary<string, string> { ["pagina"] = pagina.ToString(CultureInfo.InvariantCulture) };
        if (!string.IsNullOrWhiteSpace(Gebruiker)) route["gebruiker"] = Gebruiker;
        if (!string.IsNullOrWhiteSpace(Van)) route["van"] = Van;
        if (!string.IsNullOrWhiteSpace(Tot)) route["tot"] = Tot;
        return route;
    }

    /// <summary>"–" for a line without casus; a casus that no longer exists shows as "onbekende casus", never as its id.</summary>
    public string Casuscode(Guid? casusId) =>
        casusId is not { } id ? "–" : Casuscodes.TryGetValue(id, out var code) ? code : OnbekendeCasus;

    // Not named On...: Razor Pages would take it for a handler.
    /// <summary>"true" for a field with an error, else null so the attribute is left out.</summary>
    public string? AriaInvalid(string veld) => ModelState.TryGetValue(veld, out var staat) && staat.Errors.Count > 0 ? "true" : null;

    public static string Actie(LogboekActie actie) => actie switch
    {
        LogboekActie.Bekeken => "Bekeken",
        LogboekActie.Aangemaakt => "Aangemaakt",
        LogboekActie.Gewijzigd => "Gewijzigd",
        LogboekActie.Geexporteerd => "Geëxporteerd",
        LogboekActie.Geanonimiseerd => "Geanonimiseerd",
        _ => "Geweigerd",
    };

    private DateOnly? LeesDatum(string? invoer, string veld, string label)
    {
        if (string.IsNullOrWhiteSpace(invoer)) return null;
        if (DateOnly.TryParseExact(invoer.Trim(), Datumvormen, CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum)
            && datum.Year >= 2000 && datum.Year <= 9998)
            return datum;
        ModelState.AddModelError(veld, $"‘{label}’ is geen geldige datum. Gebruik de vorm dag-maand-jaar, zoals 24-11-2026.");
        return null;
    }

    private static DateTimeOffset BeginVan(DateOnly dag)
    {
        var lokaal = dag.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(lokaal, Weergave.NederlandseTijd), TimeSpan.Zero);
    }
}
