using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using Regie.Domain.Casussen;
using Regie.Domain.Regievoering;
using Regie.Domain.Signalen;
using Regie.Domain.Vragenlijsten;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Configuratie;

namespace Regie.Web.Regio;

/// <summary>The region's raw counts for one filter, before suppression: every figure of the dashboard, for the period and
/// per month. Only counts, medians and averages; no casus, name or date finer than a month.</summary>
public sealed class Regiotelling
{
    public required Regiofilter Filter { get; init; }

    /// <summary>The codes the counts per indicatie are in, then <see cref="Regiofilter.OverigeIndicatie"/>.</summary>
    public required IReadOnlyList<string> Indicaties { get; init; }

    /// <summary>First days of the months of the period, in order; every per-month array follows them.</summary>
    public required IReadOnlyList<DateOnly> Maanden { get; init; }

    // Casussen, from each casus' latest row.
    public required int[] GeopendPerMaand { get; init; }
    public required int[] GeslotenPerMaand { get; init; }

    /// <summary>Open during (part of) the month: opened in or before it and not closed before it.</summary>
    public required int[] ActiefPerMaand { get; init; }
    public int ActiefInPeriode { get; set; }

    /// <summary>[maatregel, 0 geopend / 1 actief / 2 gesloten], in the order of <see cref="Maatregel"/>.</summary>
    public required int[,] PerMaatregel { get; init; }

    /// <summary>[indicatie (codes, then overig), 0 geopend / 1 actief / 2 gesloten]. A casus with two codes counts twice.</summary>
    public required int[,] PerIndicatie { get; init; }

    // Betrokkenen: casussen active in the latest month of the period that has rows.
    public DateOnly? LaatsteMaand { get; set; }
    public int ActiefInLaatsteMaand { get; set; }
    public decimal? MediaanBetrokkenen { get; set; }

    /// <summary>Casussen with 0–3, 4–6, 7–9 and 10 or more active betrokkenen.</summary>
    public int[] Betrokkenenverdeling { get; } = new int[4];

    /// <summary>Average number per casus: gezin, netwerk, professionals of a gemeente, GI, zorgaanbieder, onderwijs, overig.</summary>
    public decimal[] BetrokkenenPerSoort { get; } = new decimal[7];

    /// <summary>Casussen with at least one active inhoudelijke regie per organisation type (gemeente, GI, zorgaanbieder,
    /// onderwijs, overig).</summary>
    public int[] InhoudelijkPerType { get; } = new int[5];
    public decimal? MediaanDagenZonderRegievoerder { get; set; }
    public long DagenZonderRegievoerder { get; set; }

    // Live figures, from the Casusstanden rows of each month (active casussen).
    public required int[] ActieveRijenPerMaand { get; init; }

    /// <summary>[month, step kind 0..6]: active casussen with that step afgesproken.</summary>
    public required int[,] AfgesprokenPerMaand { get; init; }

    /// <summary>[month, <see cref="Regieplek"/>].</summary>
    public required int[,] ProcesregiePerMaand { get; init; }
    public required int[] EvaluatieTeLaatPerMaand { get; init; }
    public required int[] HerbeoordelenPerMaand { get; init; }

    // First vaststelling of casussen first vastgesteld in the period.
    public required int[] EersteVaststellingPerMaand { get; init; }
    public decimal? MediaanDagenTotVaststelling { get; set; }
    public int VastgesteldMetDuur { get; set; }

    // Overdrachten proposed in the period.
    public required int[] OverdrachtenPerMaand { get; init; }
    public required int[] GeaccepteerdPerMaand { get; init; }
    public required int[] AfgewezenPerMaand { get; init; }
    public decimal? MediaanDagenTotAcceptatie { get; set; }
    public int GeaccepteerdMetDuur { get; set; }

    /// <summary>[bron (ouder, professional), month].</summary>
    public required int[,] SignalenPerMaand { get; init; }
    public required int[,] GeescaleerdPerMaand { get; init; }
    public decimal?[] MediaanWerkdagen { get; } = new decimal?[2];
    public int[] Beantwoord { get; } = new int[2];

