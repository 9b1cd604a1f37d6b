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
/// row, so 100,000 casussen answer as fast as 100.</summary>
public sealed class Regiocijfers(RegieDbContext db, IOptions<IndicatieOpties> indicatieOpties)
{
    public const int Stapsoorten = 7;

    public async Task<Regiotelling> TelAsync(Regiofilter filter, CancellationToken ct)
    {
        var codes = indicatieOpties.Value.Indicaties.Select(i => i.Code.Trim()).ToArray();
        var maanden = Maanden(filter.Tijdvak.Van, filter.Tijdvak.Tot);
        int n = maanden.Count, sleutels = codes.Length + 1;
        var t = new Regiotelling
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

        var verbinding = (NpgsqlConnection)db.Database.GetDbConnection();
        var open = verbinding.State == System.Data.ConnectionState.Open;
        if (!open) await verbinding.OpenAsync(ct);
        try
        {
            await using var opdracht = new NpgsqlCommand(Sql(filter), verbinding);
            Parameters(opdracht, filter, codes);
            await using var lezer = await opdracht.ExecuteReaderAsync(ct);
            await LeesCasussenAsync(lezer, t, codes, ct);
            await lezer.NextResultAsync(ct);
            await LeesLevendAsync(lezer, t, ct);
            await lezer.NextResultAsync(ct);
            await LeesLaatsteMaandAsync(lezer, t, ct);
            await lezer.NextResultAsync(ct);
            await LeesOverdrachtenAsync(lezer, t, ct);
            await lezer.NextResultAsync(ct);
            await LeesSignalenAsync(lezer, t, ct);
            await lezer.NextResultAsync(ct);
            await LeesVragenlijstenAsync(lezer, t, ct);
        }
        finally
        {
            if (!open) await verbinding.CloseAsync();
        }
        return t;
    }

    public static List<DateOnly> Maanden(DateOnly van, DateOnly tot)
    {
        var maanden = new List<DateOnly>();
        for (var m = van; m < tot; m = m.AddMonths(1)) maanden.Add(m);
        return maanden;
    }

    /// <summary>The filter as a condition on a row that has GemeenteId, Indicaties and Maatregel (Casusstanden, Casussen,
    /// VragenlijstInvullingen). Only the parameters' names are in the text, never a value.</summary>
    private static string Waar(Regiofilter filter, string a)
    {
        var sb = new StringBuilder("TRUE");
        if (filter.GemeenteId is not null) sb.Append($" AND {a}.\"GemeenteId\" = @gemeente");
        if (filter.Indicatie == Regiofilter.OverigeIndicatie) sb.Append($" AND NOT ({a}.\"Indicaties\" && @codes)");
        else if (filter.Indicatie is not null) sb.Append($" AND @indicatie = ANY({a}.\"Indicaties\")");
        if (filter.Maatregel is not null) sb.Append($" AND {a}.\"Maatregel\" = @maatregel");
        return sb.ToString();
    }

    private static void Parameters(NpgsqlCommand opdracht, Regiofilter filter, string[] codes)
    {
        opdracht.Parameters.Add(new NpgsqlParameter("van", NpgsqlDbType.Date) { Value = filter.Tijdvak.Van });
        opdracht.Parameters.Add(new NpgsqlParameter("tot", NpgsqlDbType.Date) { Value = filter.Tijdvak.Tot });
        opdracht.Parameters.Add(new NpgsqlParameter("codes", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = codes });
        if (filter.GemeenteId is { } gemeente) opdracht.Parameters.Add(new NpgsqlParameter("gemeente", NpgsqlDbType.Uuid) { Value = gemeente });
        if (filter.Indicatie is { } indicatie) opdracht.Parameters.Add(new NpgsqlParameter("indicatie", NpgsqlDbType.Text) { Value = indicatie });
        if (filter.Maatregel is { } maatregel) opdracht.Parameters.Add(new NpgsqlParameter("maatregel", NpgsqlDbType.Text) { Value = maatregel.ToString() });
    }

