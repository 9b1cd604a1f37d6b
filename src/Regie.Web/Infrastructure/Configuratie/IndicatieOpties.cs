using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace Regie.Web.Infrastructure.Configuratie;

/// <summary>One Twents Model code the region uses, with the wording from its own product list.</summary>
public sealed class Indicatie
{
    public string Code { get; set; } = "";
    public string Omschrijving { get; set; } = "";
}

/// <summary>Regie:Indicaties: the codes offered when a casus is opened or changed (appsettings.json holds the pilot's).</summary>
public sealed partial class IndicatieOpties : IValidatableObject
{
    // The list sits directly under Regie:, next to the single keys of RegieOpties.
    public const string Sectie = "Regie";

    public Indicatie[] Indicaties { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // A code the casus would refuse (Casus keeps codes of at most 20 tekens) must stop the app, not the first save.
        for (var i = 0; i < Indicaties.Length; i++)
        {
            var code = Indicaties[i].Code?.Trim();
            if (string.IsNullOrEmpty(code))
                yield return new ValidationResult($"Regie:Indicaties:{i}:Code is leeg; geef elke indicatie een code, zoals OB4A.", [nameof(Indicaties)]);
            else if (!CodePatroon().IsMatch(code))
                yield return new ValidationResult(
                    $"Regie:Indicaties:{i}:Code is '{code}'; een indicatiecode bestaat uit letters, cijfers en streepjes, hoogstens 20 tekens, zoals OB4A.",
                    [nameof(Indicaties)]);
        }
        foreach (var dubbel in Indicaties.Select(i => i.Code?.Trim()).Where(c => !string.IsNullOrEmpty(c))
                     .GroupBy(c => c!, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            yield return new ValidationResult($"Regie:Indicaties noemt de code {dubbel.Key} {dubbel.Count()} keer; noem elke code één keer.", [nameof(Indicaties)]);
    }

    [GeneratedRegex("^[A-Za-z0-9-]{1,20}$")]
    private static partial Regex CodePatroon();
}