    /// <summary>[doelgroep, thema]: average score 1–5 of the invullingen with a score on that theme, and their number.</summary>
    public decimal?[,] Score { get; } = new decimal?[2, 3];
    public int[,] Antwoorden { get; } = new int[2, 3];

    /// <summary>[doelgroep, thema, month].</summary>
    public required decimal?[,,] ScorePerMaand { get; init; }
    public required int[,,] AntwoordenPerMaand { get; init; }

    public DateTimeOffset? BijgewerktOp { get; set; }
}

/// <summary>Reads <see cref="Regiotelling"/> in a few SQL statements, aggregated in the database: nothing is loaded row by
/// row. One pass counts the filter and each wider filter (one choice left out, for the suppression) together: every row
/// carries a bit per choice it meets, the counts are grouped by those bits, and each telling adds up the groups it covers.</summary>
public sealed class Regiocijfers(RegieDbContext db, IOptions<IndicatieOpties> indicatieOpties)
{
    public const int Stapsoorten = 7;

    /// <summary>The counts for <paramref name="filter"/> and for each of <see cref="Breder"/>'s filters, in that order.</summary>
    public async Task<(Regiotelling Telling, IReadOnlyList<Regiotelling> Breder)> TelAsync(Regiofilter filter, CancellationToken ct)
    {
        var codes = indicatieOpties.Value.Indicaties.Select(i => i.Code.Trim()).ToArray();
        var keuzes = Keuzes(filter);
        var breder = Breder(filter).ToList();
        var tellingen = new Telling[breder.Count + 1];
        var volledig = (1 << keuzes.Count) - 1;
        tellingen[0] = new Telling(Nieuw(filter, codes), volledig);
        for (var j = 0; j < breder.Count; j++) tellingen[j + 1] = new Telling(Nieuw(breder[j], codes), volledig & ~(1 << j));
        var lezing = new Lezing(tellingen, volledig, codes);

        var verbinding = (NpgsqlConnection)db.Database.GetDbConnection();
        var open = verbinding.State == System.Data.ConnectionState.Open;
        if (!open) await verbinding.OpenAsync(ct);
        try
        {
            await using var transactie = await verbinding.BeginTransactionAsync(ct);
            // A guess of millions of rows would make PostgreSQL compile the statements (JIT): seconds for milliseconds of work.
            // The medians sort 100,000 rows: in memory, not on disk (the default is 4 MB).
            await using (var instellen = new NpgsqlCommand("SET LOCAL jit = off; SET LOCAL work_mem = '64MB'", verbinding, transactie))
                await instellen.ExecuteNonQueryAsync(ct);
            await using var opdracht = new NpgsqlCommand(Sql(keuzes), verbinding, transactie);
            Parameters(opdracht, filter, codes);
            await using (var lezer = await opdracht.ExecuteReaderAsync(ct))
            {
                await lezing.CasussenAsync(lezer, ct);
                await lezer.NextResultAsync(ct);
                await lezing.LevendAsync(lezer, ct);
                await lezer.NextResultAsync(ct);
                await lezing.LaatsteMaandAsync(lezer, ct);
                await lezer.NextResultAsync(ct);
                await lezing.OverdrachtenAsync(lezer, ct);
                await lezer.NextResultAsync(ct);
                await lezing.SignalenAsync(lezer, ct);
                await lezer.NextResultAsync(ct);
                await lezing.VragenlijstenAsync(lezer, ct);
            }
            await transactie.CommitAsync(ct);
        }
        finally
        {
            if (!open) await verbinding.CloseAsync();
        }
        return (tellingen[0].T, [.. tellingen.Skip(1).Select(x => x.T)]);
    }

    /// <summary>The filter with one of its choices left out, for each choice made. The period stays: a wider period is a
    /// different table (docs/regio-onderdrukking.md, what remains).</summary>
    public static IEnumerable<Regiofilter> Breder(Regiofilter filter)
    {
        if (filter.GemeenteId is not null) yield return filter with { GemeenteId = null };
        if (filter.Indicatie is not null) yield return filter with { Indicatie = null };
        if (filter.Maatregel is not null) yield return filter with { Maatregel = null };
    }

