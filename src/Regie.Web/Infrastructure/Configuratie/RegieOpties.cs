using System.ComponentModel.DataAnnotations;

namespace Regie.Web.Infrastructure.Configuratie;

/// <summary>The single keys directly under Regie: (README, Configuration). Sub-sections have classes of their own.</summary>
public sealed class RegieOpties : IValidatableObject
{
    public const string Sectie = "Regie";

    /// <summary>Absolute http(s) address printed on PDFs; empty in Development: the request's own scheme and host.</summary>
    public string? PubliekeUrl { get; set; }

    /// <summary>First part of a casuscode (TW-2026-0042); the same shape the domain accepts for a code, so opening never fails on it.</summary>
    [RegularExpression("^[A-Za-z]{2,4}$",
        ErrorMessage = "Regie:CasuscodePrefix bestaat uit 2 tot 4 letters, bijvoorbeeld TW.")]
    public string CasuscodePrefix { get; set; } = "TW";

    /// <summary>Null: on everywhere except Development.</summary>
    public bool? RequireTwoFactor { get; set; }

    /// <summary>Null: on in Development only.</summary>
    public bool? DemoData { get; set; }

    public bool DemoModus { get; set; }

    /// <summary>Working days the procesregievoerder has to answer a signaal before it goes to the gemeente.</summary>
    [Range(1, 30, ErrorMessage = "Regie:SignaalTermijnWerkdagen moet tussen {1} en {2} werkdagen liggen.")]
    public int SignaalTermijnWerkdagen { get; set; } = 3;

    /// <summary>Years a closed casus is kept before the scheduler anonymises it, counted from its closing date. The Jeugdwet
    /// asks at least 20 years from when data were made, and everything in a casus was made before it closed.</summary>
    [Range(20, 115, ErrorMessage = "Regie:Bewaartermijn is het aantal jaren dat een afgesloten casus bewaard blijft: tussen {1} en {2}.")]
    public int Bewaartermijn { get; set; } = 20;

    /// <summary>The region's choice to offer the ouders' questionnaire after every vaststelling too, not only at closing.</summary>
    public bool VragenlijstNaVaststelling { get; set; }

    public bool IsDemoDataAan(IHostEnvironment env) => DemoData ?? env.IsDevelopment();

    public bool IsTweeStapsVerificatieAan(IHostEnvironment env) => RequireTwoFactor ?? !env.IsDevelopment();

    /// <summary>The host of <see cref="PubliekeUrl"/>, or null when it is not an absolute http(s) address.</summary>
    public static string? PubliekeHost(string? publiekeUrl) =>
        Uri.TryCreate(publiekeUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.Authority : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(PubliekeUrl) && PubliekeHost(PubliekeUrl) is null)
            yield return new ValidationResult(
                $"Regie:PubliekeUrl '{PubliekeUrl}' is geen geldig adres; gebruik bijvoorbeeld https://regie.example.nl.", [nameof(PubliekeUrl)]);
    }
}
