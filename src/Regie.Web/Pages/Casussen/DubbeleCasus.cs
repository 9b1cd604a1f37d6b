using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;

namespace Regie.Web.Pages.Casussen;

/// <summary>Before a casus is opened: does this family already have an active casus in the gemeente? The same gezinsnaam
/// (without case or spaces) with a jeugdige of the same date of birth, or a gezinslid or netwerk member with the same phone
/// number. Answers only an id: the page that asks shows nothing of the other casus.</summary>
public static class DubbeleCasus
{
    /// <summary>Fewer digits than this (112, an extension) say nothing about a family.</summary>
    private const int MinCijfers = 6;

    /// <summary>One indexed statement: each half reads its own index (gemeente + name; phone), nothing is loaded.</summary>
    public static async Task<Guid?> ZoekAsync(RegieDbContext db, Guid gemeenteId, string gezinsnaam, IReadOnlyCollection<DateOnly> geboortedata,
        string? telefoon, CancellationToken ct)
    {
        var gevonden = await db.Database.SqlQuery<Guid>(Opdracht(gemeenteId, gezinsnaam, geboortedata, telefoon)).ToListAsync(ct);
        return gevonden.Count == 0 ? null : gevonden[0];
    }

    /// <summary>The statement itself, also for the test that reads its plan.</summary>
    public static FormattableString Opdracht(Guid gemeenteId, string gezinsnaam, IReadOnlyCollection<DateOnly> geboortedata, string? telefoon)
    {
        var naam = NaamSleutel(gezinsnaam);
        var data = geboortedata.Distinct().ToArray();
        var tel = TelefoonSleutel(telefoon);
        return $"""
            SELECT t."Id" AS "Value" FROM (
              SELECT c."Id" FROM "Casussen" c
              WHERE c."GemeenteId" = {gemeenteId} AND c."Status" <> 'Afgesloten' AND c."GezinsnaamSleutel" = {naam}
                AND EXISTS (SELECT 1 FROM "Betrokkenen" b WHERE b."CasusId" = c."Id" AND b."Geboortedatum" = ANY({data}))
              UNION ALL
              SELECT c."Id" FROM "Betrokkenen" b JOIN "Casussen" c ON c."Id" = b."CasusId"
              WHERE b."TelefoonSleutel" = {tel} AND b."Soort" <> 'Professional'
                AND c."GemeenteId" = {gemeenteId} AND c."Status" <> 'Afgesloten'
            ) t LIMIT 1
            """;
    }

    /// <summary>As the column GezinsnaamSleutel: lower case, no whitespace.</summary>
    public static string NaamSleutel(string gezinsnaam) =>
        string.Concat(gezinsnaam.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();

    /// <summary>As the column TelefoonSleutel: digits only, 0031/+31 as 0; null when too short to mean anything.</summary>
    public static string? TelefoonSleutel(string? telefoon)
    {
        if (telefoon is null) return null;
        var cijfers = string.Concat(telefoon.Where(char.IsAsciiDigit));
        if (cijfers.StartsWith("00", StringComparison.Ordinal)) cijfers = cijfers[2..];
        if (cijfers.Length == 11 && cijfers.StartsWith("31", StringComparison.Ordinal)) cijfers = "0" + cijfers[2..];
        return cijfers.Length >= MinCijfers ? cijfers : null;
    }
}
