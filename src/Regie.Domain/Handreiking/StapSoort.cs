using System.Text.Json.Serialization;

namespace Regie.Domain.Handreiking;

/// <summary>What a samenwerkingsstap is about. The rules use the kind, never the step's number or wording,
/// so a region may re-word and re-order the steps. Stored as text, also inside the sjabloon's JSON.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StapSoort>))]
public enum StapSoort
{
    Betrokkenen,
    Hulpvraag,
    WieDoetWat,
    Regie,
    Communicatie,
    Evaluatie,
    Verandering,
}

public static class StapSoorten
{
    /// <summary>How a kind reads in a message, whatever the region named the step.</summary>
    public static string Naam(StapSoort soort) => soort switch
    {
        StapSoort.Betrokkenen => "Betrokkenen",
        StapSoort.Hulpvraag => "Hulpvraag en doelen",
        StapSoort.WieDoetWat => "Wie doet wat",
        StapSoort.Regie => "Regie",
        StapSoort.Communicatie => "Communicatie",
        StapSoort.Evaluatie => "Evaluatie",
        _ => "Verandering, overdracht en afsluiting",
    };
}
