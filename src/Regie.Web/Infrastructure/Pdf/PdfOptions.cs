using System.ComponentModel.DataAnnotations;

namespace Regie.Web.Infrastructure.Pdf;

/// <summary>Configuration section Regie:Pdf.</summary>
public sealed class PdfOptions
{
    public const string Sectie = "Regie:Pdf";

    /// <summary>Debian's chromium; the Dockerfile installs it there.</summary>
    [Required(ErrorMessage = "Regie:Pdf:ChromiumPath mag niet leeg zijn.")] public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>A render that takes longer is cut off, so a hanging browser never holds a request.</summary>
    [Range(1, 600, ErrorMessage = "Regie:Pdf:TimeoutSeconds moet tussen {1} en {2} liggen.")] public int TimeoutSeconds { get; set; } = 30;

    /// <summary>Pages rendered at the same time; each costs a browser renderer process and a core.</summary>
    [Range(1, 16, ErrorMessage = "Regie:Pdf:MaxGelijktijdig moet tussen {1} en {2} liggen.")] public int MaxGelijktijdig { get; set; } = 2;

    /// <summary>Memory for stored PDFs, so a download costs no database read of the file; 0 switches it off.</summary>
    [Range(0, 4096, ErrorMessage = "Regie:Pdf:GeheugenMegabytes moet tussen {1} en {2} liggen.")] public int GeheugenMegabytes { get; set; } = 64;
}
