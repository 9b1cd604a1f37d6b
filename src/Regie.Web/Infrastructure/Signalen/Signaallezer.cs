using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Metadata;
using Regie.Domain.Signalen;
using Regie.Web.Data;

namespace Regie.Web.Infrastructure.Signalen;

/// <summary>A signaal as a page read it, with its row version for the answer forms (xmin: nobody's answer is overwritten).</summary>
public sealed record GelezenSignaal(Signaal Signaal, uint Versie);

/// <summary>Which signalen of the loaded casus <c>c</c> a page reads next to it.</summary>
public enum Signaalfilter
{
    /// <summary>All of the casus: the Signalen tab.</summary>
    Casus,

    /// <summary>Those the logged-in account raised (<c>@gebruiker</c>): the ouders' portal.</summary>
    EigenVanIndiener,

    /// <summary>One (<c>@signaal</c>), of this casus: a signaal's own page.</summary>
    Een,
}

/// <summary>Reads a casus' signalen, each with its berichten, as the loader's <c>aanvulling</c>: in the casus' own statement,
/// so a page with signalen stays at three round trips. The rows become domain objects through EF's mapping.</summary>
public static class Signaallezer
{
    public const string SignaalParameter = "signaal";

    private static readonly ConcurrentDictionary<Signaalfilter, string> Sql = new();
    private static Aggregaatlezer? _lezer;

    private static Aggregaatlezer Lezer(IModel model) => _lezer ??= new Aggregaatlezer(model, typeof(Signaal));

    /// <summary>A constant json expression per filter (the loader keeps one prepared statement per text).</summary>
    public static string Aanvulling(IModel model, Signaalfilter filter) => Sql.GetOrAdd(filter, f =>
    {
        var waar = f switch
        {
            Signaalfilter.EigenVanIndiener => "AND s.\"IndienerId\" = @gebruiker",
            Signaalfilter.Een => $"AND s.\"Id\" = @{SignaalParameter}",
            _ => "",
        };
        return $"""
            (select coalesce(json_agg({Lezer(model).Json("s")} order by (s."BeantwoordOp" is null) desc, s."IngediendOp" desc), '[]'::json)
             from "Signalen" s where s."CasusId" = c."Id" {waar})
            """;
    });

    /// <summary>Open (waiting for the regievoerder) first, then newest first; each signaal's berichten in order.</summary>
    public static IReadOnlyList<GelezenSignaal> Lees(IModel model, string? json)
    {
        if (string.IsNullOrEmpty(json)) return [];
        using var document = JsonDocument.Parse(json);
        var signalen = new List<GelezenSignaal>();
        foreach (var rij in document.RootElement.EnumerateArray())
        {
            var (signaal, versies) = Lezer(model).Lees<Signaal>(rij.GetRawText());
            signalen.Add(new GelezenSignaal(signaal, versies.GetValueOrDefault(signaal)));
        }
        return [.. signalen.OrderByDescending(s => s.Signaal.IsOpen).ThenByDescending(s => s.Signaal.IngediendOp)];
    }
}
