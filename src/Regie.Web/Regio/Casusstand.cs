using Regie.Domain.Casussen;

namespace Regie.Web.Regio;

/// <summary>Where procesregie lies: with whom the active procesregievoerder works, or nobody.</summary>
public enum Regieplek
{
    Geen,
    Gemeente,
    GecertificeerdeInstelling,
    Zorgaanbieder,
    Onderwijs,
    Overig,
    Gezin,
    Netwerk,
}

/// <summary>Whether the next evaluation of an active casus is on time. A closed casus has none.</summary>
public enum Evaluatiestand
{
    GeenDatum,
    OpTijd,
    TeLaat,
    NietVanToepassing,
}

/// <summary>One casus as the region counts it, in one month: the summary the scheduler keeps (Casusstanden), so the
/// dashboard and the research export add up rows instead of reading aggregates. The row of the current month is rewritten
/// on every run; a past month keeps what it was at that month's last run, which gives the live figures their trend.
/// A casus closed before the table existed gets one row, in the month it closed. No names, no free text, no exact dates.</summary>
public sealed class Casusstand
{
    /// <summary>First day of the month this row describes.</summary>
    public DateOnly Maand { get; set; }
    public Guid CasusId { get; set; }

    public Guid GemeenteId { get; set; }
    public List<string> Indicaties { get; set; } = [];
    public Maatregel Maatregel { get; set; }
    public CasusStatus Status { get; set; }

    /// <summary>First day of the month the casus opened / closed.</summary>
    public DateOnly Geopend { get; set; }
    public DateOnly? Gesloten { get; set; }

    /// <summary>Age bands of the jeugdigen whose date of birth is known: 0-3, 4-11, 12-15, 16-17, 18+.</summary>
    public List<string> Leeftijden { get; set; } = [];

    // Active betrokkenen (for a closed casus: those still betrokken when it closed), by kind and organisation type.
    public int Gezinsleden { get; set; }
    public int Netwerk { get; set; }
    public int ProfessionalsGemeente { get; set; }
    public int ProfessionalsGi { get; set; }
    public int ProfessionalsZorgaanbieder { get; set; }
    public int ProfessionalsOnderwijs { get; set; }
    public int ProfessionalsOverig { get; set; }

    // Per step kind of the seven: afgesproken now (by kind, not by the step's number in the sjabloon).
    public bool AfgesprokenBetrokkenen { get; set; }
    public bool AfgesprokenHulpvraag { get; set; }
    public bool AfgesprokenWieDoetWat { get; set; }
    public bool AfgesprokenRegie { get; set; }
    public bool AfgesprokenCommunicatie { get; set; }
    public bool AfgesprokenEvaluatie { get; set; }
    public bool AfgesprokenVerandering { get; set; }

    public Regieplek Procesregie { get; set; }

    // Active inhoudelijke regie toewijzingen, by the organisation type of who holds them.
    public int InhoudelijkGemeente { get; set; }
    public int InhoudelijkGi { get; set; }
    public int InhoudelijkZorgaanbieder { get; set; }
    public int InhoudelijkOnderwijs { get; set; }
    public int InhoudelijkOverig { get; set; }

    public int Versies { get; set; }

    /// <summary>Days from the Startdatum to the first vaststelling (Dutch date), and that vaststelling's month.</summary>
    public int? DagenTotEersteVaststelling { get; set; }
    public DateOnly? EersteVaststelling { get; set; }

    public int Overdrachten { get; set; }
    public int OverdrachtenGeaccepteerd { get; set; }
    public int OverdrachtenGeweigerd { get; set; }

    /// <summary>Days since the Startdatum (to now, or to the closing) on which no procesregievoerder was active.</summary>
    public int DagenZonderRegievoerder { get; set; }

    public Evaluatiestand Evaluatie { get; set; }
    public bool Herbeoordelen { get; set; }

    public int Signalen { get; set; }
    public int Opschalingen { get; set; }
    public int Geescaleerd { get; set; }

    public DateTimeOffset BijgewerktOp { get; set; }
}