    public static List<DateOnly> Maanden(DateOnly van, DateOnly tot)
    {
        var maanden = new List<DateOnly>();
        for (var m = van; m < tot; m = m.AddMonths(1)) maanden.Add(m);
        return maanden;
    }

    private static Regiotelling Nieuw(Regiofilter filter, string[] codes)
    {
        var maanden = Maanden(filter.Tijdvak.Van, filter.Tijdvak.Tot);
        int n = maanden.Count, sleutels = codes.Length + 1;
        return new Regiotelling
        {
            Filter = filter,
            Indicaties = [.. codes, Regiofilter.OverigeIndicatie],
            Maanden = maanden,
            GeopendPerMaand = new int[n], GeslotenPerMaand = new int[n], ActiefPerMaand = new int[n],
            PerMaatregel = new int[3, 3], PerIndicatie = new int[sleutels, 3],
            ActieveRijenPerMaand = new int[n], AfgesprokenPerMaand = new int[n, Stapsoorten], ProcesregiePerMaand = new int[n, 8],
            EvaluatieTeLaatPerMaand = new int[n], HerbeoordelenPerMaand = new int[n], EersteVaststellingPerMaand = new int[n],
            OverdrachtenPerMaand = new int[n], GeaccepteerdPerMaand = new int[n], AfgewezenPerMaand = new int[n],
            SignalenPerMaand = new int[2, n], GeescaleerdPerMaand = new int[2, n],
            ScorePerMaand = new decimal?[2, 3, n], AntwoordenPerMaand = new int[2, 3, n],
        };
    }

    /// <summary>The choices made, in the order of <see cref="Breder"/>: each a condition on a row that has GemeenteId,
    /// Indicaties and Maatregel (Casusstanden, Maandtotalen, Casussen, VragenlijstInvullingen). Only the parameters' names
    /// are in the text, never a value.</summary>
    private static List<Func<string, string>> Keuzes(Regiofilter filter)
    {
        var keuzes = new List<Func<string, string>>();
        if (filter.GemeenteId is not null) keuzes.Add(a => $"{a}.\"GemeenteId\" = @gemeente");
        if (filter.Indicatie == Regiofilter.OverigeIndicatie) keuzes.Add(a => $"NOT ({a}.\"Indicaties\" && @codes)");
        else if (filter.Indicatie is not null) keuzes.Add(a => $"@indicatie = ANY({a}.\"Indicaties\")");
        if (filter.Maatregel is not null) keuzes.Add(a => $"{a}.\"Maatregel\" = @maatregel");
        return keuzes;
    }

    private static void Parameters(NpgsqlCommand opdracht, Regiofilter filter, string[] codes)
    {
        opdracht.Parameters.Add(new NpgsqlParameter("van", NpgsqlDbType.Date) { Value = filter.Tijdvak.Van });
        opdracht.Parameters.Add(new NpgsqlParameter("tot", NpgsqlDbType.Date) { Value = filter.Tijdvak.Tot });
        opdracht.Parameters.Add(new NpgsqlParameter("voor", NpgsqlDbType.Date) { Value = filter.Tijdvak.Van.AddMonths(-1) });
        opdracht.Parameters.Add(new NpgsqlParameter("codes", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = codes });
        if (filter.GemeenteId is { } gemeente) opdracht.Parameters.Add(new NpgsqlParameter("gemeente", NpgsqlDbType.Uuid) { Value = gemeente });
        if (filter.Indicatie is { } indicatie) opdracht.Parameters.Add(new NpgsqlParameter("indicatie", NpgsqlDbType.Text) { Value = indicatie });
        if (filter.Maatregel is { } maatregel) opdracht.Parameters.Add(new NpgsqlParameter("maatregel", NpgsqlDbType.Text) { Value = maatregel.ToString() });
    }

