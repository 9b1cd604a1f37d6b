using System.Text.Json;
using Microsoft.EntityFrameworkCore.Metadata;
using Regie.Domain.Toestemmingen;
using Regie.Web.Data;

namespace Regie.Web.Infrastructure.Toestemmingen;

/// <summary>A toestemming as a page read it: the organisation's name and the row version for the withdraw form (xmin).</summary>
public sealed record GelezenToestemming(Toestemming Toestemming, string Organisatie, uint Versie);

public sealed record OrganisatieKeuze(Guid Id, string Naam);

/// <summary>What the Toestemming pages read next to the casus.</summary>
public sealed record Toestemmingregister(IReadOnlyList<GelezenToestemming> Toestemmingen, IReadOnlyList<OrganisatieKeuze> Organisaties);

/// <summary>Reads the casus' toestemmingen and the active organisations as the loader's <c>aanvulling</c>, in the casus' own
/// statement (as <see cref="Signalen.Signaallezer"/> does); rows become domain objects through EF's mapping.</summary>
public static class Toestemminglezer
{
    private static Aggregaatlezer? _lezer;
    private static string? _sql;

    private static Aggregaatlezer Lezer(IModel model) => _lezer ??= new Aggregaatlezer(model, typeof(Toestemming));

    /// <summary>A constant json expression: [[toestemming, organisation name]…] and [[id, name]…] of active organisations
    /// plus those a toestemming names.</summary>
    public static string Aanvulling(IModel model) => _sql ??= $"""
        json_build_array(
          (select coalesce(json_agg(json_build_array({Lezer(model).Json("t")}, o."Naam")), '[]'::json)
           from "Toestemmingen" t join "Organisaties" o on o."Id" = t."OrganisatieId" where t."CasusId" = c."Id"),
          (select coalesce(json_agg(json_build_array(o."Id", o."Naam") order by o."Naam"), '[]'::json) from "Organisaties" o where o."Actief"))
        """;

    /// <summary>Newest first; the organisations by name.</summary>
    public static Toestemmingregister Lees(IModel model, string? json)
    {
        if (string.IsNullOrEmpty(json)) return new([], []);
        using var document = JsonDocument.Parse(json);
        var toestemmingen = new List<GelezenToestemming>();
        foreach (var rij in document.RootElement[0].EnumerateArray())
        {
            var (toestemming, versies) = Lezer(model).Lees<Toestemming>(rij[0].GetRawText());
            toestemmingen.Add(new(toestemming, rij[1].GetString() ?? "", versies.GetValueOrDefault(toestemming)));
        }
        var organisaties = document.RootElement[1].EnumerateArray().Select(o => new OrganisatieKeuze(o[0].GetGuid(), o[1].GetString() ?? "")).ToList();
        return new([.. toestemmingen.OrderByDescending(t => t.Toestemming.GegevenOp).ThenByDescending(t => t.Toestemming.VastgelegdOp)], organisaties);
    }
}
