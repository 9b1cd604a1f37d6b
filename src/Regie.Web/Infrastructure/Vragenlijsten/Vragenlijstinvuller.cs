using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Domain.Vragenlijsten;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Logboek;

namespace Regie.Web.Infrastructure.Vragenlijsten;

public enum Invulstatus
{
    Bewaard,

    /// <summary>What was typed is refused (a name, a score out of range, nothing answered): nothing is stored.</summary>
    Geweigerd,

    /// <summary>Filled in already, maybe by a submission a moment earlier: nothing more is stored.</summary>
    AlIngevuld,

    /// <summary>The person chose not to take part.</summary>
    Afgezien,
}

/// <summary>The answer to a submission; <see cref="Veld"/> is the refused question's code ("" for the whole form).</summary>
public sealed record Invulresultaat(Invulstatus Status, string? Veld = null, string? Melding = null)
{
    public const string AlIngevuldMelding = "U heeft deze vragenlijst al ingevuld. Dank u wel.";
    public const string AfgezienMelding = "U heeft gekozen om niet mee te doen aan deze vragenlijst.";
}

/// <summary>Filling in or declining an offer, for ouders and professionals alike. The answer is stored in the same transaction
/// as the offer's status, and the offer's row version makes sure a double submission (also a simultaneous one) stores one answer.
/// The logboek says that someone filled it in, never what or which answer row.</summary>
public sealed class Vragenlijstinvuller(RegieDbContext db, Vragenlijstbron bron, Logboekschrijver logboek, TimeProvider clock)
{
    /// <summary>The offer of <paramref name="gebruikerId"/> with this id, tracked; null when it is not theirs or does not exist.</summary>
    public Task<Vragenlijstaanbod?> AanbodAsync(Guid aanbodId, Guid? gebruikerId, Doelgroep doelgroep, CancellationToken ct) =>
        db.Vragenlijstaanbiedingen.SingleOrDefaultAsync(a => a.Id == aanbodId && a.GebruikerId == gebruikerId && a.Doelgroep == doelgroep, ct);

    public async Task<Vragenlijstversie> VersieAsync(Vragenlijstaanbod aanbod, CancellationToken ct) =>
        await bron.VersieAsync(aanbod.VragenlijstversieId, ct) ?? throw new InvalidOperationException("Het aanbod verwijst naar een onbekende versie.");

    public static Invulresultaat? AlAfgehandeld(Vragenlijstaanbod aanbod) => aanbod.Status switch
    {
        AanbodStatus.Ingevuld => new(Invulstatus.AlIngevuld, "", Invulresultaat.AlIngevuldMelding),
        AanbodStatus.Afgezien => new(Invulstatus.Afgezien, "", Invulresultaat.AfgezienMelding),
        _ => null,
    };

    public async Task<Invulresultaat> VulInAsync(Vragenlijstaanbod aanbod, Vragenlijstversie versie, IReadOnlyDictionary<string, string?> invoer,
        CancellationToken ct)
    {
        if (AlAfgehandeld(aanbod) is { } klaar) return klaar;
        var namen = await NamenAsync(aanbod, ct);
        var uitkomst = VragenlijstInvulling.Maak(aanbod, versie, invoer, namen, clock.GetUtcNow());
        if (uitkomst.IsFout) return new(Invulstatus.Geweigerd, uitkomst.Veld ?? "", uitkomst.Melding);
        if (!aanbod.MarkeerIngevuld()) return new(Invulstatus.AlIngevuld, "", Invulresultaat.AlIngevuldMelding);
        db.VragenlijstInvullingen.Add(uitkomst.Waarde!);
        logboek.Schrijf(aanbod.CasusId, "Vragenlijst", LogboekActie.Aangemaakt, "Vragenlijst ingevuld");
        return await BewaarAsync(aanbod.Id, new Invulresultaat(Invulstatus.Bewaard), ct);
    }

    public async Task<Invulresultaat> ZieAfAsync(Vragenlijstaanbod aanbod, CancellationToken ct)
    {
        if (AlAfgehandeld(aanbod) is { } klaar) return klaar;
        if (!aanbod.ZieAf()) return new(Invulstatus.AlIngevuld, "", Invulresultaat.AlIngevuldMelding);
        logboek.Schrijf(aanbod.CasusId, "Vragenlijst", LogboekActie.Gewijzigd, "Vragenlijst: doet niet mee");
        return await BewaarAsync(aanbod.Id, new Invulresultaat(Invulstatus.Afgezien, "", Invulresultaat.AfgezienMelding), ct);
    }

    private async Task<Invulresultaat> BewaarAsync(Guid aanbodId, Invulresultaat gelukt, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return gelukt;
        }
        catch (Exception e) when (Databaseconflict.IsGelijktijdig(e))
        {
            // Another submission flipped the offer first (its xmin moved on): that one's answer counts, this one stores nothing.
            db.ChangeTracker.Clear();
            var status = await db.Vragenlijstaanbiedingen.AsNoTracking().Where(a => a.Id == aanbodId).Select(a => a.Status).FirstOrDefaultAsync(ct);
            return status == AanbodStatus.Afgezien
                ? new(Invulstatus.Afgezien, "", Invulresultaat.AfgezienMelding)
                : new(Invulstatus.AlIngevuld, "", Invulresultaat.AlIngevuldMelding);
        }
    }

    /// <summary>The names an open answer may not hold. For an ouder: everyone betrokken in the casus (gezin, netwerk,
    /// professionals). For a professional: the betrokkenen of the casussen they were betrokken in during the meetmoment's
    /// period (without a meetmoment: all their casussen).</summary>
    private async Task<List<string>> NamenAsync(Vragenlijstaanbod aanbod, CancellationToken ct)
    {
        if (aanbod.CasusId is { } casusId)
            return await db.Betrokkenen.AsNoTracking().Where(b => b.CasusId == casusId).Select(b => b.Naam).Distinct().ToListAsync(ct);

        var medewerkerId = await db.Users.AsNoTracking().Where(u => u.Id == aanbod.GebruikerId).Select(u => u.MedewerkerId).SingleOrDefaultAsync(ct);
        if (medewerkerId is null) return [];
        var eigen = db.Betrokkenen.AsNoTracking().Where(b => b.MedewerkerId == medewerkerId);
        if (aanbod.MeetmomentId is { } meetmomentId
            && await db.Meetmomenten.AsNoTracking().SingleOrDefaultAsync(m => m.Id == meetmomentId, ct) is { } meetmoment)
            eigen = eigen.Where(b => b.BetrokkenVan <= meetmoment.PeriodeTot && (b.BetrokkenTot == null || b.BetrokkenTot >= meetmoment.PeriodeVan));
        var casussen = eigen.Select(b => b.CasusId);
        return await db.Betrokkenen.AsNoTracking().Where(b => casussen.Contains(b.CasusId)).Select(b => b.Naam).Distinct().ToListAsync(ct);
    }
}
