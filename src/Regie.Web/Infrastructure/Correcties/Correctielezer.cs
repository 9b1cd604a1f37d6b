using System.Text.Json;
using Microsoft.EntityFrameworkCore.Metadata;
using Regie.Domain.Correcties;
using Regie.Web.Data;

namespace Regie.Web.Infrastructure.Correcties;

/// <summary>A correction request as a page read it: who asked (the ouder's name) and the row version for the answer form (xmin).</summary>
public sealed record GelezenCorrectieverzoek(Correctieverzoek Verzoek, string Ouder, uint Versie);

/// <summary>Reads the casus' correction requests as the loader's <c>aanvulling</c>, in the casus' own statement (as
/// <see cref="Toestemmingen.Toestemminglezer"/> does).</summary>
public static class Correctielezer
{
    private static Aggregaatlezer? _lezer;
    private static string? _sql;

    private static Aggregaatlezer Lezer(IModel model) => _lezer ??= new Aggregaatlezer(model, typeof(Correctieverzoek));

    /// <summary>A constant json expression: [[verzoek, name of the ouder who asked]…].</summary>
    public static string Aanvulling(IModel model) => _sql ??= $"""
        (select coalesce(json_agg(json_build_array({Lezer(model).Json("v")}, b."Naam")), '[]'::json)
         from "Correctieverzoeken" v join "Betrokkenen" b on b."Id" = v."IngediendDoorId" where v."CasusId" = c."Id")
        """;

    /// <summary>Open ones first (the nearest term first), then the answered ones, newest first.</summary>
    public static IReadOnlyList<GelezenCorrectieverzoek> Lees(IModel model, string? json)
    {
        if (string.IsNullOrEmpty(json)) return [];
        using var document = JsonDocument.Parse(json);
        var verzoeken = new List<GelezenCorrectieverzoek>();
        foreach (var rij in document.RootElement.EnumerateArray())
        {
            var (verzoek, versies) = Lezer(model).Lees<Correctieverzoek>(rij[0].GetRawText());
            verzoeken.Add(new(verzoek, rij[1].GetString() ?? "", versies.GetValueOrDefault(verzoek)));
        }
        return [.. verzoeken.OrderBy(v => v.Verzoek.IsBeantwoord).ThenBy(v => v.Verzoek.IsBeantwoord ? DateOnly.MinValue : v.Verzoek.Termijn)
            .ThenByDescending(v => v.Verzoek.IngediendOp)];
    }

    public static string Onderwerp(CorrectieOnderwerp onderwerp) => onderwerp switch
    {
        CorrectieOnderwerp.Gezinsgegevens => "Gegevens van ons gezin",
        CorrectieOnderwerp.Afspraak => "Een afspraak",
        CorrectieOnderwerp.Taak => "Een taak",
        _ => "Iets anders",
    };
}
