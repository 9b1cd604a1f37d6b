using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Domain.Organisaties;
using Regie.Web.Afdrukken;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Configuratie;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure.Pdf;
using Regie.Web.Regio;

namespace Regie.Web.Pages.Regio;

/// <summary>The regiocoördinator's dashboard: the region's figures for a filter (GET, so a view can be bookmarked and
/// printed), suppressed, with a chart and a table each. A wrong field gets its message next to it, the rest is kept.
/// <c>/Regio/Factsheet</c> with the same filter answers the figures of one gemeente as a PDF; a wrong or missing choice
/// shows this page with the messages instead.</summary>
[Authorize(Policy = Policies.Regio)]
public sealed class IndexModel(RegieDbContext db, Regiooverzichten overzichten, Regiofilterlezer filters, Logboekschrijver logboek,
    Afdrukmaker afdrukken) : PageModel
{
    public const string Entiteit = "Regiocijfers";
    public const string GemeenteNodig = "Kies een gemeente voor de factsheet.";

    // One property per field, so each field's name in the query string is its key for the error next to it.
    [BindProperty(SupportsGet = true)] public string? Gemeente { get; set; }
    [BindProperty(SupportsGet = true)] public string? Indicatie { get; set; }
    [BindProperty(SupportsGet = true)] public string? Maatregel { get; set; }
    [BindProperty(SupportsGet = true)] public string? Van { get; set; }
    [BindProperty(SupportsGet = true)] public string? Tot { get; set; }

    public IReadOnlyList<(Guid Id, string Naam)> Gemeenten { get; private set; } = [];
    public IReadOnlyList<string> Indicaties => filters.Indicatiecodes;
    public Regiooverzicht? Overzicht { get; private set; }

    public string? AriaInvalid(string veld) => ModelState.TryGetValue(veld, out var staat) && staat.Errors.Count > 0 ? "true" : null;

    /// <summary>The filter in words: "Cijfers van Gemeente Almelo, indicatie OB4A, maatregel OTS."</summary>
    public string Keuze(Regiofilter filter)
    {
        var gemeente = Gemeenten.FirstOrDefault(g => g.Id == filter.GemeenteId).Naam ?? "alle gemeenten";
        var indicatie = filter.Indicatie switch { null => "alle indicaties", Regiofilter.OverigeIndicatie => "andere indicatie", var code => $"indicatie {code}" };
        var maatregel = filter.Maatregel is { } m ? $"maatregel {Regiooverzicht.Maatregel(m)}" : "alle maatregelen";
        return $"Cijfers van {gemeente}, {indicatie}, {maatregel}.";
    }

    /// <summary>Why the factsheet could not be made now (the PDF renderer is down); the figures are shown instead.</summary>
    public string? PdfMelding { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LeesFilterAsync(ct) is not { } filter) return Page();
        Overzicht = await overzichten.MaakAsync(filter, ct);
        logboek.Schrijf(null, Entiteit, LogboekActie.Bekeken, Omschrijving(filter));
        await db.SaveChangesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetFactsheetAsync(CancellationToken ct)
    {
        // A factsheet is per gemeente; the message joins any others (first, as the field is), so all is shown at once.
        if (string.IsNullOrWhiteSpace(Gemeente)) ModelState.AddModelError(nameof(Gemeente), GemeenteNodig);
        var filter = await LeesFilterAsync(ct);
        if (filter?.GemeenteId is not { } gemeenteId || !ModelState.IsValid) return Page();

        var overzicht = await overzichten.MaakAsync(filter, ct);
        var gemeente = Gemeenten.First(g => g.Id == gemeenteId).Naam;
        byte[] pdf;
        try
        {
            pdf = await afdrukken.RegioFactsheetAsync(overzicht, gemeente, ct);
        }
        catch (PdfNietBeschikbaarException e)
        {
            // The figures are there; only the PDF is not. The page says so above them, with 503 like every PDF page.
            (Overzicht, PdfMelding) = (overzicht, e.Message);
            logboek.Schrijf(null, Entiteit, LogboekActie.Bekeken, Omschrijving(filter));
            await db.SaveChangesAsync(ct);
            return PdfAntwoord.NietBeschikbaar(this);
        }
        logboek.Schrijf(null, Entiteit, LogboekActie.Geexporteerd, "factsheet als PDF; " + Omschrijving(filter));
        await db.SaveChangesAsync(ct);
        return PdfAntwoord.Bestand(this, pdf, Bestandsnaam(gemeente, filter));
    }

    /// <summary>"factsheet-gemeente-almelo-2026-01-2026-03".</summary>
    public static string Bestandsnaam(string gemeente, Regiofilter filter)
    {
        var slug = new StringBuilder();
        foreach (var c in gemeente.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        return $"factsheet-{slug.ToString().Trim('-')}-{filter.Tijdvak.Eerste}-{filter.Tijdvak.Laatste}";
    }

    private async Task<Regiofilter?> LeesFilterAsync(CancellationToken ct)
    {
        var (filter, fouten, gemeenten) = await filters.LeesAsync(
            new Regiofilterinvoer { Gemeente = Gemeente, Indicatie = Indicatie, Maatregel = Maatregel, Van = Van, Tot = Tot }, ct);
        Gemeenten = gemeenten;
        foreach (var (veld, melding) in fouten) ModelState.AddModelError(veld, melding);
        if (filter is not null && string.IsNullOrWhiteSpace(Van) && string.IsNullOrWhiteSpace(Tot))
            (Van, Tot) = (filter.Tijdvak.Eerste.ToString(), filter.Tijdvak.Laatste.ToString());
        return filter;
    }

    // Ids and codes only: a gemeente's name is no secret, but the line says exactly what was asked.
    private static string Omschrijving(Regiofilter filter) =>
        $"gemeente={filter.GemeenteId?.ToString() ?? "alle"}; indicatie={filter.Indicatie ?? "alle"}; "
        + $"maatregel={filter.Maatregel?.ToString() ?? "alle"}; periode={filter.Tijdvak.Eerste}..{filter.Tijdvak.Laatste}";
}
