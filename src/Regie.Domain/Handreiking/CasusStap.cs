namespace Regie.Domain.Handreiking;

public enum StapStatus
{
    Open,
    InBespreking,
    Afgesproken,
}

/// <summary>One samenwerkingsstap of one casus: the afspraken in free text and how far the table is with it.
/// Titel and hulpvragen are copied from the casus' sjabloon so the casus keeps its wording.</summary>
public sealed class CasusStap
{
    private CasusStap() { Titel = ""; Hulpvragen = []; }

    internal CasusStap(SjabloonStap sjabloonStap)
    {
        Id = Guid.NewGuid();
        Nummer = sjabloonStap.Nummer;
        Soort = sjabloonStap.Soort;
        Titel = sjabloonStap.Titel;
        Hulpvragen = [.. sjabloonStap.Hulpvragen];
        Status = StapStatus.Open;
    }

    public const int MaxAfsprakenLengte = 8000;

    public Guid Id { get; private set; }
    public Guid CasusId { get; private set; }
    public int Nummer { get; private set; }
    public StapSoort Soort { get; private set; }
    public string Titel { get; private set; }
    public List<string> Hulpvragen { get; private set; }
    public string? Afspraken { get; private set; }
    public StapStatus Status { get; private set; }
    public DateTimeOffset? GewijzigdOp { get; private set; }
    public string? GewijzigdDoor { get; private set; }

    internal void Wijzig(string? afspraken, StapStatus status, string door, DateTimeOffset nu)
    {
        Afspraken = string.IsNullOrWhiteSpace(afspraken) ? null : afspraken.Trim();
        Status = status;
        GewijzigdOp = nu;
        GewijzigdDoor = door;
    }

    /// <summary>Something this step rests on changed: what was agreed must be discussed again.</summary>
    internal void TerugNaarBespreking(DateTimeOffset nu)
    {
        if (Status != StapStatus.Afgesproken) return;
        Status = StapStatus.InBespreking;
        GewijzigdOp = nu;
    }
}
