namespace Regie.Domain.Signalen;

public enum SignaalBerichtVan
{
    Indiener,
    Regievoerder,
}

/// <summary>One turn in the exchange about a signaal: what the indiener added or said about an answer, or what the
/// regievoerder answered. Kept after a reopening, so the next answer can build on what did not help.</summary>
public sealed class SignaalBericht
{
    private SignaalBericht() { Door = ""; Tekst = ""; }

    internal SignaalBericht(Guid signaalId, SignaalBerichtVan van, string door, string tekst, DateTimeOffset op)
    {
        Id = Guid.NewGuid();
        SignaalId = signaalId;
        Van = van;
        Door = door;
        Tekst = tekst;
        Op = op;
    }

    public Guid Id { get; private set; }
    public Guid SignaalId { get; private set; }
    public SignaalBerichtVan Van { get; private set; }

    /// <summary>The name of who wrote it: the regievoerder can change during a signaal (a warm overdracht).</summary>
    public string Door { get; private set; }

    public string Tekst { get; private set; }
    public DateTimeOffset Op { get; private set; }
}