    /// <summary>Six statements in one round trip. Months of events (an overdracht, a signaal) are Dutch calendar months.</summary>
    private static string Sql(Regiofilter filter)
    {
        const string vanTijd = "(@van::timestamp AT TIME ZONE 'Europe/Amsterdam')";
        const string totTijd = "(@tot::timestamp AT TIME ZONE 'Europe/Amsterdam')";
        const string actief = $"s.\"Status\" = '{nameof(CasusStatus.Actief)}'";
        string Maand(string kolom) => $"date_trunc('month', {kolom} AT TIME ZONE 'Europe/Amsterdam')::date";
        var totaal = "s.\"Gezinsleden\" + s.\"Netwerk\" + s.\"ProfessionalsGemeente\" + s.\"ProfessionalsGi\" + s.\"ProfessionalsZorgaanbieder\""
            + " + s.\"ProfessionalsOnderwijs\" + s.\"ProfessionalsOverig\"";
        string[] stappen = ["Betrokkenen", "Hulpvraag", "WieDoetWat", "Regie", "Communicatie", "Evaluatie", "Verandering"];
        var afgesproken = string.Join(", ", stappen.Select(k => $"count(*) FILTER (WHERE {actief} AND s.\"Afgesproken{k}\")"));
        var regieplek = string.Join(", ", Enum.GetNames<Regieplek>().Select(p => $"count(*) FILTER (WHERE {actief} AND s.\"Procesregie\" = '{p}')"));

        return $"""
            -- 1. Casussen by their latest row: how many opened/closed in which month, per maatregel and per indicatie.
            WITH laatste AS MATERIALIZED (
                SELECT DISTINCT ON (s."CasusId") s."GemeenteId", s."Indicaties", s."Maatregel", s."Geopend", s."Gesloten",
                       s."EersteVaststelling", s."DagenTotEersteVaststelling"
                FROM "Casusstanden" s ORDER BY s."CasusId", s."Maand" DESC),
            f AS MATERIALIZED (SELECT * FROM laatste s WHERE {Waar(filter, "s")})
            SELECT 'm', f."Maatregel", f."Geopend", f."Gesloten", count(*)::int, NULL::numeric FROM f GROUP BY 2, 3, 4
            UNION ALL
            SELECT 'i', c.code, f."Geopend", f."Gesloten", count(*)::int, NULL FROM f JOIN unnest(@codes) c(code) ON c.code = ANY(f."Indicaties") GROUP BY 2, 3, 4
            UNION ALL
            SELECT 'i', 'overig', f."Geopend", f."Gesloten", count(*)::int, NULL FROM f WHERE NOT (f."Indicaties" && @codes) GROUP BY 3, 4
            UNION ALL
            SELECT 'v', NULL, f."EersteVaststelling", NULL, count(*)::int, NULL FROM f
                WHERE f."EersteVaststelling" >= @van AND f."EersteVaststelling" < @tot GROUP BY 3
            UNION ALL
            SELECT 'vm', NULL, NULL, NULL, count(*)::int, percentile_cont(0.5) WITHIN GROUP (ORDER BY f."DagenTotEersteVaststelling")::numeric
                FROM f WHERE f."EersteVaststelling" >= @van AND f."EersteVaststelling" < @tot AND f."DagenTotEersteVaststelling" IS NOT NULL;

            -- 2. Live figures per month from that month's rows.
            SELECT s."Maand", count(*) FILTER (WHERE {actief}), {afgesproken}, {regieplek},
                   count(*) FILTER (WHERE {actief} AND s."Evaluatie" = '{nameof(Evaluatiestand.TeLaat)}'), count(*) FILTER (WHERE {actief} AND s."Herbeoordelen"),
                   max(s."BijgewerktOp")
            FROM "Casusstanden" s WHERE s."Maand" >= @van AND s."Maand" < @tot AND {Waar(filter, "s")}
            GROUP BY s."Maand";

            -- 3. The latest month of the period: betrokkenen, inhoudelijke regie, days without a regievoerder.
            WITH m AS (SELECT max(s."Maand") AS maand FROM "Casusstanden" s WHERE s."Maand" >= @van AND s."Maand" < @tot),
            a AS MATERIALIZED (SELECT s.*, {totaal} AS totaal FROM "Casusstanden" s JOIN m ON s."Maand" = m.maand
                WHERE {actief} AND {Waar(filter, "s")})
            SELECT (SELECT maand FROM m), count(*)::int, percentile_cont(0.5) WITHIN GROUP (ORDER BY a.totaal)::numeric,
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
            FROM a;

            -- 4. Overdrachten proposed in the period, by the casus' current gemeente, indicaties and maatregel.
            SELECT {Maand("o.\"VoorgesteldOp\"")}, count(*)::int, count(*) FILTER (WHERE o."Status" = '{nameof(OverdrachtStatus.Geaccepteerd)}')::int,
                   count(*) FILTER (WHERE o."Status" = '{nameof(OverdrachtStatus.Afgewezen)}')::int, NULL::numeric
            FROM "Overdrachten" o JOIN "Casussen" s ON s."Id" = o."CasusId"
            WHERE o."VoorgesteldOp" >= {vanTijd} AND o."VoorgesteldOp" < {totTijd} AND {Waar(filter, "s")}
            GROUP BY 1
            UNION ALL
            SELECT NULL, count(*)::int, 0, 0,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM o."BeslistOp" - o."VoorgesteldOp") / 86400)::numeric
            FROM "Overdrachten" o JOIN "Casussen" s ON s."Id" = o."CasusId"
            WHERE o."VoorgesteldOp" >= {vanTijd} AND o."VoorgesteldOp" < {totTijd} AND {Waar(filter, "s")}
              AND o."Status" = '{nameof(OverdrachtStatus.Geaccepteerd)}' AND o."BeslistOp" IS NOT NULL;

            -- 5. Signalen (Bron Ouder) and opschalingen (Bron Professional) raised in the period.
            SELECT g."Bron", {Maand("g.\"IngediendOp\"")}, count(*)::int, count(*) FILTER (WHERE g."AantalEscalaties" > 0)::int, NULL::numeric
            FROM "Signalen" g JOIN "Casussen" s ON s."Id" = g."CasusId"
            WHERE g."IngediendOp" >= {vanTijd} AND g."IngediendOp" < {totTijd} AND {Waar(filter, "s")}
            GROUP BY 1, 2
            UNION ALL
            SELECT g."Bron", NULL, count(*)::int, 0, percentile_cont(0.5) WITHIN GROUP (ORDER BY g."WerkdagenTotAntwoord")::numeric
            FROM "Signalen" g JOIN "Casussen" s ON s."Id" = g."CasusId"
            WHERE g."IngediendOp" >= {vanTijd} AND g."IngediendOp" < {totTijd} AND {Waar(filter, "s")} AND g."WerkdagenTotAntwoord" IS NOT NULL
            GROUP BY 1;

            -- 6. Questionnaires: per invulling the average of its scored closed items of a theme, then averaged per doelgroep.
            WITH per AS (
                SELECT i."Id", i."Doelgroep", i."Maand", CASE jsonb_typeof(it->'thema') WHEN 'number' THEN (it->>'thema')::int
                    ELSE array_position(ARRAY['Rust', 'Continuiteit', 'Duidelijkheid'], it->>'thema') - 1 END AS thema, avg((a->>'score')::numeric) AS score
                FROM "VragenlijstInvullingen" i
                JOIN "Vragenlijstversies" v ON v."Id" = i."VragenlijstversieId"
                CROSS JOIN LATERAL jsonb_array_elements(i."Antwoorden") a
                JOIN LATERAL jsonb_array_elements(v."Items") it ON it->>'code' = a->>'itemCode' AND NOT (it->>'open')::boolean
                WHERE i."Maand" >= @van AND i."Maand" < @tot AND {Waar(filter, "i")}{AlleenOuders(filter)} AND jsonb_typeof(a->'score') = 'number'
                GROUP BY 1, 2, 3, 4)
            SELECT per."Doelgroep", per.thema, per."Maand", count(*)::int, avg(per.score)::numeric FROM per GROUP BY 1, 2, 3
            UNION ALL
            SELECT per."Doelgroep", per.thema, NULL, count(*)::int, avg(per.score)::numeric FROM per GROUP BY 1, 2;
            """;
    }

