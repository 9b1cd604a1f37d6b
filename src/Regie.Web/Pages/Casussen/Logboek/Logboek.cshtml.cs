using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Npgsql;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Casussen;

namespace Regie.Web.Pages.Casussen.Logboek;

/// <summary>"Wie heeft deze casus bekeken": the regievoerder can see every look at and change of the casus.</summary>
// No role policy here: whoever may not see this casus gets 404 from the Casuslader, never a 'no access' page
// that would confirm the casus exists.
public sealed partial class LogboekModel(Casuslader lader) : PageModel
{
    public const int PerPagina = 100;

    private static readonly Casuspagina Logboekpagina = new("Logboek", "Logboek");

    // One page of lines (one more, to know whether a next page exists), newest first, read with the casus. The logboek keeps
    // an ouder's id only: the name comes from their account, and only when that account belongs to this casus.
    private static readonly string Aanvulling = $$"""
        (select coalesce(json_agg(json_build_object('Tijdstip', l."Tijdstip", 'Gebruiker', l."Gebruiker",
            'Ouder', (select u."Naam" from "AspNetUsers" u where u."Id" = l."GebruikerId" and l."Gebruiker" in ('{{Rollen.Ouder}}', '{{Rollen.Jeugdige}}')
                and u."BetrokkeneId" in (select b."Id" from "Betrokkenen" b where b."CasusId" = c."Id")),
            'Entiteit', l."Entiteit", 'Actie', l."Actie", 'Omschrijving', l."Omschrijving") order by l."Tijdstip" desc, l."Id" desc), '[]'::json)
         from (select * from "Logboek" x where x."CasusId" = c."Id" order by x."Tijdstip" desc, x."Id" desc
           offset @van limit {{PerPagina + 1}}) l)
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private sealed record Gelezen(DateTimeOffset Tijdstip, string Gebruiker, string? Ouder, string Entiteit, LogboekActie Actie, string? Omschrijving);

    public sealed record Regel(DateTimeOffset Tijdstip, string Gebruiker, string Entiteit, LogboekActie Actie, string? Omschrijving);

    public Guid CasusId { get; private set; }
    public string Code { get; private set; } = "";
    public IReadOnlyList<Regel> Regels { get; private set; } = [];
    public int Pagina { get; private set; }
    public bool HeeftVolgende { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid casusId, [FromQuery] int? pagina, CancellationToken ct)
    {
        Pagina = pagina is > 0 and < 100_000 ? pagina.Value : 1;
        // The lines are read before this look is written: it shows up from the next page view on.
        if (await lader.BekijkAsync(casusId, CasusActie.VoertRegie, Logboekpagina, ct, Aanvulling,
                new NpgsqlParameter("van", (Pagina - 1) * PerPagina)) is not { } geladen)
            return NotFound();
        Vul(geladen);
        return Page();
    }

    private void Vul(GeladenCasus geladen)
    {
        CasusId = geladen.Casus.Id;
        Code = geladen.Casus.Code;
        var regels = JsonSerializer.Deserialize<List<Gelezen>>(geladen.Aanvulling!, Json)!;
        HeeftVolgende = regels.Count > PerPagina;
        // The logboek keeps ids only; the regievoerder sees today's names of this casus' betrokkenen and ouders.
        var betrokkenen = geladen.Casus.Betrokkenen.ToDictionary(b => b.Id, b => b.Naam);
        Regels = [.. regels.Take(PerPagina).Select(r => new Regel(r.Tijdstip,
            r.Ouder is null ? r.Gebruiker : r.Gebruiker == Rollen.Jeugdige ? $"{r.Ouder} (jeugdige)" : $"{r.Ouder} (ouder)", r.Entiteit, r.Actie, MetNamen(r.Omschrijving, betrokkenen)))];
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
        LogboekActie.Geanonimiseerd => "geanonimiseerd",
        _ => "geweigerd",
    };
}
