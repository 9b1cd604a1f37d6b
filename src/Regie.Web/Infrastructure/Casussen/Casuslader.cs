using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Data.Configurations;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure.Meldingen;
using Regie.Web.Infrastructure.Vragenlijsten;

namespace Regie.Web.Infrastructure.Casussen;

/// <summary>The header every casus page shows, and which tab is open. <see cref="OpenSignalen"/>: signalen and opschalingen
/// that wait for the regievoerder's answer. <see cref="ZonderToestemming"/>: the name of the user's organisation when the
/// family gave it no current toestemming (a notice, not a block: the regievoerder decides). <see cref="Deelbesluit"/>: the
/// regievoerder's newest decision that sharing with that organisation is needed all the same, which the notice then says.</summary>
public sealed record CasusKop(Guid Id, string Code, string Gezinsnaam, CasusStatus Status, bool Herbeoordelen, string Tab, int OpenSignalen = 0,
    string? ZonderToestemming = null, Deelbesluitkop? Deelbesluit = null);

/// <summary>When and why the regievoerder decided that sharing is needed without a toestemming (see <see cref="Regie.Domain.Toestemmingen.Deelbesluit"/>).</summary>
public sealed record Deelbesluitkop(DateTimeOffset Op, Regie.Domain.Toestemmingen.Deelgrond Grond)
{
    /// <summary>The loader's json [op, grond], or null.</summary>
    public static Deelbesluitkop? Lees(string? json)
    {
        if (string.IsNullOrEmpty(json)) return null;
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var rij = document.RootElement;
        return Enum.TryParse<Regie.Domain.Toestemmingen.Deelgrond>(rij[1].GetString(), out var grond) ? new(rij[0].GetDateTimeOffset(), grond) : null;
    }
}

/// <summary>What a casus page is, for its header and its logboek line.</summary>
public sealed record Casuspagina(string Tab, string Entiteit, string? Omschrijving = null);

/// <summary>A casus as one request loaded it, with what the user may do with it.</summary>
public sealed class GeladenCasus(Casus casus, CasusToegang toegang, string gemeente, string? aanvulling, ClaimsPrincipal user,
    int openSignalen = 0, string? zonderToestemming = null, Deelbesluitkop? deelbesluit = null)
{
    public Casus Casus { get; } = casus;
    public CasusToegang Toegang { get; } = toegang;
    public string Gemeente { get; } = gemeente;

    /// <summary>The json a page asked for next to the casus (see <see cref="Casuslader.BekijkAsync"/>), or null.</summary>
    public string? Aanvulling { get; } = aanvulling;

    public bool Mag(CasusActie actie) => CasusRegels.Mag(user, Toegang, actie);

    /// <summary>Signalen and opschalingen of this casus that wait for the regievoerder (open or heropend).</summary>
    public int OpenSignalen { get; } = openSignalen;

    /// <summary>The user's organisation when it has no current toestemming of the family; null for the regievoerder, who
    /// decides (and sees the whole register on the Toestemming tab), and for ouders.</summary>
    public string? ZonderToestemming { get; } = toegang.IsRegievoerder ? null : zonderToestemming;

    /// <summary>With <see cref="ZonderToestemming"/>: the regievoerder's decision that sharing is needed all the same.</summary>
    public Deelbesluitkop? Deelbesluit { get; } = toegang.IsRegievoerder || zonderToestemming is null ? null : deelbesluit;

    public CasusKop Kop(string tab) => new(Casus.Id, Casus.Code, Casus.Gezinsnaam, Casus.Status, Casus.Herbeoordelen, tab, OpenSignalen,
        ZonderToestemming, Deelbesluit);
}

/// <summary>The one way a casus request reads its casus: the user's access and the whole aggregate with its row versions in
/// one SQL statement, the logboek line written by the same loader. A casus the user is not betrokken in is not found (404),
/// and the refusal is logged, so that the existence of a casus is never revealed to someone who may not see it.</summary>
public sealed class Casuslader(RegieDbContext db, Logboekschrijver logboek, IHttpContextAccessor http, TimeProvider clock)
{
    private static readonly ConcurrentDictionary<string, Leesopdracht> Opdrachten = new();
    private Dictionary<object, uint> _versies = new(ReferenceEqualityComparer.Instance);

