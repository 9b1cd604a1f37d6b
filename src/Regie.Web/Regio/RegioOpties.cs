using System.ComponentModel.DataAnnotations;
using Regie.Domain.Regio;

namespace Regie.Web.Regio;

/// <summary>Regie:Regio: how the region's figures are protected (docs/regio-onderdrukking.md).</summary>
public sealed class RegioOpties
{
    public const string Sectie = "Regie:Regio";

    /// <summary>Counts below this are hidden; averages and percentages over fewer casussen are not shown; an export of fewer
    /// casussen is refused.</summary>
    [Range(2, 100, ErrorMessage = "Regie:Regio:MinimumAantal moet tussen {1} en {2} liggen.")]
    public int MinimumAantal { get; set; } = KleineAantallen.StandaardMinimum;
}
