using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Regie.Web.Infrastructure.Configuratie;

/// <summary>Regie:RateLimit: posts per client address per minute.</summary>
public sealed class RateLimitOpties
{
    public const string Sectie = "Regie:RateLimit";

    [Range(1, 100_000, ErrorMessage = "Regie:RateLimit:InloggenPerMinuut moet tussen {1} en {2} liggen.")]
    public int InloggenPerMinuut { get; set; } = 10;

    [Range(1, 100_000, ErrorMessage = "Regie:RateLimit:VerificatiesPerMinuut moet tussen {1} en {2} liggen.")]
    public int VerificatiesPerMinuut { get; set; } = 20;
}

/// <summary>Regie:Inloggen: the growing delay after failed logins (0 switches it off, as the tests do).</summary>
public sealed class InloggenOpties
{
    public const string Sectie = "Regie:Inloggen";

    [Range(0.0, 3600.0, ErrorMessage = "Regie:Inloggen:MaxVertragingSeconden moet tussen {1} en {2} liggen.")]
    public double MaxVertragingSeconden { get; set; } = 8.0;
}

/// <summary>Regie:Proxy: the reverse proxies whose X-Forwarded-* headers are trusted.</summary>
public sealed class ProxyOpties : IValidatableObject
{
    public const string Sectie = "Regie:Proxy";

    public string[] KnownProxies { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // A typo here would silently trust nobody (or the wrong proxy): say so at start.
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
            yield return new ValidationResult(
                $"Regie:Proxy:KnownProxies bevat '{proxy}', dat is geen IP-adres (bijvoorbeeld 10.0.0.5).", [nameof(KnownProxies)]);
    }
}

/// <summary>Regie:DataProtection: the .pfx that encrypts the data-protection keys.</summary>
public sealed class DataProtectionOpties
{
    public const string Sectie = "Regie:DataProtection";

    public string? Certificaat { get; set; }

    public string? CertificaatWachtwoord { get; set; }
}

/// <summary>Regie:Benchmark: only for the load harness.</summary>
public sealed class BenchmarkOpties
{
    public const string Sectie = "Regie:Benchmark";

    public bool MinimalePagina { get; set; }
}

/// <summary>Regie:EmbeddedPostgres: where the embedded cluster lives when no connection string is given.</summary>
public sealed class EmbeddedPostgresOpties
{
    public const string Sectie = "Regie:EmbeddedPostgres";

    /// <summary>Null: .data/postgres in the checkout, else ~/.local/share/regie/postgres.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Null: found via pg_config, /usr/lib/postgresql/*/bin or PATH.</summary>
    public string? BinDirectory { get; set; }
}