    /// <summary>For a page view: read untracked, check <paramref name="actie"/>, write the page's Bekeken line.
    /// <paramref name="aanvulling"/> is a json expression over the casus row <c>c</c> for what the page shows beyond the casus
    /// (the logboek's lines, later the bell): read in the same statement, so a page stays at three round trips.
    /// It must be a constant: each distinct text is a statement of its own. What varies per request (a page number) goes in
    /// <paramref name="waarden"/>, parameters the expression names (not casus, medewerker or ouder: the loader's own).</summary>
    public async Task<GeladenCasus?> BekijkAsync(Guid casusId, CasusActie actie, Casuspagina pagina, CancellationToken ct,
        string? aanvulling = null, params NpgsqlParameter[] waarden)
    {
        var geladen = await LaadAsync(casusId, actie, aanvulling, ct, waarden);
        if (geladen is not null) await BekekenAsync(geladen, pagina, ct);
        return geladen;
    }

    /// <summary>For a request that writes its own logboek line and changes nothing in the casus (a PDF export, a new
    /// invitation for an ouder's account): read untracked and check <paramref name="actie"/>, no Bekeken line.
    /// <paramref name="aanvulling"/> as for <see cref="BekijkAsync"/>.</summary>
    public Task<GeladenCasus?> LeesAsync(Guid casusId, CasusActie actie, CancellationToken ct, string? aanvulling = null,
        params NpgsqlParameter[] waarden) => LaadAsync(casusId, actie, aanvulling, ct, waarden);

    /// <summary>For the ouders' downloads: the casus of the ouder who is logged in, read as <see cref="LeesAsync"/> does.</summary>
    public Task<GeladenCasus?> LeesEigenCasusAsync(CancellationToken ct, string? aanvulling = null, params NpgsqlParameter[] waarden) =>
        LaadAsync(null, CasusActie.OuderPortaal, aanvulling, ct, waarden);

    /// <summary>For the ouders' portal: the casus of the ouder who is logged in, read as <see cref="BekijkAsync"/> does.</summary>
    public async Task<GeladenCasus?> BekijkEigenCasusAsync(Casuspagina pagina, CancellationToken ct, string? aanvulling = null,
        params NpgsqlParameter[] waarden)
    {
        var geladen = await LaadAsync(null, CasusActie.OuderPortaal, aanvulling, ct, waarden);
        if (geladen is not null) await BekekenAsync(geladen, pagina, ct);
        return geladen;
    }

    /// <summary>For a change: read and track, check <paramref name="actie"/>. The change writes its own logboek line.
    /// <paramref name="aanvulling"/> as for <see cref="BekijkAsync"/>: what a refusal shows again beyond the casus.</summary>
    public Task<GeladenCasus?> VoorWijzigingAsync(Guid casusId, CasusActie actie, CancellationToken ct, string? aanvulling = null) =>
        VolgAsync(casusId, actie, aanvulling, ct);

    /// <summary>For a change in the portal: the casus of the ouder or jeugdige who is logged in, tracked as for
    /// <see cref="VoorWijzigingAsync"/>.</summary>
    public Task<GeladenCasus?> VoorEigenWijzigingAsync(CancellationToken ct, string? aanvulling = null) =>
        VolgAsync(null, CasusActie.OuderPortaal, aanvulling, ct);

    private async Task<GeladenCasus?> VolgAsync(Guid? casusId, CasusActie actie, string? aanvulling, CancellationToken ct)
    {
        var geladen = await LaadAsync(casusId, actie, aanvulling, ct);
        if (geladen is null) return null;
        db.Attach(geladen.Casus);
        foreach (var (entiteit, versie) in _versies)
        {
            var property = db.Entry(entiteit).Property(Concurrency.Versie);
            property.CurrentValue = versie;
            property.OriginalValue = versie;
        }
        return geladen;
    }

