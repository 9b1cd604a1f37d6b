using System.Data;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Configuratie;

namespace Regie.Web.Regio.Export;

/// <summary>The anonymised research export (docs/onderzoeksexport.md): each casus' latest Casusstand and each answered
/// closed questionnaire item, streamed from a DbDataReader to the response. Nothing that names a person, no free text,
/// no date finer than a month and no database id ever leaves the database: the queries do not select them.</summary>
public sealed class Onderzoeksexport(RegieDbContext db, IOptions<IndicatieOpties> indicatieOpties)
{
    public static readonly IReadOnlyList<string> CasusKolommen =
    [
        "Pseudoniem", "Gemeente", "Indicaties", "Maatregel", "Status", "Geopend", "Gesloten", "Leeftijden jeugdigen",
        "Gezinsleden", "Netwerk", "Professionals gemeente", "Professionals GI", "Professionals zorgaanbieder",
        "Professionals onderwijs", "Professionals overig",
        "Afgesproken betrokkenen", "Afgesproken hulpvraag", "Afgesproken wie doet wat", "Afgesproken regie",
        "Afgesproken communicatie", "Afgesproken evaluatie", "Afgesproken verandering",
        "Procesregie bij", "Inhoudelijke regie gemeente", "Inhoudelijke regie GI", "Inhoudelijke regie zorgaanbieder",
        "Inhoudelijke regie onderwijs", "Inhoudelijke regie overig",
        "Versies", "Dagen tot eerste vaststelling", "Overdrachten", "Overdrachten geaccepteerd", "Overdrachten geweigerd",
        "Dagen zonder regievoerder", "Evaluatie", "Herbeoordelen", "Signalen", "Opschalingen", "Geëscaleerd",
    ];

    public static readonly IReadOnlyList<string> AntwoordKolommen =
        ["Invulling", "Doelgroep", "Maand", "Gemeente", "Versie vragenlijst", "Vraag", "Thema", "Score", "Themascore invulling"];

    private const int Looptijd = 300;

    /// <summary>How many casussen the casussen file of this filter holds.</summary>
    public async Task<int> TelCasussenAsync(Regiofilter filter, CancellationToken ct)
    {
        var (sql, parameters) = Casussen(filter, "count(*)", sorteer: false);
        return Convert.ToInt32(await ScalarAsync(sql, parameters, ct));
    }

