using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Regie.Web.Infrastructure.Pdf;

public static class PdfRegistratie
{
    /// <summary>The Chromium renderer as the one <see cref="IPdfRenderer"/>, and its part of /health/ready.</summary>
    public static void AddRegiePdf(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PdfOptions>().BindConfiguration(PdfOptions.Sectie).ValidateDataAnnotations().ValidateOnStart();
        // A singleton the container disposes when the app stops, which closes the browser.
        builder.Services.AddSingleton(sp => new ChromiumPdfRenderer(
            sp.GetRequiredService<IOptions<PdfOptions>>(),
            sp.GetRequiredService<IWebHostEnvironment>() is var env && env.WebRootPath is { } root ? root : Path.Combine(env.ContentRootPath, "wwwroot"),
            sp.GetRequiredService<ILogger<ChromiumPdfRenderer>>()));
        builder.Services.AddSingleton<IPdfRenderer>(sp => sp.GetRequiredService<ChromiumPdfRenderer>());
        builder.Services.AddHealthChecks().AddCheck<PdfGezondheid>("pdf", tags: ["ready"]);
    }
}

/// <summary>Degraded, not unhealthy: without a browser everything but the PDFs still works.</summary>
internal sealed class PdfGezondheid(ChromiumPdfRenderer renderer) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (renderer.Storing is { } storing) return Task.FromResult(HealthCheckResult.Degraded(storing));
        if (!File.Exists(renderer.ChromiumPath))
            return Task.FromResult(HealthCheckResult.Degraded(
                $"Chromium is niet gevonden op {renderer.ChromiumPath} (Regie:Pdf:ChromiumPath); installeer het met 'apt-get install chromium'."));
        return Task.FromResult(HealthCheckResult.Healthy());
    }
}
