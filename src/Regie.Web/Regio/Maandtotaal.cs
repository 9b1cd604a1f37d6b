using Regie.Domain.Casussen;

namespace Regie.Web.Regio;

/// <summary>The Casusstanden of one month added up per gemeente, set of indicaties and maatregel: the dashboard's live
/// figures per month read these few thousand rows instead of every casus of every month (800,000 rows for a year of
/// 100,000 casussen). Written by <see cref="Casusstandenbijwerker"/> for each month it touches. Counts only.</summary>
public sealed class Maandtotaal
{
    public long Id { get; set; }

    /// <summary>First day of the month.</summary>
    public DateOnly Maand { get; set; }
    public Guid GemeenteId { get; set; }

    /// <summary>The set of indicaties as the Casusstanden hold it, so the same filter applies.</summary>
    public List<string> Indicaties { get; set; } = [];
    public Maatregel Maatregel { get; set; }

    /// <summary>Active casussen; every other count is of these.</summary>
    public int Actief { get; set; }
    public int AfgesprokenBetrokkenen { get; set; }
    public int AfgesprokenHulpvraag { get; set; }
    public int AfgesprokenWieDoetWat { get; set; }
    public int AfgesprokenRegie { get; set; }
    public int AfgesprokenCommunicatie { get; set; }
    public int AfgesprokenEvaluatie { get; set; }
    public int AfgesprokenVerandering { get; set; }

    /// <summary>Per <see cref="Regieplek"/>, in its order.</summary>
    public int[] Procesregie { get; set; } = new int[8];
    public int EvaluatieTeLaat { get; set; }
    public int Herbeoordelen { get; set; }

    /// <summary>The latest run that wrote one of its Casusstanden.</summary>
    public DateTimeOffset BijgewerktOp { get; set; }
}