    /// <summary>Six statements in one round trip. Months of events (an overdracht, a signaal) are Dutch calendar months.</summary>
    private static string Sql(List<Func<string, string>> keuzes)
    {
        const string vanTijd = "(@van::timestamp AT TIME ZONE 'Europe/Amsterdam')";
        const string totTijd = "(@tot::timestamp AT TIME ZONE 'Europe/Amsterdam')";
        const string actief = $"s.\"Status\" = '{nameof(CasusStatus.Actief)}'";
        const string afgesloten = $"'{nameof(CasusStatus.Afgesloten)}'";
        var volledig = (1 << keuzes.Count) - 1;
        // Which choices a row meets, one bit each; and the rows any telling needs: those that miss at most one choice.
        string Bits(string a, List<Func<string, string>>? lijst = null) =>
            (lijst ?? keuzes) is { Count: > 0 } l ? string.Join(" + ", l.Select((k, j) => $"(CASE WHEN {k(a)} THEN {1 << j} ELSE 0 END)")) : "0";
        string Nodig(string a, List<Func<string, string>>? lijst = null) =>
            (lijst ?? keuzes) is { Count: > 1 } l ? $"({string.Join(" + ", l.Select(k => $"(CASE WHEN {k(a)} THEN 1 ELSE 0 END)"))}) >= {l.Count - 1}" : "TRUE";
        // A professional's invulling is about no casus: it meets no choice (its empty indicaties are no "andere indicatie").
        List<Func<string, string>> ouders = [.. keuzes.Select(k => (Func<string, string>)(a => $"({k(a)}) AND {a}.\"Doelgroep\" = '{nameof(Doelgroep.Ouders)}'"))];
        string Alles(string a) => keuzes.Count == 0 ? "TRUE" : string.Join(" AND ", keuzes.Select(k => k(a)));
        string Maand(string kolom) => $"date_trunc('month', {kolom} AT TIME ZONE 'Europe/Amsterdam')::date";
        var totaal = "s.\"Gezinsleden\" + s.\"Netwerk\" + s.\"ProfessionalsGemeente\" + s.\"ProfessionalsGi\" + s.\"ProfessionalsZorgaanbieder\""
            + " + s.\"ProfessionalsOnderwijs\" + s.\"ProfessionalsOverig\"";
        string[] stappen = ["Betrokkenen", "Hulpvraag", "WieDoetWat", "Regie", "Communicatie", "Evaluatie", "Verandering"];
        var afgesproken = string.Join(", ", stappen.Select(k => $"sum(t.\"Afgesproken{k}\")::int"));
        var regieplek = string.Join(", ", Enumerable.Range(1, 8).Select(p => $"sum(t.\"Procesregie\"[{p}])::int"));
        const string laatsteMaand = """SELECT max("Maand") AS maand FROM "Casusstanden" WHERE "Maand" >= @van AND "Maand" < @tot""";

        return $"""
            -- 1. Casussen by their latest row in the period: how many opened/closed in which month, per maatregel and indicatie.
            --    That row is the casus' row in the period's last month, or the final row of a casus closed in the period.
            --    An opening before the period counts the same as the month before it, which keeps the groups few; the rows per
            --    maatregel and per indicatie are added up from these groups here.
            WITH m AS ({laatsteMaand}),
            f AS MATERIALIZED (
                SELECT {Bits("s")} AS f, s."Indicaties", s."Maatregel", greatest(s."Geopend", @voor) AS "Geopend", s."Gesloten",
                       s."EersteVaststelling", s."DagenTotEersteVaststelling"
                FROM "Casusstanden" s JOIN m ON s."Maand" = m.maand WHERE s."Status" <> {afgesloten} AND {Nodig("s")}
                UNION ALL
                SELECT {Bits("s")}, s."Indicaties", s."Maatregel", greatest(s."Geopend", @voor), s."Gesloten",
                       s."EersteVaststelling", s."DagenTotEersteVaststelling"
                FROM "Casusstanden" s WHERE s."Status" = {afgesloten} AND s."Maand" >= @van AND s."Maand" < @tot AND {Nodig("s")})
            SELECT 'g', f.f, f."Maatregel", f."Indicaties", f."Geopend", f."Gesloten",
                   CASE WHEN f."EersteVaststelling" >= @van AND f."EersteVaststelling" < @tot THEN f."EersteVaststelling" END, count(*)::int, NULL::numeric
            FROM f GROUP BY 2, 3, 4, 5, 6, 7
            UNION ALL
            SELECT 'vm', {volledig}, NULL, NULL, NULL, NULL, NULL, count(*)::int, percentile_cont(0.5) WITHIN GROUP (ORDER BY f."DagenTotEersteVaststelling")::numeric
                FROM f WHERE f.f = {volledig} AND f."EersteVaststelling" >= @van AND f."EersteVaststelling" < @tot AND f."DagenTotEersteVaststelling" IS NOT NULL;

            -- 2. Live figures per month, from the scheduler's monthly totals.
            SELECT t."Maand", {Bits("t")}, sum(t."Actief")::int, {afgesproken}, {regieplek},
                   sum(t."EvaluatieTeLaat")::int, sum(t."Herbeoordelen")::int, max(t."BijgewerktOp")
            FROM "Maandtotalen" t WHERE t."Maand" >= @van AND t."Maand" < @tot AND {Nodig("t")}
            GROUP BY 1, 2;

            -- 3. The latest month of the period: betrokkenen, inhoudelijke regie, days without a regievoerder. Always a row with
            --    the month, also when no casus meets the filter.
            WITH m AS ({laatsteMaand}),
            a AS (SELECT {Bits("s")} AS f, {totaal} AS totaal, s."Gezinsleden", s."Netwerk", s."ProfessionalsGemeente", s."ProfessionalsGi",
                    s."ProfessionalsZorgaanbieder", s."ProfessionalsOnderwijs", s."ProfessionalsOverig", s."InhoudelijkGemeente", s."InhoudelijkGi",
                    s."InhoudelijkZorgaanbieder", s."InhoudelijkOnderwijs", s."InhoudelijkOverig", s."DagenZonderRegievoerder"
                FROM "Casusstanden" s JOIN m ON s."Maand" = m.maand WHERE {actief} AND {Nodig("s")})
            SELECT m.maand, a.f, count(a.f)::int, percentile_cont(0.5) WITHIN GROUP (ORDER BY a.totaal)::numeric,
                   count(*) FILTER (WHERE a.totaal <= 3)::int, count(*) FILTER (WHERE a.totaal BETWEEN 4 AND 6)::int,
                   count(*) FILTER (WHERE a.totaal BETWEEN 7 AND 9)::int, count(*) FILTER (WHERE a.totaal >= 10)::int,
                   avg(a."Gezinsleden")::numeric, avg(a."Netwerk")::numeric, avg(a."ProfessionalsGemeente")::numeric,
                   avg(a."ProfessionalsGi")::numeric, avg(a."ProfessionalsZorgaanbieder")::numeric,
                   avg(a."ProfessionalsOnderwijs")::numeric, avg(a."ProfessionalsOverig")::numeric,
                   count(*) FILTER (WHERE a."InhoudelijkGemeente" > 0)::int, count(*) FILTER (WHERE a."InhoudelijkGi" > 0)::int,
                   count(*) FILTER (WHERE a."InhoudelijkZorgaanbieder" > 0)::int, count(*) FILTER (WHERE a."InhoudelijkOnderwijs" > 0)::int,
                   count(*) FILTER (WHERE a."InhoudelijkOverig" > 0)::int,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY a."DagenZonderRegievoerder")::numeric,
                   coalesce(sum(a."DagenZonderRegievoerder"), 0)::bigint
            FROM m LEFT JOIN a ON TRUE
            GROUP BY m.maand, a.f;

            -- 4. Overdrachten proposed in the period, by the casus' current gemeente, indicaties and maatregel.
            SELECT {Maand("o.\"VoorgesteldOp\"")}, {Bits("s")}, count(*)::int, count(*) FILTER (WHERE o."Status" = '{nameof(OverdrachtStatus.Geaccepteerd)}')::int,
                   count(*) FILTER (WHERE o."Status" = '{nameof(OverdrachtStatus.Afgewezen)}')::int, NULL::numeric
            FROM "Overdrachten" o JOIN "Casussen" s ON s."Id" = o."CasusId"
            WHERE o."VoorgesteldOp" >= {vanTijd} AND o."VoorgesteldOp" < {totTijd} AND {Nodig("s")}
            GROUP BY 1, 2
            UNION ALL
            SELECT NULL, {volledig}, count(*)::int, 0, 0,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM o."BeslistOp" - o."VoorgesteldOp") / 86400)::numeric
            FROM "Overdrachten" o JOIN "Casussen" s ON s."Id" = o."CasusId"
            WHERE o."VoorgesteldOp" >= {vanTijd} AND o."VoorgesteldOp" < {totTijd} AND {Alles("s")}
              AND o."Status" = '{nameof(OverdrachtStatus.Geaccepteerd)}' AND o."BeslistOp" IS NOT NULL;

            -- 5. Signalen (Bron Ouder) and opschalingen (Bron Professional) raised in the period.
            SELECT g."Bron", {Maand("g.\"IngediendOp\"")}, {Bits("s")}, count(*)::int, count(*) FILTER (WHERE g."AantalEscalaties" > 0)::int, NULL::numeric
            FROM "Signalen" g JOIN "Casussen" s ON s."Id" = g."CasusId"
            WHERE g."IngediendOp" >= {vanTijd} AND g."IngediendOp" < {totTijd} AND {Nodig("s")}
            GROUP BY 1, 2, 3
            UNION ALL
            SELECT g."Bron", NULL, {volledig}, count(*)::int, 0, percentile_cont(0.5) WITHIN GROUP (ORDER BY g."WerkdagenTotAntwoord")::numeric
            FROM "Signalen" g JOIN "Casussen" s ON s."Id" = g."CasusId"
            WHERE g."IngediendOp" >= {vanTijd} AND g."IngediendOp" < {totTijd} AND {Alles("s")} AND g."WerkdagenTotAntwoord" IS NOT NULL
            GROUP BY 1;

            -- 6. Questionnaires: each invulling's score per theme (kept when it was filled in); per group their number and sum.
            SELECT i."Doelgroep", t.thema, i."Maand", {Bits("i", ouders)}, count(*)::int, sum(t.score)::numeric
            FROM "VragenlijstInvullingen" i
            CROSS JOIN LATERAL (VALUES (0, i."ScoreRust"), (1, i."ScoreContinuiteit"), (2, i."ScoreDuidelijkheid")) t(thema, score)
            WHERE i."Maand" >= @van AND i."Maand" < @tot AND {Nodig("i", ouders)} AND t.score IS NOT NULL
            GROUP BY 1, 2, 3, 4;
            """;
    }

