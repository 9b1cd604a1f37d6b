using System.Text.RegularExpressions;
using Regie.Domain.Handreiking;

namespace Regie.Belasting;

/// <summary>Checks in the database after a load run. Each returns the failures, one Dutch line each; empty is good.</summary>
public static class Controles
{
    /// <summary>What a step save writes (the step row and one logboek row, in one transaction) is whole:
    /// the step holds the complete text of one save of this loop, with that save's status, author and time, and not of a
    /// save the app refused; the logboek has one row per written save (confirmed ones for sure, unclear ones maybe) and
    /// its newest row names the step's current status at the time the step changed.</summary>
    public static async Task<List<string>> OpslagenAsync(Cluster cluster, IReadOnlyList<Opslag> opslagen, Guid gebruikerId,
        DateTimeOffset sinds, CancellationToken ct)
    {
        var fouten = new List<string>();
        foreach (var o in opslagen.Where(o => o.Laatste > 0))
        {
            var naam = $"casus {o.Plek.CasusId} stap {o.Plek.Nummer} (lus {o.Lus})";
            var rij = (await cluster.RijenAsync("""
                SELECT "Afspraken", "Status", "GewijzigdDoor", "GewijzigdOp" FROM "CasusStappen" WHERE "CasusId" = $1 AND "Nummer" = $2
                """, ct, o.Plek.CasusId, o.Plek.Nummer)).Single();
            var afspraken = rij[0] as string;
            var status = Enum.Parse<StapStatus>((string)rij[1]);
            var op = rij[3] is DateTime d ? new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)) : (DateTimeOffset?)null;
            var logboek = await cluster.RijenAsync("""
                SELECT "Omschrijving", "Tijdstip" FROM "Logboek"
                WHERE "CasusId" = $1 AND "Entiteit" = 'Stap' AND "Actie" = 'Gewijzigd' AND "Omschrijving" LIKE $2
                  AND "GebruikerId" = $3 AND "Tijdstip" >= $4
                ORDER BY "Tijdstip" DESC, "Id" DESC
                """, ct, o.Plek.CasusId, $"Stap {o.Plek.Nummer}:%", gebruikerId, sinds.UtcDateTime);

            var m = Regex.Match(afspraken ?? "", $@"^Belasting {Regex.Escape(o.Run)} lus {o.Lus} nr (\d+) einde$");
            var geschreven = m.Success ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
            if (geschreven == 0)
            {
                if (o.AantalBevestigd > 0 || logboek.Count > 0)
                    fouten.Add($"{naam}: de afspraken zijn niet de volledige tekst van een opslag van deze run: '{Kort(afspraken)}'.");
                continue;
            }
            if (geschreven != o.Bevestigd && !o.Onzeker.Contains(geschreven))
                fouten.Add($"{naam}: bewaard is opslag nr {geschreven}, bevestigd was nr {o.Bevestigd} (onzeker: {string.Join(',', o.Onzeker)}).");
            else if (geschreven < o.Bevestigd)
                fouten.Add($"{naam}: een oudere opslag (nr {geschreven}) staat over de bevestigde nr {o.Bevestigd} heen.");
            if (status != Opslag.StatusVoor(geschreven))
                fouten.Add($"{naam}: de tekst is van opslag nr {geschreven}, maar de status ({status}) niet.");
            if (rij[2] is not string door || door.Length == 0 || op is null)
                fouten.Add($"{naam}: opslag nr {geschreven} heeft geen 'gewijzigd door' of 'gewijzigd op'.");
            if (logboek.Count < o.AantalBevestigd || logboek.Count > o.AantalBevestigd + o.Onzeker.Count)
                fouten.Add($"{naam}: {logboek.Count} logboekregels, verwacht {o.AantalBevestigd} (bevestigd) tot {o.AantalBevestigd + o.Onzeker.Count} (met onzekere).");
            if (logboek.Count > 0 && op is { } wanneer)
            {
                var (omschrijving, tijdstip) = ((string)logboek[0][0], new DateTimeOffset(DateTime.SpecifyKind((DateTime)logboek[0][1], DateTimeKind.Utc)));
                if (omschrijving != Opslag.LogboekOmschrijving(o.Plek.Nummer, status) || tijdstip < wanneer || tijdstip > wanneer.AddSeconds(10))
                    fouten.Add($"{naam}: de nieuwste logboekregel ('{omschrijving}', {tijdstip:O}) hoort niet bij de bewaarde stap ({status}, {wanneer:O}).");
            }
        }

        // Nothing orphaned or missing anywhere: every casus has its seven steps, every new logboek row a casus that exists.
        var zonderStappen = await cluster.ScalarAsync<long>($"""
            SELECT count(*) FROM (SELECT c."Id" FROM "Casussen" c LEFT JOIN "CasusStappen" s ON s."CasusId" = c."Id"
                                  GROUP BY c."Id" HAVING count(s."CasusId") <> {HandreikingSjabloon.AantalStappen}) x
            """, ct);
        if (zonderStappen > 0) fouten.Add($"{zonderStappen} casussen hebben niet precies {HandreikingSjabloon.AantalStappen} stappen.");
        var wees = await cluster.ScalarAsync<long>("""
            SELECT count(*) FROM "Logboek" l WHERE l."Tijdstip" >= $1 AND l."CasusId" IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM "Casussen" c WHERE c."Id" = l."CasusId")
            """, ct, sinds.UtcDateTime);
        if (wees > 0) fouten.Add($"{wees} nieuwe logboekregels horen bij een casus die niet bestaat.");
        return fouten;
    }

    /// <summary>Bekeken rows the user got since <paramref name="sinds"/>: one per page view that answered 200.</summary>
    public static async Task<long> BekekenAsync(Cluster cluster, Guid gebruikerId, DateTimeOffset sinds, CancellationToken ct) =>
        await cluster.ScalarAsync<long>("""
            SELECT count(*) FROM "Logboek" WHERE "GebruikerId" = $1 AND "Actie" = 'Bekeken' AND "Tijdstip" >= $2
            """, ct, gebruikerId, sinds.UtcDateTime);

    private static string Kort(string? tekst) => tekst is null ? "(leeg)" : tekst.Length > 80 ? tekst[..80] + "…" : tekst;
}