    /// <summary>How many invullingen (and answered closed items) the answers file of this filter holds.</summary>
    public async Task<(int Invullingen, int Antwoorden)> TelAntwoordenAsync(Regiofilter filter, CancellationToken ct)
    {
        var (waar, parameters) = Invullingen(filter);
        var sql = $"""
            SELECT count(*), coalesce(sum((SELECT count(*) FROM jsonb_array_elements(i."Antwoorden") a WHERE a->>'score' IS NOT NULL)), 0)
            FROM "VragenlijstInvullingen" i WHERE {waar}
            """;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var cmd = Commando(sql, parameters);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            return (Convert.ToInt32(reader.GetInt64(0)), Convert.ToInt32(reader.GetDecimal(1)));
        }
        finally { await db.Database.CloseConnectionAsync(); }
    }

    /// <summary>One row per casus, in random order, each under a random pseudonym; returns the number of rows.</summary>
    public async Task<int> SchrijfCasussenAsync(Regiofilter filter, Exportschrijver uit, CancellationToken ct)
    {
        var (sql, parameters) = Casussen(filter, """
            g."Naam", s."Indicaties", s."Maatregel", s."Status", s."Geopend", s."Gesloten", s."Leeftijden",
            s."Gezinsleden", s."Netwerk", s."ProfessionalsGemeente", s."ProfessionalsGi", s."ProfessionalsZorgaanbieder",
            s."ProfessionalsOnderwijs", s."ProfessionalsOverig",
            s."AfgesprokenBetrokkenen", s."AfgesprokenHulpvraag", s."AfgesprokenWieDoetWat", s."AfgesprokenRegie",
            s."AfgesprokenCommunicatie", s."AfgesprokenEvaluatie", s."AfgesprokenVerandering",
            s."Procesregie", s."InhoudelijkGemeente", s."InhoudelijkGi", s."InhoudelijkZorgaanbieder",
            s."InhoudelijkOnderwijs", s."InhoudelijkOverig",
            s."Versies", s."DagenTotEersteVaststelling", s."Overdrachten", s."OverdrachtenGeaccepteerd", s."OverdrachtenGeweigerd",
            s."DagenZonderRegievoerder", s."Evaluatie", s."Herbeoordelen", s."Signalen", s."Opschalingen", s."Geescaleerd"
            """, sorteer: true);
        var pseudoniemen = new Pseudoniemen("C-");
        var rijen = 0;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var cmd = Commando(sql, parameters);
            await using var r = await cmd.ExecuteReaderAsync(CommandBehavior.SequentialAccess, ct);
            while (await r.ReadAsync(ct))
            {
                uit.Tekst(pseudoniemen.Nieuw());
                uit.Tekst(r.GetString(0));
                uit.Tekst(string.Join(", ", r.GetFieldValue<string[]>(1)));
                uit.Tekst(Maatregel(r.GetString(2)));
                uit.Tekst(r.GetString(3).ToLowerInvariant());
                uit.Tekst(Maand(r.GetFieldValue<DateOnly>(4)));
                uit.Tekst(r.IsDBNull(5) ? null : Maand(r.GetFieldValue<DateOnly>(5)));
                // "4-11" alone would turn into 4 November in Dutch Excel; "4-11 jaar" stays text.
                uit.Tekst(string.Join(", ", r.GetFieldValue<string[]>(6).Select(b => $"{b} jaar")));
                for (var i = 7; i <= 13; i++) uit.Getal(r.GetInt32(i));
                for (var i = 14; i <= 20; i++) uit.JaNee(r.GetBoolean(i));
                uit.Tekst(Regieplek(r.GetString(21)));
                for (var i = 22; i <= 27; i++) uit.Getal(r.GetInt32(i));
                uit.Getal(r.IsDBNull(28) ? null : r.GetInt32(28));
                for (var i = 29; i <= 32; i++) uit.Getal(r.GetInt32(i));
                uit.Tekst(Evaluatie(r.GetString(33)));
                uit.JaNee(r.GetBoolean(34));
                for (var i = 35; i <= 37; i++) uit.Getal(r.GetInt32(i));
                await uit.EindeRijAsync(ct);
                rijen++;
            }
        }
        finally { await db.Database.CloseConnectionAsync(); }
        await uit.AfsluitenAsync(ct);
        return rijen;
    }

    /// <summary>One row per answered closed item, the invullingen in random order, each under a random key; the open
    /// items' text is not even selected. Returns the number of rows.</summary>
    public async Task<int> SchrijfAntwoordenAsync(Regiofilter filter, Exportschrijver uit, CancellationToken ct)
    {
        var (waar, parameters) = Invullingen(filter);
        // The random order is numbered inside the database, so no invulling's id is needed to tell where the next begins.
        var sql = $"""
            WITH gekozen AS MATERIALIZED (
                SELECT i."Doelgroep", i."Maand", i."GemeenteId", i."Antwoorden", i."VragenlijstversieId",
                       row_number() OVER (ORDER BY random()) AS nummer
                FROM "VragenlijstInvullingen" i WHERE {waar})
            SELECT i.nummer, i."Doelgroep", i."Maand", g."Naam", v."Volgnummer", a."itemCode", item.thema, a.score,
                   round(avg(a.score) OVER (PARTITION BY i.nummer, item.thema), 2)
            FROM gekozen i
            JOIN "Vragenlijstversies" v ON v."Id" = i."VragenlijstversieId"
            LEFT JOIN "Organisaties" g ON g."Id" = i."GemeenteId"
            CROSS JOIN LATERAL jsonb_to_recordset(i."Antwoorden") AS a("itemCode" text, score int)
            JOIN LATERAL (
                SELECT (x->>'thema')::int AS thema, (x->>'open')::boolean AS open, n AS plek
                FROM jsonb_array_elements(v."Items") WITH ORDINALITY AS e(x, n) WHERE x->>'code' = a."itemCode") item ON true
            WHERE a.score IS NOT NULL AND NOT item.open
            ORDER BY i.nummer, item.plek
            """;
        var sleutels = new Pseudoniemen("V-");
        var rijen = 0;
        long vorige = -1;
        string sleutel = "";
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var cmd = Commando(sql, parameters);
            await using var r = await cmd.ExecuteReaderAsync(CommandBehavior.SequentialAccess, ct);
            while (await r.ReadAsync(ct))
            {
                var nummer = r.GetInt64(0);
                if (nummer != vorige) (vorige, sleutel) = (nummer, sleutels.Nieuw());
                uit.Tekst(sleutel);
                uit.Tekst(r.GetString(1).ToLowerInvariant());
                uit.Tekst(Maand(r.GetFieldValue<DateOnly>(2)));
                uit.Tekst(r.IsDBNull(3) ? null : r.GetString(3));
                uit.Getal(r.GetInt32(4));
                uit.Tekst(r.GetString(5));
                uit.Tekst(Pages.Regio.RegioWeergave.Thema((Domain.Vragenlijsten.Thema)r.GetInt32(6)));
                uit.Getal(r.GetInt32(7));
                uit.Decimaal(r.GetDecimal(8));
                await uit.EindeRijAsync(ct);
                rijen++;
            }
        }
        finally { await db.Database.CloseConnectionAsync(); }
        await uit.AfsluitenAsync(ct);
        return rijen;
    }

    /// <summary>Each casus' latest row, when the casus was open at some time in the period and matches the filter.</summary>
    private (string Sql, List<NpgsqlParameter> Parameters) Casussen(Regiofilter filter, string kolommen, bool sorteer)
    {
        var parameters = new List<NpgsqlParameter> { new("van", filter.Tijdvak.Van), new("tot", filter.Tijdvak.Tot) };
        var waar = $"""s."Geopend" < @tot AND (s."Gesloten" IS NULL OR s."Gesloten" >= @van){Kenmerken(filter, "s", parameters)}""";
        var sql = $"""
            SELECT {kolommen}
            FROM (SELECT DISTINCT ON ("CasusId") * FROM "Casusstanden" ORDER BY "CasusId", "Maand" DESC) s
            JOIN "Organisaties" g ON g."Id" = s."GemeenteId"
            WHERE {waar}
            {(sorteer ? "ORDER BY random()" : "")}
            """;
        return (sql, parameters);
    }

    /// <summary>The invullingen of the period's months that match the filter and have at least one score.</summary>
    private (string Waar, List<NpgsqlParameter> Parameters) Invullingen(Regiofilter filter)
    {
        var parameters = new List<NpgsqlParameter> { new("van", filter.Tijdvak.Van), new("tot", filter.Tijdvak.Tot) };
        var waar = $"""
            i."Maand" >= @van AND i."Maand" < @tot{Kenmerken(filter, "i", parameters)}
            AND EXISTS (SELECT 1 FROM jsonb_array_elements(i."Antwoorden") a WHERE a->>'score' IS NOT NULL)
            """;
        return (waar, parameters);
    }

    /// <summary>Gemeente, indicatie and maatregel: the same columns on a Casusstand and on an invulling.</summary>
    private string Kenmerken(Regiofilter filter, string tabel, List<NpgsqlParameter> parameters)
    {
        var waar = "";
        if (filter.GemeenteId is { } gemeente)
        {
            waar += $""" AND {tabel}."GemeenteId" = @gemeente""";
            parameters.Add(new("gemeente", gemeente));
        }
        if (filter.Indicatie == Regiofilter.OverigeIndicatie)
        {
            // "Overig": none of the region's own codes.
            waar += $""" AND NOT ({tabel}."Indicaties" && @codes)""";
            parameters.Add(new("codes", indicatieOpties.Value.Indicaties.Select(i => i.Code.Trim()).ToArray()));
        }
        else if (filter.Indicatie is { } indicatie)
        {
            waar += $""" AND @indicatie = ANY({tabel}."Indicaties")""";
            parameters.Add(new("indicatie", indicatie));
        }
        if (filter.Maatregel is { } maatregel)
        {
            waar += $""" AND {tabel}."Maatregel" = @maatregel""";
            parameters.Add(new("maatregel", maatregel.ToString()));
        }
        return waar;
    }

    private NpgsqlCommand Commando(string sql, List<NpgsqlParameter> parameters)
    {
        var cmd = new NpgsqlCommand(sql, (NpgsqlConnection)db.Database.GetDbConnection()) { CommandTimeout = Looptijd };
        foreach (var p in parameters) cmd.Parameters.Add(p);
        return cmd;
    }

    private async Task<object?> ScalarAsync(string sql, List<NpgsqlParameter> parameters, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var cmd = Commando(sql, parameters);
            return await cmd.ExecuteScalarAsync(ct);
        }
        finally { await db.Database.CloseConnectionAsync(); }
    }

    private static string Maand(DateOnly dag) => dag.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    private static string Maatregel(string waarde) => waarde switch
    {
        nameof(Domain.Casussen.Maatregel.Ots) => "OTS",
        nameof(Domain.Casussen.Maatregel.Voogdij) => "voogdij",
        _ => "geen",
    };

    private static string Regieplek(string waarde) => waarde switch
    {
        nameof(Regio.Regieplek.Gemeente) => "gemeente",
        nameof(Regio.Regieplek.GecertificeerdeInstelling) => "GI",
        nameof(Regio.Regieplek.Zorgaanbieder) => "zorgaanbieder",
        nameof(Regio.Regieplek.Onderwijs) => "onderwijs",
        nameof(Regio.Regieplek.Overig) => "overig",
        nameof(Regio.Regieplek.Gezin) => "gezin",
        nameof(Regio.Regieplek.Netwerk) => "netwerk",
        _ => "niemand",
    };

    private static string Evaluatie(string waarde) => waarde switch
    {
        nameof(Evaluatiestand.OpTijd) => "op tijd",
        nameof(Evaluatiestand.TeLaat) => "te laat",
        nameof(Evaluatiestand.GeenDatum) => "geen datum",
        _ => "n.v.t.",
    };

    /// <summary>Random keys, unique within one file and derived from nothing: a casus gets another one in every export.</summary>
    private sealed class Pseudoniemen(string voorvoegsel)
    {
        // No I and O: they read as 1 and 0.
        private const string Letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        private readonly HashSet<string> _gehad = [];

        public string Nieuw()
        {
            string kandidaat;
            do kandidaat = voorvoegsel + RandomNumberGenerator.GetString(Letters, 8);
            while (!_gehad.Add(kandidaat));
            return kandidaat;
        }
    }
}
