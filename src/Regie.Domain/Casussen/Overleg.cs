using Regie.Domain.Gedeeld;

namespace Regie.Domain.Casussen;

/// <summary>A multidisciplinair overleg (MDO): who was there and what was decided.</summary>
public sealed class Overleg
{
    private Overleg() { Aanwezigen = []; }

    internal Overleg(DateTimeOffset datum, IEnumerable<Guid> aanwezigen)
    {
        Id = Guid.NewGuid();
        Datum = datum;
        Aanwezigen = aanwezigen.Distinct().ToList();
    }

    public Guid Id { get; private set; }
    public Guid CasusId { get; private set; }
    public DateTimeOffset Datum { get; private set; }

    /// <summary>Ids of the betrokkenen who were present.</summary>
    public List<Guid> Aanwezigen { get; private set; }

    public string? Besluiten { get; private set; }

    internal void LegVast(IEnumerable<Guid> aanwezigen, string? besluiten)
    {
        Besluiten = Vereist.OptioneleTekst(besluiten, "De besluiten", 8000, nameof(Besluiten)).Zeker();
        Aanwezigen = aanwezigen.Distinct().ToList();
    }
}
