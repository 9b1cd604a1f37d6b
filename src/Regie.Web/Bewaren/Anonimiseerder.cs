using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Regie.Domain.Casussen;
using Regie.Domain.Handreiking;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Regio;

namespace Regie.Web.Bewaren;

/// <summary>Cuts everything personal out of one closed casus, in one transaction: names, contact details, free text, dates
/// finer than a month, stored PDFs, the ouders' accounts, meldingen, mails and job data. What the region counts stays: the
/// casus' Casusstanden (written before anything is cut), the kinds and organisation types of its betrokkenen, and the
/// durations the dashboard reads directly (overdrachten, signalen). The logboek holds ids only and stays. An interrupted
/// run leaves the casus whole; running it again on an anonymised casus changes nothing.</summary>
public sealed class Anonimiseerder(RegieDbContext db, Casusstandenbijwerker standen, Logboekschrijver logboek, TimeProvider clock)
{
    /// <summary>What each table keeps of a casus, one statement per table; @casus is its id, @labels its betrokkenen's neutral
    /// labels. A new table with free text about a casus adds one line here (the test searches every text column for the
    /// family's words, so a forgotten one fails). Dates are cut to the month afterwards for every table with a CasusId.</summary>
    internal static readonly string[] Schoonmaak =
    [
        // Before accounts and e-mail addresses go: what waits in the mail queue for the family or about the casus.
        """
        DELETE FROM "UitgaandeMails" m WHERE lower(m."Aan") IN (
            SELECT lower(b."Email") FROM "Betrokkenen" b WHERE b."CasusId" = @casus AND b."Soort" <> 'Professional' AND b."Email" IS NOT NULL
            UNION SELECT lower(u."Email") FROM "AspNetUsers" u JOIN "Betrokkenen" b ON b."Id" = u."BetrokkeneId" WHERE b."CasusId" = @casus AND u."Email" IS NOT NULL)
          OR position(@code IN m."Tekst") > 0 OR position(@code IN m."Onderwerp") > 0 OR position(@casustekst IN m."Tekst") > 0
        """,
        """DELETE FROM "Meldingen" WHERE "CasusId" = @casus""",
        """DELETE FROM "Vragenlijstaanbiedingen" WHERE "CasusId" = @casus""",
        """DELETE FROM "Toegangsverzoeken" WHERE "CasusId" = @casus""",
        // The ouder's own words and the answer; the region counts no correctieverzoeken, so nothing of them need stay.
        """DELETE FROM "Correctieverzoeken" WHERE "CasusId" = @casus""",
        """UPDATE "Deelbesluiten" SET "BesluitDoor" = 'Professional' WHERE "CasusId" = @casus""",
        """DELETE FROM "HandreikingPdfs" p USING "Handreikingversies" v WHERE v."Id" = p."VersieId" AND v."CasusId" = @casus""",
        // The ouders' (and jeugdigen's) accounts: invitations, sessions, roles and meldingen go with them (cascade).
        """DELETE FROM "Uitnodigingen" i USING "AspNetUsers" u, "Betrokkenen" b WHERE i."GebruikerId" = u."Id" AND u."BetrokkeneId" = b."Id" AND b."CasusId" = @casus""",
        """DELETE FROM "AspNetUsers" u USING "Betrokkenen" b WHERE u."BetrokkeneId" = b."Id" AND b."CasusId" = @casus""",
        """
        UPDATE "Betrokkenen" b SET "Naam" = l.label, "RolOfRelatie" = l.rol, "Telefoon" = NULL, "Email" = NULL, "Bereikbaarheid" = NULL,
            "RedenEinde" = NULL, "OrganisatieNaam" = NULL, "MedewerkerId" = NULL
        FROM unnest(@ids, @labels, @rollen) AS l(id, label, rol) WHERE b."Id" = l.id AND b."CasusId" = @casus
        """,
        """
        UPDATE "Casussen" SET "Gezinsnaam" = 'Gezin', "Hulpvraag" = '', "AfsluitReden" = NULL, "LaatsteEvaluatie" = NULL,
            "GeanonimiseerdOp" = @nu
        WHERE "Id" = @casus
        """,
        """UPDATE "CasusStappen" SET "Afspraken" = NULL, "GewijzigdDoor" = NULL WHERE "CasusId" = @casus""",
        """UPDATE "Taken" SET "Omschrijving" = 'Taak', "Resultaat" = NULL WHERE "CasusId" = @casus""",
        """UPDATE "Overleggen" SET "Besluiten" = NULL WHERE "CasusId" = @casus""",
        """UPDATE "Regietoewijzingen" SET "Onderdeel" = NULL, "Mandaat" = NULL, "RedenEinde" = NULL WHERE "CasusId" = @casus""",
        // The dashboard reads how long an overdracht waited: the decision moves with the proposal to the first of its month.
        """
        UPDATE "Overdrachten" SET "Notitie" = NULL, "Reden" = NULL,
            "BeslistOp" = "BeslistOp" - "VoorgesteldOp" + (date_trunc('month', "VoorgesteldOp" AT TIME ZONE 'Europe/Amsterdam') AT TIME ZONE 'Europe/Amsterdam')
        WHERE "CasusId" = @casus
        """,
        """UPDATE "Akkoordreacties" SET "Opmerking" = NULL WHERE "CasusId" = @casus""",
        """
        UPDATE "Handreikingversies" v SET "VastgesteldDoor" = 'Professional', "OudersOpmerking" = NULL, "Inhoud" = x.inhoud::jsonb,
            "Akkoorden" = x.akkoorden::jsonb
        FROM unnest(@versies, @inhoud, @akkoorden) AS x(id, inhoud, akkoorden) WHERE v."Id" = x.id AND v."CasusId" = @casus
        """,
        """
        UPDATE "SignaalBerichten" m SET "Door" = CASE WHEN m."Van" = 'Indiener' THEN 'Indiener' ELSE 'Professional' END, "Tekst" = '',
            "Op" = date_trunc('month', m."Op" AT TIME ZONE 'Europe/Amsterdam') AT TIME ZONE 'Europe/Amsterdam'
        FROM "Signalen" s WHERE s."Id" = m."SignaalId" AND s."CasusId" = @casus
        """,
        """
        UPDATE "Signalen" SET "Toelichting" = NULL, "Antwoord" = NULL, "WatGedaan" = NULL, "IngediendDoor" = 'Indiener',
            "BeantwoordDoor" = CASE WHEN "BeantwoordDoor" IS NULL THEN NULL ELSE 'Professional' END,
            "GeslotenDoor" = CASE WHEN "GeslotenDoor" IS NULL THEN NULL ELSE 'Professional' END
        WHERE "CasusId" = @casus
        """,
        // After the betrokkenen: the register names the gezinslid by their new label.
        """
        UPDATE "Toestemmingen" t SET "Doel" = '', "GegevenDoorNaam" = b."Naam", "VastgelegdDoor" = 'Professional',
            "IngetrokkenDoor" = CASE WHEN t."IngetrokkenDoor" IS NULL THEN NULL ELSE 'Betrokkene' END
        FROM "Betrokkenen" b WHERE b."Id" = t."GegevenDoorId" AND t."CasusId" = @casus
        """,
        """UPDATE "Vernietigingsverzoeken" SET "VastgelegdDoor" = 'Professional', "Toelichting" = NULL WHERE "CasusId" = @casus""",
        // Scheduled jobs whose data name the casus (none do yet; a reminder job that did would leave its id and text here).
        """
        DELETE FROM qrtz_triggers t WHERE position(convert_to(@casustekst, 'UTF8') IN coalesce(t.job_data, '')) > 0
          OR EXISTS (SELECT 1 FROM qrtz_job_details j WHERE j.sched_name = t.sched_name AND j.job_name = t.job_name AND j.job_group = t.job_group
                     AND position(convert_to(@casustekst, 'UTF8') IN coalesce(j.job_data, '')) > 0)
        """,
        """DELETE FROM qrtz_job_details j WHERE position(convert_to(@casustekst, 'UTF8') IN coalesce(j.job_data, '')) > 0""",
    ];

