using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Regie.Domain.Logboek;
using Regie.Domain.Organisaties;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Configuratie;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Regio;
using Regie.Web.Regio.Export;

namespace Regie.Web.Pages.Regio;

/// <summary>The anonymised research export: the filter, how many casussen and invullingen it holds, and four downloads.
/// A file below Regie:Regio:MinimumAantal is refused; every download and every refusal leaves a logboek line.</summary>
[Authorize(Policy = Policies.Regio)]
public sealed class ExportModel(RegieDbContext db, Onderzoeksexport export, Regiofilterlezer filters, Logboekschrijver logboek,
    IOptions<RegioOpties> opties, IOptions<IndicatieOpties> indicatieOpties) : PageModel
{
    public const string Entiteit = "Onderzoeksexport";

    [BindProperty(SupportsGet = true)] public string? Gemeente { get; set; }
    [BindProperty(SupportsGet = true)] public string? Indicatie { get; set; }
    [BindProperty(SupportsGet = true)] public string? Maatregel { get; set; }
    [BindProperty(SupportsGet = true)] public string? Van { get; set; }
    [BindProperty(SupportsGet = true)] public string? Tot { get; set; }
    [BindProperty(SupportsGet = true)] public string? Formaat { get; set; }

    public IReadOnlyList<(Guid Id, string Naam)> Gemeenten { get; private set; } = [];
    public IReadOnlyList<Indicatie> Indicaties => indicatieOpties.Value.Indicaties;
    public Regiofilter? Filter { get; private set; }
    public int Minimum => opties.Value.MinimumAantal;
    public int Casussen { get; private set; }
    public int Invullingen { get; private set; }
    public int Antwoorden { get; private set; }

    /// <summary>Why a download was refused, shown at the top of the page.</summary>
    public string? Weigering { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LeesFilterAsync(ct) is { } filter) await TelAsync(filter, ct);
        return Page();
    }

    public Task<IActionResult> OnGetCasussenAsync(CancellationToken ct) => DownloadAsync(Bestand.Casussen, ct);

    public Task<IActionResult> OnGetAntwoordenAsync(CancellationToken ct) => DownloadAsync(Bestand.Antwoorden, ct);

    private enum Bestand { Casussen, Antwoorden }

    private async Task<IActionResult> DownloadAsync(Bestand bestand, CancellationToken ct)
    {
        Exportformaat? formaat = Formaat?.ToLowerInvariant() switch { "csv" => Exportformaat.Csv, "json" => Exportformaat.Json, _ => null };
        if (formaat is null) return NotFound();
        if (await LeesFilterAsync(ct) is not { } filter) return Page();
        await TelAsync(filter, ct);

        var naam = bestand == Bestand.Casussen ? "casussen" : "antwoorden";
        var soort = formaat == Exportformaat.Csv ? "CSV" : "JSON";
        var aantal = bestand == Bestand.Casussen ? Casussen : Invullingen;
        if (aantal < Minimum)
        {
            Weigering = bestand == Bestand.Casussen
                ? $"Het bestand met casussen is niet gemaakt: er vallen {aantal} casussen in deze keuze, minder dan {Minimum}. Met zo weinig casussen zou u een gezin kunnen herkennen. Kies een langere periode of minder beperkingen."
                : $"Het bestand met antwoorden is niet gemaakt: er vallen {aantal} ingevulde vragenlijsten in deze keuze, minder dan {Minimum}. Met zo weinig antwoorden zou u kunnen herleiden wie ze gaf. Kies een langere periode of minder beperkingen.";
            logboek.Schrijf(null, Entiteit, LogboekActie.Geweigerd,
                $"{naam} als {soort} geweigerd: {aantal} {(bestand == Bestand.Casussen ? "casussen" : "invullingen")}, minimum {Minimum}. Filter: {filter.Omschrijving}.");
            await db.SaveChangesAsync(ct);
            return Page();
        }

        // The line is saved before the first byte goes out: a download that breaks off halfway is still on record.
        logboek.Schrijf(null, Entiteit, LogboekActie.Geexporteerd, bestand == Bestand.Casussen
            ? $"{naam} als {soort}: {Casussen} rijen. Filter: {filter.Omschrijving}."
            : $"{naam} als {soort}: {Antwoorden} rijen van {Invullingen} invullingen. Filter: {filter.Omschrijving}.");
        await db.SaveChangesAsync(ct);

        var bestandsnaam = $"regie-{naam}-{filter.Tijdvak.Eerste}-{filter.Tijdvak.Laatste}.{(formaat == Exportformaat.Csv ? "csv" : "json")}";
        return new Download(bestandsnaam, formaat.Value, bestand == Bestand.Casussen ? Onderzoeksexport.CasusKolommen : Onderzoeksexport.AntwoordKolommen,
            (uit, token) => bestand == Bestand.Casussen ? export.SchrijfCasussenAsync(filter, uit, token) : export.SchrijfAntwoordenAsync(filter, uit, token));
    }

    private async Task<Regiofilter?> LeesFilterAsync(CancellationToken ct)
    {
        // Only the filter's own checks speak: a mangled query string is answered field by field below.
        ModelState.Clear();
        var (filter, fouten, gemeenten) = await filters.LeesAsync(
            new Regiofilterinvoer { Gemeente = Gemeente, Indicatie = Indicatie, Maatregel = Maatregel, Van = Van, Tot = Tot }, ct);
        Gemeenten = gemeenten;
        foreach (var (veld, melding) in fouten) ModelState.AddModelError(veld, melding);
        if (filter is not null && string.IsNullOrWhiteSpace(Van) && string.IsNullOrWhiteSpace(Tot))
            (Van, Tot) = (filter.Tijdvak.Eerste.ToString(), filter.Tijdvak.Laatste.ToString());
        Filter = filter;
        return filter;
    }

    private async Task TelAsync(Regiofilter filter, CancellationToken ct)
    {
        Casussen = await export.TelCasussenAsync(filter, ct);
        (Invullingen, Antwoorden) = await export.TelAntwoordenAsync(filter, ct);
    }

    public string? AriaInvalid(string veld) => ModelState.TryGetValue(veld, out var staat) && staat.Errors.Count > 0 ? "true" : null;

    /// <summary>The link to one file with the current filter.</summary>
    public string Link(string handler, string formaat) => Url.Page("/Regio/Export", handler,
        new { gemeente = Filter?.GemeenteId, indicatie = Filter?.Indicatie, maatregel = Filter?.Maatregel?.ToString(), van = Van, tot = Tot, formaat })!;

    /// <summary>Streams the file into the response as the reader delivers its rows.</summary>
    private sealed class Download(string bestandsnaam, Exportformaat formaat, IReadOnlyList<string> kolommen,
        Func<Exportschrijver, CancellationToken, Task<int>> schrijf) : IActionResult
    {
        public async Task ExecuteResultAsync(ActionContext context)
        {
            var response = context.HttpContext.Response;
            var ct = context.HttpContext.RequestAborted;
            // Headers first: the writer may send its first bytes (the BOM) as soon as it exists.
            response.ContentType = formaat == Exportformaat.Csv ? "text/csv; charset=utf-8" : "application/json; charset=utf-8";
            response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition { FileName = bestandsnaam, DispositionType = "attachment" }.ToString();
            response.Headers.CacheControl = "no-store";
            await using var uit = Exportschrijver.Maak(formaat, response.Body, kolommen);
            await schrijf(uit, ct);
        }
    }
}
