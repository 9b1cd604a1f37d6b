namespace Regie.Domain.Regievoering;

public enum RegieSoort
{
    Procesregie,
    InhoudelijkeRegie,
}

/// <summary>Who holds regie, from when until when and why it ended. Never deleted: together they are the history.</summary>
public sealed class Regietoewijzing
{
    private Regietoewijzing() { }

    internal Regietoewijzing(RegieSoort soort, Guid betrokkeneId, string? onderdeel, string? mandaat, DateTimeOffset van)
    {
        Id = Guid.NewGuid();
        Soort = soort;
        BetrokkeneId = betrokkeneId;
        Onderdeel = onderdeel;
        Mandaat = mandaat;
        Van = van;
    }

    public Guid Id { get; private set; }
    public Guid CasusId { get; private set; }
    public RegieSoort Soort { get; private set; }
    public Guid BetrokkeneId { get; private set; }

    /// <summary>For inhoudelijke regie: the part of the plan it covers, e.g. "onderzoek school".</summary>
    public string? Onderdeel { get; private set; }

    /// <summary>Written out: what the regievoerder may decide and where doorzettingsmacht lies.</summary>
    public string? Mandaat { get; private set; }

    public DateTimeOffset Van { get; private set; }
    public DateTimeOffset? Tot { get; private set; }
    public string? RedenEinde { get; private set; }

    public bool IsActief => Tot is null;

    /// <summary>The one procesregievoerder a casus has at a time.</summary>
    public bool IsActieveProcesregie => Soort == RegieSoort.Procesregie && IsActief;

    internal void Beeindig(DateTimeOffset tot, string reden)
    {
        Tot = tot;
        RedenEinde = reden;
    }
}
