using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;

namespace Regie.Web.Tests.Casussen;

/// <summary>A fingerprint of all of a casus' rows (every row's xmin changes with any update): equal before and after
/// means nothing of the casus was inserted, changed or deleted. The logboek is left out on purpose.</summary>
internal static class CasusStand
{
    public static async Task<string> LeesAsync(RegieDbContext db, Guid casusId)
    {
        static string Tabel(string naam) =>
            $"""(SELECT count(*) || '/' || coalesce(string_agg("Id"::text || ':' || xmin::text, ',' ORDER BY "Id"), '') FROM "{naam}" WHERE "CasusId" = @p0)""";
        var tabellen = new[] { "Betrokkenen", "CasusStappen", "Taken", "Regietoewijzingen", "Overdrachten", "Overleggen", "Handreikingversies" };
        var sql = $"""SELECT concat_ws('|', (SELECT xmin::text FROM "Casussen" WHERE "Id" = @p0), {string.Join(", ", tabellen.Select(Tabel))}) AS "Value" """;
        return await db.Database.SqlQueryRaw<string>(sql, new Npgsql.NpgsqlParameter("p0", casusId)).SingleAsync();
    }
}