    /// <summary>A telling and the bits a row must have for it to count (the choices it keeps).</summary>
    private sealed record Telling(Regiotelling T, int Nodig);

    /// <summary>Reads the six result sets into every telling a group of rows belongs to.</summary>
    private sealed class Lezing(Telling[] tellingen, int volledig, string[] codes)
    {
        private readonly Regiotelling _hoofd = tellingen[0].T;

        private IEnumerable<Regiotelling> Voor(int f) => tellingen.Where(x => (f & x.Nodig) == x.Nodig).Select(x => x.T);

        private static int Index(Regiotelling t, DateOnly maand) => ((maand.Year - t.Filter.Tijdvak.Van.Year) * 12) + maand.Month - t.Filter.Tijdvak.Van.Month;

        private static bool InPeriode(Regiotelling t, DateOnly? maand) => maand is { } m && m >= t.Filter.Tijdvak.Van && m < t.Filter.Tijdvak.Tot;

        private static DateOnly? Datum(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateOnly>(i);

        private static decimal? Getal(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDecimal(i);

        public async Task CasussenAsync(DbDataReader r, CancellationToken ct)
        {
            while (await r.ReadAsync(ct))
            {
                var aantal = r.GetInt32(7);
                if (r.GetString(0) == "vm") { (_hoofd.VastgesteldMetDuur, _hoofd.MediaanDagenTotVaststelling) = (aantal, Getal(r, 8)); continue; }
                var maatregel = (int)Enum.Parse<Maatregel>(r.GetString(2));
                // A casus with more indicaties of the list counts at each; with none of them, at "overig".
                var indicaties = r.GetFieldValue<string[]>(3).Select(i => Array.IndexOf(codes, i)).Where(i => i >= 0).Distinct().ToList();
                if (indicaties.Count == 0) indicaties.Add(codes.Length);
                var (geopend, gesloten, vastgesteld) = (Datum(r, 4), Datum(r, 5), Datum(r, 6));
                foreach (var t in Voor(r.GetInt32(1)))
                {
                    Tel(t, "m", maatregel, geopend, gesloten, aantal);
                    foreach (var i in indicaties) Tel(t, "i", i, geopend, gesloten, aantal);
                    if (vastgesteld is { } v) t.EersteVaststellingPerMaand[Index(t, v)] += aantal;
                }
            }
        }

        private static void Tel(Regiotelling t, string soort, int rij, DateOnly? geopend, DateOnly? gesloten, int aantal)
        {
            var (van, tot) = (t.Filter.Tijdvak.Van, t.Filter.Tijdvak.Tot);
            var isGeopend = InPeriode(t, geopend);
            var isGesloten = InPeriode(t, gesloten);
            var isActief = geopend < tot && (gesloten is null || gesloten >= van);
            var tabel = soort == "m" ? t.PerMaatregel : t.PerIndicatie;
            if (isGeopend) tabel[rij, 0] += aantal;
            if (isActief) tabel[rij, 1] += aantal;
            if (isGesloten) tabel[rij, 2] += aantal;
            if (soort != "m") return;

            // Totals and months once per casus: from the maatregel rows, where each casus is in exactly one.
            if (isGeopend) t.GeopendPerMaand[Index(t, geopend!.Value)] += aantal;
            if (isGesloten) t.GeslotenPerMaand[Index(t, gesloten!.Value)] += aantal;
            if (isActief) t.ActiefInPeriode += aantal;
            for (var m = 0; m < t.Maanden.Count; m++)
            {
                if (geopend <= t.Maanden[m] && (gesloten is null || gesloten >= t.Maanden[m])) t.ActiefPerMaand[m] += aantal;
            }
        }

        public async Task LevendAsync(DbDataReader r, CancellationToken ct)
        {
            while (await r.ReadAsync(ct))
            {
                var maand = r.GetFieldValue<DateOnly>(0);
                var bijgewerkt = r.GetFieldValue<DateTimeOffset>(20);
                foreach (var t in Voor(r.GetInt32(1)))
                {
                    var m = Index(t, maand);
                    t.ActieveRijenPerMaand[m] += r.GetInt32(2);
                    for (var k = 0; k < Stapsoorten; k++) t.AfgesprokenPerMaand[m, k] += r.GetInt32(3 + k);
                    for (var p = 0; p < 8; p++) t.ProcesregiePerMaand[m, p] += r.GetInt32(10 + p);
                    t.EvaluatieTeLaatPerMaand[m] += r.GetInt32(18);
                    t.HerbeoordelenPerMaand[m] += r.GetInt32(19);
                    if (t.BijgewerktOp is null || bijgewerkt > t.BijgewerktOp) t.BijgewerktOp = bijgewerkt;
                }
            }
        }

        public async Task LaatsteMaandAsync(DbDataReader r, CancellationToken ct)
        {
            while (await r.ReadAsync(ct))
            {
                var maand = Datum(r, 0);
                foreach (var x in tellingen) x.T.LaatsteMaand = maand;
                if (r.IsDBNull(1)) continue;
                var f = r.GetInt32(1);
                foreach (var t in Voor(f))
                {
                    t.ActiefInLaatsteMaand += r.GetInt32(2);
                    for (var i = 0; i < 4; i++) t.Betrokkenenverdeling[i] += r.GetInt32(4 + i);
                    for (var i = 0; i < 5; i++) t.InhoudelijkPerType[i] += r.GetInt32(15 + i);
                    t.DagenZonderRegievoerder += r.GetInt64(21);
                }
                // Medians and averages only for the filter itself: exactly the rows that meet every choice.
                if (f != volledig) continue;
                _hoofd.MediaanBetrokkenen = Getal(r, 3);
                for (var i = 0; i < 7; i++) _hoofd.BetrokkenenPerSoort[i] = Getal(r, 8 + i) ?? 0;
                _hoofd.MediaanDagenZonderRegievoerder = Getal(r, 20);
            }
        }

        public async Task OverdrachtenAsync(DbDataReader r, CancellationToken ct)
        {
            while (await r.ReadAsync(ct))
            {
                if (Datum(r, 0) is not { } maand)
                {
                    _hoofd.GeaccepteerdMetDuur = r.GetInt32(2);
                    _hoofd.MediaanDagenTotAcceptatie = Getal(r, 5);
                    continue;
                }
                foreach (var t in Voor(r.GetInt32(1)))
                {
                    var m = Index(t, maand);
                    t.OverdrachtenPerMaand[m] += r.GetInt32(2);
                    t.GeaccepteerdPerMaand[m] += r.GetInt32(3);
                    t.AfgewezenPerMaand[m] += r.GetInt32(4);
                }
            }
        }

        public async Task SignalenAsync(DbDataReader r, CancellationToken ct)
        {
            while (await r.ReadAsync(ct))
            {
                var bron = r.GetString(0) == nameof(SignaalBron.Ouder) ? 0 : 1;
                if (Datum(r, 1) is not { } maand)
                {
                    _hoofd.Beantwoord[bron] = r.GetInt32(3);
                    _hoofd.MediaanWerkdagen[bron] = Getal(r, 5);
                    continue;
                }
                foreach (var t in Voor(r.GetInt32(2)))
                {
                    var m = Index(t, maand);
                    t.SignalenPerMaand[bron, m] += r.GetInt32(3);
                    t.GeescaleerdPerMaand[bron, m] += r.GetInt32(4);
                }
            }
        }

        public async Task VragenlijstenAsync(DbDataReader r, CancellationToken ct)
        {
            // Sums of the invullingen's scores, so the average of a month and of the period are the sum over the count.
            int n = _hoofd.Maanden.Count;
            var som = new decimal[2, 3, n];
            while (await r.ReadAsync(ct))
            {
                var doelgroep = r.GetString(0) == nameof(Doelgroep.Ouders) ? 0 : 1;
                if (r.IsDBNull(1)) continue;
                var thema = r.GetInt32(1);
                if (thema is < 0 or > 2) continue;
                var maand = r.GetFieldValue<DateOnly>(2);
                var f = r.GetInt32(3);
                var aantal = r.GetInt32(4);
                foreach (var t in Voor(f))
                {
                    t.AntwoordenPerMaand[doelgroep, thema, Index(t, maand)] += aantal;
                    t.Antwoorden[doelgroep, thema] += aantal;
                }
                if (f == volledig) som[doelgroep, thema, Index(_hoofd, maand)] += r.GetDecimal(5);
            }
            for (var d = 0; d < 2; d++)
            {
                for (var th = 0; th < 3; th++)
                {
                    decimal totaal = 0;
                    for (var m = 0; m < n; m++)
                    {
                        totaal += som[d, th, m];
                        var aantal = _hoofd.AntwoordenPerMaand[d, th, m];
                        _hoofd.ScorePerMaand[d, th, m] = aantal == 0 ? null : som[d, th, m] / aantal;
                    }
                    _hoofd.Score[d, th] = _hoofd.Antwoorden[d, th] == 0 ? null : totaal / _hoofd.Antwoorden[d, th];
                }
            }
        }
    }
}
