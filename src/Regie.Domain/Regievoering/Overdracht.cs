namespace Regie.Domain.Regievoering;

public enum OverdrachtStatus
{
    Voorgesteld,
    Geaccepteerd,
    Afgewezen,
    Ingetrokken,
}

/// <summary>A warm handover of procesregie: the current regievoerder stays until the opvolger accepts.</summary>
public sealed class Overdracht
{
    private Overdracht() { }

    internal Overdracht(Guid vanBetrokkeneId, Guid naarBetrokkeneId, string? notitie, DateTimeOffset voorgesteldOp)
    {
        Id = Guid.NewGuid();
        VanBetrokkeneId = vanBetrokkeneId;
        NaarBetrokkeneId = naarBetrokkeneId;
        Notitie = notitie;
        VoorgesteldOp = voorgesteldOp;
        Status = OverdrachtStatus.Voorgesteld;
    }

    public Guid Id { get; private set; }
    public Guid CasusId { get; private set; }
    public Guid VanBetrokkeneId { get; private set; }
    public Guid NaarBetrokkeneId { get; private set; }
    public string? Notitie { get; private set; }
    public DateTimeOffset VoorgesteldOp { get; private set; }
    public OverdrachtStatus Status { get; private set; }
    public DateTimeOffset? BeslistOp { get; private set; }
    public string? Reden { get; private set; }

    public bool IsOpen => Status == OverdrachtStatus.Voorgesteld;

    internal void Beslis(OverdrachtStatus status, string? reden, DateTimeOffset nu)
    {
        Status = status;
        Reden = reden;
        BeslistOp = nu;
    }
}
