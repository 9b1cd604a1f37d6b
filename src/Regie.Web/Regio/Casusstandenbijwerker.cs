using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Quartz;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Logboek;

namespace Regie.Web.Regio;

/// <summary>Keeps Casusstanden: one row per casus for the current Dutch month, rewritten on every run, plus one row in its
/// closing month for each casus whose closing no row shows yet. One INSERT … SELECT, aggregated in PostgreSQL: 100,000
/// casussen never pass through memory. Running twice writes the same rows.</summary>
public sealed class Casusstandenbijwerker(RegieDbContext db, Logboekschrijver logboek, TimeProvider clock)
{
    /// <summary>Rewrites the current month's rows as of now; returns the number of rows written.</summary>
    public Task<int> BijwerkenAsync(CancellationToken ct)
    {
        var nu = clock.GetUtcNow();
        return BijwerkenAsync(Weergave.Dag(nu), nu, huidig: true, ct);
    }

    /// <summary>Writes the rows of <paramref name="dag"/>'s month as if the job last ran at the end of that day: for the
    /// data generator's past months. What the database keeps no history of (steps, evaluation date, herbeoordelen) is
    /// taken as it is now; counts of things that happened later are left out.</summary>
    public Task<int> BijwerkenAlsOpAsync(DateOnly dag, CancellationToken ct)
    {
        var einde = TimeZoneInfo.ConvertTimeToUtc(dag.AddDays(1).ToDateTime(TimeOnly.MinValue), Weergave.NederlandseTijd);
        return BijwerkenAsync(dag, new DateTimeOffset(einde, TimeSpan.Zero), huidig: false, ct);
    }

