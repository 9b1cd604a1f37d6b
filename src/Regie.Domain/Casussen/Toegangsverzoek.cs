using Regie.Domain.Gedeeld;

namespace Regie.Domain.Casussen;

public enum ToegangsverzoekStatus
{
    Open,
    Toegestaan,
    Afgewezen,
}

/// <summary>A professional who was about to open a second casus for a family asks the regievoerder of the existing one to
/// be added instead. Holds ids only: who asks is read from the medewerker when shown.</summary>
public sealed class Toegangsverzoek
{
    private Toegangsverzoek() { }

    public Toegangsverzoek(Guid casusId, Guid medewerkerId, DateTimeOffset nu)
    {
        Id = Guid.NewGuid();
        CasusId = casusId;
        MedewerkerId = medewerkerId;
        GevraagdOp = nu;
        Status = ToegangsverzoekStatus.Open;
    }

    public Guid Id { get; private set; }
    public Guid CasusId { get; private set; }

    /// <summary>Who asks to be added.</summary>
    public Guid MedewerkerId { get; private set; }

    public DateTimeOffset GevraagdOp { get; private set; }
    public ToegangsverzoekStatus Status { get; private set; }
    public DateTimeOffset? BeslistOp { get; private set; }
    public Guid? BeslistDoor { get; private set; }

    /// <summary>Answered once: a second click (or a second tab) is refused, so the requester hears one answer.</summary>
    public Uitkomst Beslis(bool toestaan, Guid door, DateTimeOffset nu)
    {
        if (Status != ToegangsverzoekStatus.Open) return Uitkomst.Fout("Op dit verzoek is al geantwoord.");
        (Status, BeslistOp, BeslistDoor) = (toestaan ? ToegangsverzoekStatus.Toegestaan : ToegangsverzoekStatus.Afgewezen, nu, door);
        return Uitkomst.Ok();
    }
}
