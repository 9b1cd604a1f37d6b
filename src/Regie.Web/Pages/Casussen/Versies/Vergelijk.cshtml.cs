using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Domain.Handreiking;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Casussen;

namespace Regie.Web.Pages.Casussen.Versies;

/// <summary>Two versions side by side, section by section, with what changed marked in words.</summary>
public sealed class VergelijkModel(Casuslader lader) : PageModel
{
    private const string Tab = "Versies";

    // Both numbers in the line, lowest first as the page shows them. Access is checked first, so a request without them
    // gets its 404 after that check (and its line).
    private static Casuspagina Pagina(int? a, int? b) => new(Tab, "Handreikingversie",
        a is { } x && b is { } y ? $"Versies {Math.Min(x, y)} en {Math.Max(x, y)} vergeleken" : "Versies vergeleken");

    public sealed record Onderdeel(string Titel, string Oud, string Nieuw)
    {
        public bool Gewijzigd => Oud != Nieuw;

        /// <summary>Both texts with the words that went or came marked.</summary>
        public (IReadOnlyList<Woordverschil.Stuk> Oud, IReadOnlyList<Woordverschil.Stuk> Nieuw) Verschil => Woordverschil.Van(Oud, Nieuw);
    }

    public CasusKop Kop { get; private set; } = null!;
    public Handreikingversie A { get; private set; } = null!;
    public Handreikingversie B { get; private set; } = null!;
    public IReadOnlyList<Onderdeel> Onderdelen { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid casusId, [FromQuery] int? a, [FromQuery] int? b, CancellationToken ct)
    {
        if (await lader.LeesAsync(casusId, CasusActie.Lezen, ct) is not { } geladen) return NotFound();
        if (a is null || b is null) return NotFound();
        var versies = geladen.Casus.Versies;
        var oud = versies.SingleOrDefault(v => v.Volgnummer == Math.Min(a.Value, b.Value));
        var nieuw = versies.SingleOrDefault(v => v.Volgnummer == Math.Max(a.Value, b.Value));
        if (oud is null || nieuw is null) return NotFound();
        await lader.BekekenAsync(geladen, Pagina(a, b), ct);
        Vul(geladen, oud, nieuw);
        return Page();
    }

    private void Vul(GeladenCasus geladen, Handreikingversie oud, Handreikingversie nieuw)
    {
        Kop = geladen.Kop(Tab);
        (A, B) = (oud, nieuw);
        Onderdelen = [.. Vergelijk(oud.Inhoud, nieuw.Inhoud)];
    }

    private static IEnumerable<Onderdeel> Vergelijk(HandreikingSnapshot oud, HandreikingSnapshot nieuw)
    {
        static string Regels(IEnumerable<string> regels) => string.Join("\n", regels);
        // The number is what ouders call, and it is in the handreiking: a new one is a change worth showing.
        static string Telefoon(string? telefoon) => telefoon is null ? "" : $", tel. {telefoon}";
        static string Betrokkenen(HandreikingSnapshot h) =>
            Regels(h.Betrokkenen.OrderBy(b => b.Naam).Select(b =>
                $"{b.Naam} – {b.RolOfRelatie}{(b.Organisatie is null ? "" : $" ({b.Organisatie})")}{Telefoon(b.Telefoon)}"));
        static string Taken(HandreikingSnapshot h) =>
            Regels(h.Taken.OrderBy(t => t.Wie).ThenBy(t => t.Omschrijving)
                .Select(t => $"{t.Wie}: {t.Omschrijving}{(t.Termijn is { } d ? $" (tot {Weergave.Datum(d)})" : "")}"));
        static string Regie(HandreikingSnapshot h) => Regels(
            new[] { $"Procesregie: {h.Procesregie.Naam}{(h.Procesregie.Organisatie is null ? "" : $" ({h.Procesregie.Organisatie})")}{Telefoon(h.Procesregie.Telefoon)}" }
                .Concat(h.Procesregie.Mandaat is null ? [] : [$"Mandaat: {h.Procesregie.Mandaat}"])
                .Concat(h.InhoudelijkeRegie.OrderBy(r => r.Onderdeel, StringComparer.CurrentCulture)
                    .Select(r => $"Inhoudelijke regie {r.Onderdeel}: {r.Naam}")));

        yield return new("Hulpvraag", oud.Hulpvraag, nieuw.Hulpvraag);
        yield return new("Betrokkenen", Betrokkenen(oud), Betrokkenen(nieuw));
        yield return new("Wie doet wat", Taken(oud), Taken(nieuw));
        yield return new("Regie", Regie(oud), Regie(nieuw));
        foreach (var stap in nieuw.Stappen)
        {
            // By kind when both versions know it: a region may have re-ordered the steps in between.
            var vorige = stap.Soort is not null && oud.Stappen.Any(s => s.Soort is not null)
                ? oud.Stappen.SingleOrDefault(s => s.Soort == stap.Soort)
                : oud.Stappen.SingleOrDefault(s => s.Nummer == stap.Nummer);
            yield return new($"{stap.Nummer}. {stap.Titel}", vorige?.Afspraken ?? "", stap.Afspraken ?? "");
        }
        yield return new("Volgende evaluatie",
            oud.VolgendeEvaluatie is { } o ? Weergave.Datum(o) : "niet gepland",
            nieuw.VolgendeEvaluatie is { } n ? Weergave.Datum(n) : "niet gepland");
    }
}