    private async Task<int> BijwerkenAsync(DateOnly peildag, DateTimeOffset peilmoment, bool huidig, CancellationToken ct)
    {
        var maand = new DateOnly(peildag.Year, peildag.Month, 1);
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(5));
        await using var transactie = await db.Database.BeginTransactionAsync(ct);
        // The planner cannot see that every aggregate has one row per casus, guesses millions of rows and compiles the query
        // with JIT: 3 s of compiling for 150 ms of work on 2,000 casussen.
        await db.Database.ExecuteSqlRawAsync("SET LOCAL jit = off", ct);
        var rijen = await db.Database.ExecuteSqlRawAsync(Sql,
            [
                new NpgsqlParameter("maand", NpgsqlDbType.Date) { Value = maand },
                new NpgsqlParameter("peildag", NpgsqlDbType.Date) { Value = peildag },
                new NpgsqlParameter("peilmoment", NpgsqlDbType.TimestampTz) { Value = peilmoment.ToUniversalTime() },
                new NpgsqlParameter("huidig", NpgsqlDbType.Boolean) { Value = huidig },
            ], ct);
        // The months this run wrote: its own, and the closing months of casussen closed earlier that got their final row now.
        var maanden = await db.Database.SqlQueryRaw<DateOnly>(
                """SELECT DISTINCT "Maand" AS "Value" FROM "Casusstanden" WHERE "Status" = 'Afgesloten' AND "BijgewerktOp" = @peilmoment""",
                new NpgsqlParameter("peilmoment", NpgsqlDbType.TimestampTz) { Value = peilmoment.ToUniversalTime() })
            .ToListAsync(ct);
        await TotalenBijwerkenAsync([maand, .. maanden], ct);
        logboek.Schrijf(null, nameof(Casusstand), LogboekActie.Gewijzigd,
            $"Casusstanden bijgewerkt voor {maand:yyyy-MM}: {rijen} rijen geschreven");
        await db.SaveChangesAsync(ct);
        await transactie.CommitAsync(ct);
        return rijen;
    }

    /// <summary>Adds up the Casusstanden of these months again into <see cref="Maandtotaal"/> rows (for a test that writes
    /// Casusstanden itself).</summary>
    public async Task TotalenBijwerkenAsync(IReadOnlyCollection<DateOnly> maanden, CancellationToken ct)
    {
        await using var eigen = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        // One writer at a time: two runs that each delete a month and add it up again would otherwise both add their rows.
        await db.Database.ExecuteSqlRawAsync("""LOCK TABLE "Maandtotalen" IN EXCLUSIVE MODE""", ct);
        await db.Database.ExecuteSqlRawAsync(TotalenSql,
            [new NpgsqlParameter("maanden", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = maanden.Distinct().ToArray() }], ct);
        if (eigen is not null) await eigen.CommitAsync(ct);
    }

    private static readonly string[] Stapkolommen =
    [
        "AfgesprokenBetrokkenen", "AfgesprokenHulpvraag", "AfgesprokenWieDoetWat", "AfgesprokenRegie", "AfgesprokenCommunicatie",
        "AfgesprokenEvaluatie", "AfgesprokenVerandering",
    ];

    private static readonly string TotalenSql = $$"""
        WITH weg AS (DELETE FROM "Maandtotalen" WHERE "Maand" = ANY(@maanden))
        INSERT INTO "Maandtotalen" ("Maand", "GemeenteId", "Indicaties", "Maatregel", "Actief", {{string.Join(", ", Stapkolommen.Select(k => $"\"{k}\""))}},
            "Procesregie", "EvaluatieTeLaat", "Herbeoordelen", "BijgewerktOp")
        SELECT s."Maand", s."GemeenteId", s."Indicaties", s."Maatregel", count(*) FILTER (WHERE s."Status" = 'Actief')::int,
            {{string.Join(", ", Stapkolommen.Select(k => $"count(*) FILTER (WHERE s.\"Status\" = 'Actief' AND s.\"{k}\")::int"))}},
            ARRAY[{{string.Join(", ", Enum.GetNames<Regieplek>().Select(p => $"count(*) FILTER (WHERE s.\"Status\" = 'Actief' AND s.\"Procesregie\" = '{p}')::int"))}}],
            count(*) FILTER (WHERE s."Status" = 'Actief' AND s."Evaluatie" = 'TeLaat')::int,
            count(*) FILTER (WHERE s."Status" = 'Actief' AND s."Herbeoordelen")::int,
            max(s."BijgewerktOp")
        FROM "Casusstanden" s WHERE s."Maand" = ANY(@maanden)
        GROUP BY s."Maand", s."GemeenteId", s."Indicaties", s."Maatregel"
        """;

    private static readonly string[] Kolommen =
    [
        "Maand", "CasusId", "GemeenteId", "Indicaties", "Maatregel", "Status", "Geopend", "Gesloten", "Leeftijden",
        "Gezinsleden", "Netwerk", "ProfessionalsGemeente", "ProfessionalsGi", "ProfessionalsZorgaanbieder", "ProfessionalsOnderwijs", "ProfessionalsOverig",
        "AfgesprokenBetrokkenen", "AfgesprokenHulpvraag", "AfgesprokenWieDoetWat", "AfgesprokenRegie", "AfgesprokenCommunicatie",
        "AfgesprokenEvaluatie", "AfgesprokenVerandering", "Procesregie",
        "InhoudelijkGemeente", "InhoudelijkGi", "InhoudelijkZorgaanbieder", "InhoudelijkOnderwijs", "InhoudelijkOverig",
        "Versies", "DagenTotEersteVaststelling", "EersteVaststelling", "Overdrachten", "OverdrachtenGeaccepteerd", "OverdrachtenGeweigerd",
        "DagenZonderRegievoerder", "Evaluatie", "Herbeoordelen", "Signalen", "Opschalingen", "Geescaleerd", "BijgewerktOp",
    ];

    // No braces in this SQL: ExecuteSqlRaw reads them as format placeholders.
    // Per casus c: peildag, the day it is described on (today, the day given, or its Afsluitdatum); [begin, grens) the moments
    // that count as that day. Now: begin = grens = infinity (active means not ended; everything so far happened). A past day:
    // both its end. A closed casus: its closing day, Dutch time, so whoever was still there on that day counts.
    private static readonly string Sql = $$"""
        WITH c AS MATERIALIZED (
            SELECT x.*,
                CASE WHEN x.gesloten THEN x."Afsluitdatum" ELSE @peildag END AS peildag,
                CASE WHEN x.gesloten THEN x."Afsluitdatum"::timestamp AT TIME ZONE 'Europe/Amsterdam'
                     WHEN @huidig THEN 'infinity'::timestamptz ELSE @peilmoment END AS begin,
                CASE WHEN x.gesloten THEN (x."Afsluitdatum" + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'
                     WHEN @huidig THEN 'infinity'::timestamptz ELSE @peilmoment END AS grens
            FROM (
                -- Not closed before this month: this month's row.
                SELECT k."Id", k."GemeenteId", k."Indicaties", k."Maatregel", k."Status", k."Startdatum", k."Afsluitdatum",
                       k."VolgendeEvaluatie", k."Herbeoordelen", @maand AS maand,
                       (k."Afsluitdatum" IS NOT NULL AND k."Afsluitdatum" <= @peildag) AS gesloten
                FROM "Casussen" k
                -- An anonymised casus keeps the rows written before it was cut: its dates and texts are no longer what they were.
                WHERE k."Startdatum" <= @peildag AND (k."Afsluitdatum" IS NULL OR k."Afsluitdatum" >= @maand) AND k."GeanonimiseerdOp" IS NULL
                UNION ALL
                -- Closed earlier, and no row says so yet (closed before the table existed, or after its month's last run):
                -- its final state, in the month it closed.
                SELECT k."Id", k."GemeenteId", k."Indicaties", k."Maatregel", k."Status", k."Startdatum", k."Afsluitdatum",
                       k."VolgendeEvaluatie", k."Herbeoordelen", date_trunc('month', k."Afsluitdatum")::date, true
                FROM "Casussen" k
                WHERE k."Afsluitdatum" < @maand AND k."GeanonimiseerdOp" IS NULL
                  AND NOT EXISTS (SELECT 1 FROM "Casusstanden" s WHERE s."CasusId" = k."Id" AND s."Status" = 'Afgesloten')
            ) x
        ),
        bt AS (
            SELECT b."CasusId",
                count(*) FILTER (WHERE b."Soort" = 'Gezinslid') AS gezin,
                count(*) FILTER (WHERE b."Soort" = 'Netwerk') AS netwerk,
                count(*) FILTER (WHERE b."Soort" = 'Professional' AND b."OrganisatieType" = 'Gemeente') AS p_gemeente,
                count(*) FILTER (WHERE b."Soort" = 'Professional' AND b."OrganisatieType" = 'GecertificeerdeInstelling') AS p_gi,
                count(*) FILTER (WHERE b."Soort" = 'Professional' AND b."OrganisatieType" = 'Zorgaanbieder') AS p_zorg,
                count(*) FILTER (WHERE b."Soort" = 'Professional' AND b."OrganisatieType" = 'Onderwijs') AS p_onderwijs,
                count(*) FILTER (WHERE b."Soort" = 'Professional' AND (b."OrganisatieType" = 'Overig' OR b."OrganisatieType" IS NULL)) AS p_overig,
                array_agg(DISTINCT CASE WHEN l.jaren < 4 THEN 1 WHEN l.jaren < 12 THEN 2 WHEN l.jaren < 16 THEN 3 WHEN l.jaren < 18 THEN 4 ELSE 5 END)
                    FILTER (WHERE l.jaren IS NOT NULL) AS banden
            FROM "Betrokkenen" b
            JOIN c ON c."Id" = b."CasusId"
            -- Whole years as Betrokkene.LeeftijdOp counts them (a 29 February birthday falls on 28 February).
            CROSS JOIN LATERAL (SELECT CASE WHEN b."Soort" = 'Gezinslid' AND NOT b."IsOuder" AND b."Geboortedatum" <= c.peildag
                THEN y.j - CASE WHEN b."Geboortedatum" + make_interval(years => y.j) > c.peildag THEN 1 ELSE 0 END END AS jaren
                FROM (SELECT (extract(year FROM c.peildag) - extract(year FROM b."Geboortedatum"))::int AS j) y) l
            WHERE CASE WHEN c.gesloten THEN b."BetrokkenVan" <= c.peildag AND (b."BetrokkenTot" IS NULL OR b."BetrokkenTot" >= c.peildag)
                       WHEN @huidig THEN b."BetrokkenTot" IS NULL
                       ELSE b."BetrokkenVan" <= c.peildag AND (b."BetrokkenTot" IS NULL OR b."BetrokkenTot" > c.peildag) END
            GROUP BY b."CasusId"
        ),
        st AS (
            SELECT s."CasusId",
                bool_or(s."Soort" = 'Betrokkenen') AS betrokkenen, bool_or(s."Soort" = 'Hulpvraag') AS hulpvraag,
                bool_or(s."Soort" = 'WieDoetWat') AS wiedoetwat, bool_or(s."Soort" = 'Regie') AS regie,
                bool_or(s."Soort" = 'Communicatie') AS communicatie, bool_or(s."Soort" = 'Evaluatie') AS evaluatie,
                bool_or(s."Soort" = 'Verandering') AS verandering
            FROM "CasusStappen" s JOIN c ON c."Id" = s."CasusId"
            WHERE s."Status" = 'Afgesproken'
            GROUP BY s."CasusId"
        ),
        rt AS (
            SELECT r."CasusId", r."Soort", r."Van", b."Soort" AS betrokkene, b."OrganisatieType"
            FROM "Regietoewijzingen" r
            JOIN c ON c."Id" = r."CasusId"
            JOIN "Betrokkenen" b ON b."Id" = r."BetrokkeneId"
            WHERE r."Van" < c.grens AND (r."Tot" IS NULL OR r."Tot" > c.begin)
        ),
        pr AS (
            -- On a closing day with an overdracht both were active: the later one is where regie went.
            SELECT DISTINCT ON (rt."CasusId") rt."CasusId",
                CASE rt.betrokkene WHEN 'Gezinslid' THEN 'Gezin' WHEN 'Netwerk' THEN 'Netwerk' ELSE coalesce(rt."OrganisatieType", 'Overig') END AS plek
            FROM rt WHERE rt."Soort" = 'Procesregie'
            ORDER BY rt."CasusId", rt."Van" DESC
        ),
        ir AS (
            SELECT rt."CasusId",
                count(*) FILTER (WHERE rt."OrganisatieType" = 'Gemeente') AS gemeente,
                count(*) FILTER (WHERE rt."OrganisatieType" = 'GecertificeerdeInstelling') AS gi,
                count(*) FILTER (WHERE rt."OrganisatieType" = 'Zorgaanbieder') AS zorg,
                count(*) FILTER (WHERE rt."OrganisatieType" = 'Onderwijs') AS onderwijs,
                count(*) FILTER (WHERE rt."OrganisatieType" = 'Overig' OR rt."OrganisatieType" IS NULL) AS overig
            FROM rt WHERE rt."Soort" = 'InhoudelijkeRegie'
            GROUP BY rt."CasusId"
        ),
        gedekt AS (
            -- The Dutch days each procesregievoerder covered, [Van, Tot), merged into one multirange per casus.
            SELECT r."CasusId", range_agg(daterange((r."Van" AT TIME ZONE 'Europe/Amsterdam')::date,
                                                    (r."Tot" AT TIME ZONE 'Europe/Amsterdam')::date)) AS dagen
            FROM "Regietoewijzingen" r JOIN c ON c."Id" = r."CasusId"
            WHERE r."Soort" = 'Procesregie'
            GROUP BY r."CasusId"
        ),
        vs AS (
            SELECT v."CasusId", count(*) AS versies, min(v."VastgesteldOp") AS eerste
            FROM "Handreikingversies" v JOIN c ON c."Id" = v."CasusId"
            WHERE v."VastgesteldOp" < c.grens
            GROUP BY v."CasusId"
        ),
        od AS (
            SELECT o."CasusId", count(*) AS totaal,
                count(*) FILTER (WHERE o."Status" = 'Geaccepteerd' AND o."BeslistOp" < c.grens) AS geaccepteerd,
                count(*) FILTER (WHERE o."Status" = 'Afgewezen' AND o."BeslistOp" < c.grens) AS afgewezen
            FROM "Overdrachten" o JOIN c ON c."Id" = o."CasusId"
            WHERE o."VoorgesteldOp" < c.grens
            GROUP BY o."CasusId"
        ),
        sg AS (
            SELECT s."CasusId",
                count(*) FILTER (WHERE s."Bron" = 'Ouder') AS signalen,
                count(*) FILTER (WHERE s."Bron" = 'Professional') AS opschalingen,
                count(*) FILTER (WHERE s."AantalEscalaties" > 0 AND s."GeescaleerdOp" < c.grens) AS geescaleerd
            FROM "Signalen" s JOIN c ON c."Id" = s."CasusId"
            WHERE s."IngediendOp" < c.grens
            GROUP BY s."CasusId"
        )
        INSERT INTO "Casusstanden" ({{string.Join(", ", Kolommen.Select(k => $"\"{k}\""))}})
        SELECT c.maand, c."Id", c."GemeenteId", c."Indicaties", c."Maatregel",
            CASE WHEN c.gesloten THEN 'Afgesloten'
                 WHEN c."Status" = 'Concept' OR (NOT @huidig AND vs."CasusId" IS NULL) THEN 'Concept'
                 ELSE 'Actief' END,
            date_trunc('month', c."Startdatum")::date,
            CASE WHEN c.gesloten THEN date_trunc('month', c."Afsluitdatum")::date END,
            ARRAY(SELECT (ARRAY['0-3', '4-11', '12-15', '16-17', '18+'])[n] FROM unnest(coalesce(bt.banden, ARRAY[]::int[])) n ORDER BY n),
            coalesce(bt.gezin, 0), coalesce(bt.netwerk, 0), coalesce(bt.p_gemeente, 0), coalesce(bt.p_gi, 0),
            coalesce(bt.p_zorg, 0), coalesce(bt.p_onderwijs, 0), coalesce(bt.p_overig, 0),
            coalesce(st.betrokkenen, false), coalesce(st.hulpvraag, false), coalesce(st.wiedoetwat, false), coalesce(st.regie, false),
            coalesce(st.communicatie, false), coalesce(st.evaluatie, false), coalesce(st.verandering, false),
            coalesce(pr.plek, 'Geen'),
            coalesce(ir.gemeente, 0), coalesce(ir.gi, 0), coalesce(ir.zorg, 0), coalesce(ir.onderwijs, 0), coalesce(ir.overig, 0),
            coalesce(vs.versies, 0),
            (vs.eerste AT TIME ZONE 'Europe/Amsterdam')::date - c."Startdatum",
            date_trunc('month', vs.eerste AT TIME ZONE 'Europe/Amsterdam')::date,
            coalesce(od.totaal, 0), coalesce(od.geaccepteerd, 0), coalesce(od.afgewezen, 0),
            -- Days in [Startdatum, peildag) that no procesregievoerder covered.
            coalesce((SELECT sum(upper(g) - lower(g))
                      FROM unnest(datemultirange(daterange(c."Startdatum", greatest(c."Startdatum", c.peildag)))
                                  - coalesce(gedekt.dagen, datemultirange())) g), 0),
            CASE WHEN c.gesloten THEN 'NietVanToepassing'
                 WHEN c."VolgendeEvaluatie" IS NULL THEN 'GeenDatum'
                 WHEN c."VolgendeEvaluatie" < c.peildag THEN 'TeLaat'
                 ELSE 'OpTijd' END,
            c."Herbeoordelen",
            coalesce(sg.signalen, 0), coalesce(sg.opschalingen, 0), coalesce(sg.geescaleerd, 0),
            @peilmoment
        FROM c
        LEFT JOIN bt ON bt."CasusId" = c."Id"
        LEFT JOIN st ON st."CasusId" = c."Id"
        LEFT JOIN pr ON pr."CasusId" = c."Id"
        LEFT JOIN ir ON ir."CasusId" = c."Id"
        LEFT JOIN gedekt ON gedekt."CasusId" = c."Id"
        LEFT JOIN vs ON vs."CasusId" = c."Id"
        LEFT JOIN od ON od."CasusId" = c."Id"
        LEFT JOIN sg ON sg."CasusId" = c."Id"
        ON CONFLICT ("Maand", "CasusId") DO UPDATE SET
            {{string.Join(", ", Kolommen.Skip(2).Select(k => $"\"{k}\" = EXCLUDED.\"{k}\""))}}
        """;
}

/// <summary>Every 15 minutes, so the dashboard's live figures are at most a quarter of an hour old.</summary>
[DisallowConcurrentExecution]
public sealed class CasusstandenBijwerkenJob(Casusstandenbijwerker werk) : IJob
{
    public const string Naam = "casusstanden-bijwerken";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await werk.BijwerkenAsync(cancellationToken);
}