    private static int Index(Regiotelling t, DateOnly maand) => ((maand.Year - t.Filter.Tijdvak.Van.Year) * 12) + maand.Month - t.Filter.Tijdvak.Van.Month;

    private static bool InPeriode(Regiotelling t, DateOnly? maand) => maand is { } m && m >= t.Filter.Tijdvak.Van && m < t.Filter.Tijdvak.Tot;

    private static DateOnly? Datum(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateOnly>(i);

    private static decimal? Getal(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDecimal(i);

    private static async Task LeesCasussenAsync(DbDataReader r, Regiotelling t, string[] codes, CancellationToken ct)
    {
        var (van, tot) = (t.Filter.Tijdvak.Van, t.Filter.Tijdvak.Tot);
        while (await r.ReadAsync(ct))
        {
            var soort = r.GetString(0);
            var aantal = r.GetInt32(4);
            if (soort == "vm") { (t.VastgesteldMetDuur, t.MediaanDagenTotVaststelling) = (aantal, Getal(r, 5)); continue; }
            var geopend = Datum(r, 2);
            if (soort == "v") { t.EersteVaststellingPerMaand[Index(t, geopend!.Value)] += aantal; continue; }

            var gesloten = Datum(r, 3);
            var isGeopend = InPeriode(t, geopend);
            var isGesloten = InPeriode(t, gesloten);
            var isActief = geopend < tot && (gesloten is null || gesloten >= van);
            var rij = soort == "m" ? (int)Enum.Parse<Maatregel>(r.GetString(1))
                : Array.IndexOf(codes, r.GetString(1)) is var i and >= 0 ? i : codes.Length;
            var tabel = soort == "m" ? t.PerMaatregel : t.PerIndicatie;
            if (isGeopend) tabel[rij, 0] += aantal;
            if (isActief) tabel[rij, 1] += aantal;
            if (isGesloten) tabel[rij, 2] += aantal;
            if (soort != "m") continue;

            // Totals and months once per casus: from the maatregel rows, where each casus is in exactly one.
            if (isGeopend) t.GeopendPerMaand[Index(t, geopend!.Value)] += aantal;
            if (isGesloten) t.GeslotenPerMaand[Index(t, gesloten!.Value)] += aantal;
            if (isActief) t.ActiefInPeriode += aantal;
            for (var m = 0; m < t.Maanden.Count; m++)
            {
                if (geopend <= t.Maanden[m] && (gesloten is null || gesloten >= t.Maanden[m])) t.ActiefPerMaand[m] += aantal;
            }
        }
    }

    private static async Task LeesLevendAsync(DbDataReader r, Regiotelling t, CancellationToken ct)
    {
        while (await r.ReadAsync(ct))
        {
            var m = Index(t, r.GetFieldValue<DateOnly>(0));
            t.ActieveRijenPerMaand[m] = (int)r.GetInt64(1);
            for (var k = 0; k < Stapsoorten; k++) t.AfgesprokenPerMaand[m, k] = (int)r.GetInt64(2 + k);
            for (var p = 0; p < 8; p++) t.ProcesregiePerMaand[m, p] = (int)r.GetInt64(9 + p);
            t.EvaluatieTeLaatPerMaand[m] = (int)r.GetInt64(17);
            t.HerbeoordelenPerMaand[m] = (int)r.GetInt64(18);
            var bijgewerkt = r.GetFieldValue<DateTimeOffset>(19);
            if (t.BijgewerktOp is null || bijgewerkt > t.BijgewerktOp) t.BijgewerktOp = bijgewerkt;
        }
    }

    private static async Task LeesLaatsteMaandAsync(DbDataReader r, Regiotelling t, CancellationToken ct)
    {
        if (!await r.ReadAsync(ct)) return;
        t.LaatsteMaand = Datum(r, 0);
        t.ActiefInLaatsteMaand = r.GetInt32(1);
        t.MediaanBetrokkenen = Getal(r, 2);
        for (var i = 0; i < 4; i++) t.Betrokkenenverdeling[i] = r.GetInt32(3 + i);
        for (var i = 0; i < 7; i++) t.BetrokkenenPerSoort[i] = Getal(r, 7 + i) ?? 0;
        for (var i = 0; i < 5; i++) t.InhoudelijkPerType[i] = r.GetInt32(14 + i);
        t.MediaanDagenZonderRegievoerder = Getal(r, 19);
        t.DagenZonderRegievoerder = r.GetInt64(20);
    }

    private static async Task LeesOverdrachtenAsync(DbDataReader r, Regiotelling t, CancellationToken ct)
    {
        while (await r.ReadAsync(ct))
        {
            if (Datum(r, 0) is not { } maand)
            {
                t.GeaccepteerdMetDuur = r.GetInt32(1);
                t.MediaanDagenTotAcceptatie = Getal(r, 4);
                continue;
            }
            var m = Index(t, maand);
            t.OverdrachtenPerMaand[m] = r.GetInt32(1);
            t.GeaccepteerdPerMaand[m] = r.GetInt32(2);
            t.AfgewezenPerMaand[m] = r.GetInt32(3);
        }
    }

    private static async Task LeesSignalenAsync(DbDataReader r, Regiotelling t, CancellationToken ct)
    {
        while (await r.ReadAsync(ct))
        {
            var bron = r.GetString(0) == nameof(SignaalBron.Ouder) ? 0 : 1;
            if (Datum(r, 1) is not { } maand)
            {
                t.Beantwoord[bron] = r.GetInt32(2);
                t.MediaanWerkdagen[bron] = Getal(r, 4);
                continue;
            }
            var m = Index(t, maand);
            t.SignalenPerMaand[bron, m] = r.GetInt32(2);
            t.GeescaleerdPerMaand[bron, m] = r.GetInt32(3);
        }
    }

    /// <summary>A professional's invulling is about no casus: its empty indicaties would match "andere indicatie", so under any
    /// casus filter only the ouders' invullingen count (gemeente and maatregel leave professionals out already, being null).</summary>
    private static string AlleenOuders(Regiofilter filter) =>
        filter.GemeenteId is null && filter.Indicatie is null && filter.Maatregel is null ? "" : $" AND i.\"Doelgroep\" = '{nameof(Doelgroep.Ouders)}'";

    private static async Task LeesVragenlijstenAsync(DbDataReader r, Regiotelling t, CancellationToken ct)
    {
        while (await r.ReadAsync(ct))
        {
            var doelgroep = r.GetString(0) == nameof(Doelgroep.Ouders) ? 0 : 1;
            if (r.IsDBNull(1)) continue;
            var thema = r.GetInt32(1);
            if (thema is < 0 or > 2) continue;
            var (aantal, score) = (r.GetInt32(3), Getal(r, 4));
            if (Datum(r, 2) is { } maand)
            {
                t.AntwoordenPerMaand[doelgroep, thema, Index(t, maand)] = aantal;
                t.ScorePerMaand[doelgroep, thema, Index(t, maand)] = score;
            }
            else
            {
                t.Antwoorden[doelgroep, thema] = aantal;
                t.Score[doelgroep, thema] = score;
            }
        }
    }
}
