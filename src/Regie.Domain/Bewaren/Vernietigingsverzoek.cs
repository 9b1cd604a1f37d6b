using Regie.Domain.Gedeeld;

namespace Regie.Domain.Bewaren;

public enum VernietigingStatus
{
    Open,
    Uitgevoerd,
    NietUitgevoerd,
}

/// <summary>Why a request to destroy the file may be refused (Jeugdwet art. 7.3.9 and 7.3.10): the only reasons a beheerder can choose.</summary>
public enum WettelijkeUitzondering
{
    LopendeKinderbeschermingsmaatregel,
    BelangVanEenAnder,
    WettelijkeBewaarplicht,
}

/// <summary>The family asks for the file to be destroyed. The regievoerder records who asked and when; the beheerder decides
/// within three months: carry it out (the casus is anonymised) or not, for a legal reason written down with it.</summary>
public sealed class Vernietigingsverzoek
{
    public const int MaxToelichting = 2000;
    public const int TermijnMaanden = 3;

    private Vernietigingsverzoek() { VastgelegdDoor = ""; }

    public Guid Id { get; private set; }
    public Guid CasusId { get; private set; }

    /// <summary>The gezinslid (a betrokkene) who asks.</summary>
    public Guid GevraagdDoorId { get; private set; }

    /// <summary>The Dutch date the family asked; the three months run from here.</summary>
    public DateOnly GevraagdOp { get; private set; }

    public Guid VastgelegdDoorId { get; private set; }
    public string VastgelegdDoor { get; private set; }
    public DateTimeOffset VastgelegdOp { get; private set; }
    public VernietigingStatus Status { get; private set; }
    public WettelijkeUitzondering? Uitzondering { get; private set; }
    public string? Toelichting { get; private set; }
    public Guid? BeslistDoorId { get; private set; }
    public DateTimeOffset? BeslistOp { get; private set; }

    /// <summary>The last day it must be carried out.</summary>
    public DateOnly Uiterlijk => GevraagdOp.AddMonths(TermijnMaanden);

    public bool IsTeLaat(DateOnly vandaag) => Status == VernietigingStatus.Open && vandaag > Uiterlijk;

    public static Uitkomst<Vernietigingsverzoek> LegVast(Guid casusId, Guid gevraagdDoorId, DateOnly gevraagdOp, DateOnly vandaag,
        Guid vastgelegdDoorId, string vastgelegdDoor, DateTimeOffset nu)
    {
        if (gevraagdOp > vandaag) return Uitkomst.Fout<Vernietigingsverzoek>("De datum van het verzoek ligt in de toekomst.", nameof(GevraagdOp));
        return Uitkomst.Ok(new Vernietigingsverzoek
        {
            Id = Guid.NewGuid(),
            CasusId = casusId,
            GevraagdDoorId = gevraagdDoorId,
            GevraagdOp = gevraagdOp,
            VastgelegdDoorId = vastgelegdDoorId,
            VastgelegdDoor = vastgelegdDoor,
            VastgelegdOp = nu,
            Status = VernietigingStatus.Open,
        });
    }

    public Uitkomst Uitvoeren(Guid doorId, DateTimeOffset nu)
    {
        if (Status != VernietigingStatus.Open) return Uitkomst.Fout("Over dit verzoek is al beslist.");
        Status = VernietigingStatus.Uitgevoerd;
        BeslistDoorId = doorId;
        BeslistOp = nu;
        return Uitkomst.Ok();
    }

    public Uitkomst NietUitvoeren(WettelijkeUitzondering uitzondering, string? toelichting, Guid doorId, DateTimeOffset nu)
    {
        if (Status != VernietigingStatus.Open) return Uitkomst.Fout("Over dit verzoek is al beslist.");
        if (!Enum.IsDefined(uitzondering)) return Uitkomst.Fout("Kies de wettelijke uitzondering.", nameof(Uitzondering));
        if (string.IsNullOrWhiteSpace(toelichting)) return Uitkomst.Fout("Leg uit waarom de uitzondering hier geldt.", nameof(Toelichting));
        if (toelichting.Trim().Length > MaxToelichting)
            return Uitkomst.Fout($"De toelichting mag hoogstens {MaxToelichting} tekens lang zijn.", nameof(Toelichting));
        Status = VernietigingStatus.NietUitgevoerd;
        Uitzondering = uitzondering;
        Toelichting = toelichting.Trim();
        BeslistDoorId = doorId;
        BeslistOp = nu;
        return Uitkomst.Ok();
    }

    public static string Naam(WettelijkeUitzondering uitzondering) => uitzondering switch
    {
        WettelijkeUitzondering.LopendeKinderbeschermingsmaatregel => "Er loopt nog een kinderbeschermingsmaatregel",
        WettelijkeUitzondering.BelangVanEenAnder => "Het belang van een ander dan de jeugdige",
        WettelijkeUitzondering.WettelijkeBewaarplicht => "Een andere wet verplicht tot bewaren",
        _ => uitzondering.ToString(),
    };
}