    /// <summary>Tables that keep their exact dates: the logboek (the trail itself) and the region's summary (months already).
    /// Overdrachten.BeslistOp moved with its proposal above.</summary>
    private static readonly HashSet<string> DatumsBlijven = ["Logboek", nameof(RegieDbContext.Casusstanden)];

    /// <summary>Moments handled above: the decision that moved with its proposal, and the anonymisation itself.</summary>
    private static readonly HashSet<(string, string)> Eigen = [("Overdrachten", "BeslistOp"), ("Casussen", nameof(Casus.GeanonimiseerdOp))];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Anonymises a closed casus; false when it already was (or does not exist). Refuses an open casus.</summary>
    public async Task<bool> AnonimiseerAsync(Guid casusId, CancellationToken ct)
    {
        var stand = await db.Casussen.AsNoTracking().Where(c => c.Id == casusId)
            .Select(c => new { c.Code, c.Status, c.GeanonimiseerdOp }).SingleOrDefaultAsync(ct);
        if (stand is null || stand.GeanonimiseerdOp is not null) return false;
        if (stand.Status != CasusStatus.Afgesloten) throw new InvalidOperationException("Alleen een afgesloten casus wordt geanonimiseerd.");

        // The figures first, from the casus as it was: its row in its closing month. Once that row exists the scheduler never
        // rewrites it (an anonymised casus is left out of its runs).
        if (!await db.Casusstanden.AnyAsync(s => s.CasusId == casusId && s.Status == CasusStatus.Afgesloten, ct))
            await standen.BijwerkenAsync(ct);

        await using var transactie = await db.Database.BeginTransactionAsync(ct);
        // Locks the casus row: two runs at once anonymise it once, the second finds it done.
        var nogTeDoen = await db.Database.SqlQueryRaw<Guid>(
                """SELECT "Id" AS "Value" FROM "Casussen" WHERE "Id" = @casus AND "GeanonimiseerdOp" IS NULL FOR UPDATE""",
                new NpgsqlParameter("casus", casusId))
            .ToListAsync(ct);
        if (nogTeDoen.Count == 0) return false;

        var betrokkenen = await db.Betrokkenen.AsNoTracking().Where(b => b.CasusId == casusId)
            .OrderBy(b => b.BetrokkenVan).ThenBy(b => b.Id).ToListAsync(ct);
        var labels = Labels(betrokkenen);
        var versies = await db.Handreikingversies.AsNoTracking().Where(v => v.CasusId == casusId)
            .Select(v => new { v.Id, v.Inhoud, v.Akkoorden }).ToListAsync(ct);
        var namen = betrokkenen.GroupBy(b => b.Naam).ToDictionary(g => g.Key, g => labels[g.First().Id].Label);

        NpgsqlParameter[] Parameters() =>
        [
            new("casus", NpgsqlDbType.Uuid) { Value = casusId },
            new("casustekst", NpgsqlDbType.Text) { Value = casusId.ToString() },
            new("code", NpgsqlDbType.Text) { Value = stand.Code },
            new("nu", NpgsqlDbType.TimestampTz) { Value = clock.GetUtcNow().ToUniversalTime() },
            new("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = betrokkenen.Select(b => b.Id).ToArray() },
            new("labels", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = betrokkenen.Select(b => labels[b.Id].Label).ToArray() },
            new("rollen", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = betrokkenen.Select(b => labels[b.Id].Rol).ToArray() },
            new("versies", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = versies.Select(v => v.Id).ToArray() },
            new("inhoud", NpgsqlDbType.Array | NpgsqlDbType.Text)
                { Value = versies.Select(v => JsonSerializer.Serialize(Snapshot(v.Inhoud, labels, namen), Json)).ToArray() },
            new("akkoorden", NpgsqlDbType.Array | NpgsqlDbType.Text)
            {
                Value = versies.Select(v => v.Akkoorden is null ? null
                    : JsonSerializer.Serialize(v.Akkoorden.Select(a => a with
                    {
                        Naam = namen.GetValueOrDefault(a.Naam, "Gezinslid"), RolOfRelatie = "", Opmerking = null,
                        VastgelegdDoor = a.VastgelegdDoor is null ? null : "Professional", Op = Maandbegin(a.Op),
                    }).ToList(), Json)).ToArray(),
            },
        ];
        foreach (var sql in Schoonmaak)
        {
            var parameters = Parameters().Where(p => sql.Contains($"@{p.ParameterName}", StringComparison.Ordinal)).ToArray<object>();
            await db.Database.ExecuteSqlRawAsync(sql, parameters, ct);
        }
        foreach (var sql in await DatumsNaarMaandAsync(ct))
            await db.Database.ExecuteSqlRawAsync(sql, [new NpgsqlParameter("casus", NpgsqlDbType.Uuid) { Value = casusId }], ct);

        logboek.Schrijf(casusId, "Casus", LogboekActie.Geanonimiseerd);
        await db.SaveChangesAsync(ct);
        await transactie.CommitAsync(ct);
        return true;
    }

    /// <summary>The statements below, read once: the schema only changes by a migration, which runs before the app serves.</summary>
    private static List<string>? _datumsNaarMaand;

    /// <summary>Every date and moment in every table that holds rows of a casus, set to the first of its (Dutch) month. Read
    /// from the catalogue, so a table added later is covered without a line here.</summary>
    private async Task<List<string>> DatumsNaarMaandAsync(CancellationToken ct)
    {
        if (_datumsNaarMaand is { } bekend) return bekend;
        var kolommen = await db.Database.SqlQueryRaw<Kolom>("""
            SELECT c.table_name AS "Tabel", c.column_name AS "Naam", c.data_type AS "Type"
            FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
            WHERE c.table_schema = current_schema() AND c.data_type IN ('date', 'timestamp with time zone')
              AND (c.table_name = 'Casussen' OR EXISTS (SELECT 1 FROM information_schema.columns k
                   WHERE k.table_schema = c.table_schema AND k.table_name = c.table_name AND k.column_name = 'CasusId'))
            ORDER BY 1, 2
            """).ToListAsync(ct);
        return _datumsNaarMaand = kolommen.Where(k => !DatumsBlijven.Contains(k.Tabel) && !Eigen.Contains((k.Tabel, k.Naam)))
            .GroupBy(k => k.Tabel)
            .Select(g => $"""UPDATE "{g.Key}" SET {string.Join(", ", g.Select(k => $"\"{k.Naam}\" = {NaarMaand(k)}"))} WHERE "{(g.Key == "Casussen" ? "Id" : "CasusId")}" = @casus""")
            .ToList();
    }

    private static string NaarMaand(Kolom k) => k.Type == "date"
        ? $"date_trunc('month', \"{k.Naam}\")::date"
        : $"date_trunc('month', \"{k.Naam}\" AT TIME ZONE 'Europe/Amsterdam') AT TIME ZONE 'Europe/Amsterdam'";

    private sealed record Kolom(string Tabel, string Naam, string Type);

    /// <summary>"Ouder 1", "Jeugdige 2", "Netwerk 1", "Professional": numbered per kind in the order they joined.</summary>
    private static Dictionary<Guid, (string Label, string Rol)> Labels(IEnumerable<Betrokkene> betrokkenen)
    {
        var tellers = new Dictionary<string, int>();
        var uit = new Dictionary<Guid, (string, string)>();
        foreach (var b in betrokkenen)
        {
            var rol = b.Soort switch
            {
                BetrokkeneSoort.Gezinslid => b.IsOuder ? "Ouder" : "Jeugdige",
                BetrokkeneSoort.Netwerk => "Netwerk",
                _ => "Professional",
            };
            if (rol == "Professional") { uit[b.Id] = (rol, rol); continue; }
            tellers[rol] = tellers.GetValueOrDefault(rol) + 1;
            uit[b.Id] = ($"{rol} {tellers[rol]}", rol);
        }
        return uit;
    }

    private static HandreikingSnapshot Snapshot(HandreikingSnapshot s, Dictionary<Guid, (string Label, string Rol)> labels,
        Dictionary<string, string> namen)
    {
        string Naam(string naam) => namen.GetValueOrDefault(naam, "Betrokkene");
        SnapshotRegie Regie(SnapshotRegie r) => new(Naam(r.Naam), null, null, null, null, null);
        return s with
        {
            Gezinsnaam = "Gezin",
            Hulpvraag = "",
            VolgendeEvaluatie = s.VolgendeEvaluatie is { } d ? new DateOnly(d.Year, d.Month, 1) : null,
            Betrokkenen = [.. s.Betrokkenen.Select(b => new SnapshotBetrokkene(b.Id, b.Soort,
                labels.TryGetValue(b.Id, out var l) ? l.Label : Naam(b.Naam), labels.TryGetValue(b.Id, out var r) ? r.Rol : "", null, null, null, null))],
            Stappen = [.. s.Stappen.Select(x => x with { Afspraken = null })],
            Taken = [.. s.Taken.Select(t => new SnapshotTaak("Taak", Naam(t.Wie), null,
                t.Termijn is { } d ? new DateOnly(d.Year, d.Month, 1) : null, t.Status))],
            Procesregie = Regie(s.Procesregie),
            InhoudelijkeRegie = [.. s.InhoudelijkeRegie.Select(Regie)],
            Overleg = new SnapshotOverleg(Maandbegin(s.Overleg.Datum), [.. s.Overleg.Aanwezigen.Select(Naam)], null),
        };
    }

    private static DateTimeOffset Maandbegin(DateTimeOffset moment)
    {
        var dag = Weergave.Dag(moment);
        var begin = TimeZoneInfo.ConvertTimeToUtc(new DateTime(dag.Year, dag.Month, 1, 0, 0, 0, DateTimeKind.Unspecified), Weergave.NederlandseTijd);
        return new DateTimeOffset(begin, TimeSpan.Zero);
    }
}
