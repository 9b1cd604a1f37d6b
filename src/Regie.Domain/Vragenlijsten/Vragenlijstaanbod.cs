using Regie.Domain.Casussen;

namespace Regie.Domain.Vragenlijsten;

public enum AanbodStatus
{
    Open,
    Ingevuld,
    Afgezien,
}

/// <summary>A questionnaire offered to one person at one moment. It knows who (to show it and to allow one answer), the
/// answer does not: filling it in only flips <see cref="Status"/>, without a time, so the two cannot be matched up.</summary>
public sealed class Vragenlijstaanbod
{
    private Vragenlijstaanbod() { Moment = ""; Indicaties = []; }

    private Vragenlijstaanbod(Guid gebruikerId, Vragenlijstversie versie, string moment, Guid? casusId, Guid? gemeenteId,
        List<string> indicaties, Maatregel? maatregel, DateTimeOffset nu)
    {
        Id = Guid.NewGuid();
        GebruikerId = gebruikerId;
        Doelgroep = versie.Doelgroep;
        VragenlijstversieId = versie.Id;
        Moment = moment;
        CasusId = casusId;
        GemeenteId = gemeenteId;
        Indicaties = indicaties;
        Maatregel = maatregel;
        AangebodenOp = nu;
        Status = AanbodStatus.Open;
    }

    public Guid Id { get; private set; }
    public Guid GebruikerId { get; private set; }
    public Doelgroep Doelgroep { get; private set; }
    public Guid VragenlijstversieId { get; private set; }

    /// <summary>What makes "one answer per person per moment": e.g. <c>afsluiten:{casus}</c>, <c>versie:{versie}</c>,
    /// <c>meetmoment:{id}</c>. Unique with <see cref="GebruikerId"/>.</summary>
    public string Moment { get; private set; }

    /// <summary>For ouders: the casus whose betrokkenen's names an open answer may not hold. Never copied to the answer.</summary>
    public Guid? CasusId { get; private set; }

    // What the region's figures filter on, copied to the answer when it is given.
    public Guid? GemeenteId { get; private set; }
    public List<string> Indicaties { get; private set; }
    public Maatregel? Maatregel { get; private set; }

    public DateTimeOffset AangebodenOp { get; private set; }
    public AanbodStatus Status { get; private set; }

    public bool IsOpen => Status == AanbodStatus.Open;

    public static string MomentAfsluiten(Guid casusId) => $"afsluiten:{casusId}";
    public static string MomentVaststelling(Guid versieId) => $"versie:{versieId}";
    public const string MeetmomentVoorvoegsel = "meetmoment:";
    public static string MomentMeting(Guid meetmomentId) => $"{MeetmomentVoorvoegsel}{meetmomentId}";

    /// <summary>The meetmoment this offer belongs to, read back from <see cref="Moment"/>; null for an ouder's offer.</summary>
    public Guid? MeetmomentId =>
        Moment.StartsWith(MeetmomentVoorvoegsel, StringComparison.Ordinal) && Guid.TryParse(Moment[MeetmomentVoorvoegsel.Length..], out var id)
            ? id : null;

    /// <summary>For an ouder of <paramref name="casus"/>, at its closing or after a vaststelling.</summary>
    public static Vragenlijstaanbod VoorOuder(Guid gebruikerId, Vragenlijstversie versie, Casus casus, string moment, DateTimeOffset nu) =>
        versie.Doelgroep != Doelgroep.Ouders
            ? throw new ArgumentException("Ouders krijgen de vragenlijst voor ouders.", nameof(versie))
            : new(gebruikerId, versie, moment, casus.Id, casus.GemeenteId, [.. casus.Indicaties], casus.Maatregel, nu);

    /// <summary>For a professional at a meetmoment: about working with the handreiking, not about one casus.</summary>
    public static Vragenlijstaanbod VoorProfessional(Guid gebruikerId, Vragenlijstversie versie, Meetmoment meetmoment, DateTimeOffset nu) =>
        versie.Doelgroep != Doelgroep.Professionals
            ? throw new ArgumentException("Professionals krijgen de vragenlijst voor professionals.", nameof(versie))
            : new(gebruikerId, versie, MomentMeting(meetmoment.Id), null, null, [], null, nu);

    /// <summary>The answer is stored in the same transaction; false when it was already filled in or declined.</summary>
    public bool MarkeerIngevuld()
    {
        if (!IsOpen) return false;
        Status = AanbodStatus.Ingevuld;
        return true;
    }

    public bool ZieAf()
    {
        if (!IsOpen) return false;
        Status = AanbodStatus.Afgezien;
        return true;
    }
}