    /// <summary>After a refused change the page is shown again from what was loaded; what was tracked is let go first, so the
    /// Bekeken line cannot carry half a change with it.</summary>
    public async Task ToonOpnieuwAsync(GeladenCasus geladen, Casuspagina pagina, CancellationToken ct)
    {
        // A save just before moved the row versions on: keep those, the page posts them back.
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Metadata.FindProperty(Concurrency.Versie) is not null))
            _versies[entry.Entity] = (uint)entry.Property(Concurrency.Versie).CurrentValue!;
        db.ChangeTracker.Clear();
        await BekekenAsync(geladen, pagina, ct);
    }

    /// <summary>After a save that met someone else's: what was tracked (the user's unsaved change) is let go and the casus
    /// read again as a view.</summary>
    public Task<GeladenCasus?> OpnieuwLezenAsync(Guid casusId, Casuspagina pagina, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return BekijkAsync(casusId, CasusActie.Lezen, pagina, ct);
    }

    /// <summary>An entity's row version: the saved one when tracked (a save moves it on), else as loaded.</summary>
    public uint Versie(object entiteit)
    {
        var entry = db.ChangeTracker.Entries().FirstOrDefault(e => ReferenceEquals(e.Entity, entiteit));
        return entry is not null ? (uint)entry.Property(Concurrency.Versie).CurrentValue! : _versies.GetValueOrDefault(entiteit);
    }

    /// <summary>The Bekeken line for a page that read with <see cref="LeesAsync"/> and first checked that what it shows is there
    /// (a taak, a version): a 404 for a taak that does not exist is no view of the casus.</summary>
    public async Task BekekenAsync(GeladenCasus geladen, Casuspagina pagina, CancellationToken ct)
    {
        if (db.ChangeTracker.HasChanges())
            throw new InvalidOperationException("Bekeken-regel met onbewaarde wijzigingen: die zouden mee bewaard worden.");
        logboek.Schrijf(geladen.Casus.Id, pagina.Entiteit, LogboekActie.Bekeken, pagina.Omschrijving);
        await db.SaveChangesAsync(ct);
    }

    private async Task<GeladenCasus?> LaadAsync(Guid? casusId, CasusActie actie, string? aanvulling, CancellationToken ct,
        params NpgsqlParameter[] waarden)
    {
        var user = http.HttpContext!.User;
        var opdracht = Opdrachten.GetOrAdd(aanvulling ?? "", a => new Leesopdracht(db.Model, a));
        var medewerkerId = RegieClaims.MedewerkerIdVan(user);
        var ouderBetrokkeneId = RegieClaims.BetrokkeneIdVan(user);
        object[] parameters =
        [
            new NpgsqlParameter("casus", (object?)casusId ?? DBNull.Value) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid },
            new NpgsqlParameter("medewerker", (object?)medewerkerId ?? DBNull.Value) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid },
            new NpgsqlParameter("ouder", (object?)ouderBetrokkeneId ?? DBNull.Value) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid },
            new NpgsqlParameter("gebruiker", (object?)RegieClaims.GebruikerIdVan(user) ?? DBNull.Value) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid },
            new NpgsqlParameter("organisatie", (object?)(medewerkerId is null ? null : RegieClaims.OrganisatieIdVan(user)) ?? DBNull.Value)
                { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid },
            new NpgsqlParameter("vandaag", Weergave.Vandaag(clock)) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Date },
            .. waarden,
        ];
        var rijen = await db.Database.SqlQueryRaw<Leesopdracht.Rij>(opdracht.Sql, parameters).ToListAsync(ct);
        GeladenCasus? geladen = null;
        if (rijen is [var rij])
        {
            (var casus, _versies) = opdracht.Lezer.Lees<Casus>(rij.Aggregaat);
            geladen = new GeladenCasus(casus, Toegang(casus, rij, user, Weergave.Vandaag(clock)), rij.Gemeente ?? "", rij.Aanvulling, user, rij.OpenSignalen,
                rij.ZonderToestemming, Deelbesluitkop.Lees(rij.Deelbesluit));
            Bel.Zet(http.HttpContext!, rij.Bel);
            WachtendeVragenlijst.Zet(http.HttpContext!, rij.Vragenlijst);
        }
        if (geladen is not null && geladen.Mag(actie)) return geladen;

        logboek.Schrijf(casusId, "Casus", LogboekActie.Geweigerd, $"Geen toegang voor {actie}");
        await db.SaveChangesAsync(ct);
        return null;
    }

    // The facts the rules need, taken from the loaded casus: "actief" and "procesregie" as the domain defines them.
    private static CasusToegang Toegang(Casus casus, Leesopdracht.Rij rij, ClaimsPrincipal user, DateOnly vandaag)
    {
        var medewerkerId = RegieClaims.MedewerkerIdVan(user);
        var ouderBetrokkeneId = RegieClaims.BetrokkeneIdVan(user);
        var eigen = medewerkerId is null ? null : casus.Betrokkenen.FirstOrDefault(b => b.MedewerkerId == medewerkerId && b.IsActief);
        var regievoerder = casus.Procesregievoerder;
        return new CasusToegang(casus.Id, casus.GemeenteId, casus.Status == CasusStatus.Afgesloten, eigen?.Id,
            eigen is not null && eigen.Id == regievoerder?.Id,
            RegieClaims.OrganisatieIdVan(user) is { } organisatie && organisatie == casus.GemeenteId,
            ouderBetrokkeneId is not null && casus.Betrokkenen.Any(b => b.Id == ouderBetrokkeneId && b.IsOuder && b.IsActief),
            regievoerder?.MedewerkerId is { } m && rij.Vertrokken.Contains(m),
            // Checked on every request: a corrected date of birth closes the portal again.
            ouderBetrokkeneId is not null && casus.Betrokkenen.Any(b => b.Id == ouderBetrokkeneId && b.IsJeugdige && b.IsActief
                && b.LeeftijdOp(vandaag) >= Casus.BeslisLeeftijd),
            regievoerder is null);
    }

    /// <summary>The statement, built once from the model: the aggregate as json, the gemeente's name, the medewerkers among
    /// the betrokkenen whose account is gone (for "regie opnieuw toewijzen"), only for an active betrokkene.</summary>
    private sealed class Leesopdracht
    {
        public sealed record Rij(string Aggregaat, string? Gemeente, Guid[] Vertrokken, string? Aanvulling, int OpenSignalen, int Bel,
            Guid? Vragenlijst, string? ZonderToestemming, string? Deelbesluit);

        public Leesopdracht(Microsoft.EntityFrameworkCore.Metadata.IModel model, string aanvulling)
        {
            Lezer = new Aggregaatlezer(model, typeof(Casus));
            var gebruikers = model.FindEntityType(typeof(Gebruiker))!.GetTableName();
            Sql = $"""
                SELECT {Lezer.Json("c")} AS "Aggregaat",
                  (SELECT o."Naam" FROM "Organisaties" o WHERE o."Id" = c."GemeenteId") AS "Gemeente",
                  ARRAY(SELECT b."MedewerkerId" FROM "Betrokkenen" b WHERE b."CasusId" = c."Id" AND b."MedewerkerId" IS NOT NULL
                    AND NOT EXISTS (SELECT 1 FROM "{gebruikers}" u WHERE u."MedewerkerId" = b."MedewerkerId" AND u."Actief")) AS "Vertrokken",
                  {(aanvulling.Length == 0 ? "NULL::text" : $"({aanvulling})::text")} AS "Aanvulling",
                  (SELECT count(*) FROM "Signalen" s WHERE s."CasusId" = c."Id" AND s."BeantwoordOp" IS NULL)::int AS "OpenSignalen",
                  (SELECT count(*) FROM "Meldingen" m WHERE m."GebruikerId" = @gebruiker AND m."GelezenOp" IS NULL)::int AS "Bel",
                  {WachtendeVragenlijst.Sql} AS "Vragenlijst",
                  (SELECT o."Naam" FROM "Organisaties" o WHERE o."Id" = @organisatie AND NOT EXISTS (SELECT 1 FROM "Toestemmingen" t
                    WHERE t."CasusId" = c."Id" AND t."OrganisatieId" = o."Id"
                    AND t."IngetrokkenOp" IS NULL AND (t."GeldigTot" IS NULL OR t."GeldigTot" >= @vandaag))) -- Toestemming.IsGeldigOp
                    AS "ZonderToestemming",
                  (SELECT json_build_array(d."Op", d."Grond") FROM "Deelbesluiten" d WHERE d."CasusId" = c."Id" AND d."OrganisatieId" = @organisatie
                    ORDER BY d."Op" DESC LIMIT 1)::text AS "Deelbesluit"
                FROM "Casussen" c
                WHERE c."Id" = coalesce(@casus, (SELECT o."CasusId" FROM "Betrokkenen" o WHERE o."Id" = @ouder)) AND c."GeanonimiseerdOp" IS NULL AND EXISTS (SELECT 1 FROM "Betrokkenen" b WHERE b."CasusId" = c."Id" AND b."BetrokkenTot" IS NULL -- Betrokkene.IsActief
                  AND (b."MedewerkerId" = @medewerker OR (b."Id" = @ouder AND b."Soort" = '{nameof(BetrokkeneSoort.Gezinslid)}')))
                """;
        }

        public Aggregaatlezer Lezer { get; }
        public string Sql { get; }
    }
}
