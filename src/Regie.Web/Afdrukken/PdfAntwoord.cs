using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Infrastructure.Pdf;

namespace Regie.Web.Afdrukken;

/// <summary>How every PDF page answers: the file as a private download, or a Dutch 503 page when it cannot be made now.</summary>
public static class PdfAntwoord
{
    public static FileContentResult Bestand(PageModel pagina, byte[] pdf, string naam)
    {
        // Case data: kept by the browser that asked, by no shared cache.
        pagina.Response.Headers.CacheControl = "private, no-cache";
        return pagina.File(pdf, "application/pdf", Bestandsnaam(naam));
    }

    public static PageResult NietBeschikbaar(PageModel pagina)
    {
        pagina.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        pagina.Response.Headers.RetryAfter = "60";
        pagina.Response.Headers.CacheControl = "no-store";
        return pagina.Page();
    }

    /// <summary>A name every file system accepts; the Dutch letters stay (sent as filename* in UTF-8).</summary>
    public static string Bestandsnaam(string naam)
    {
        var ongeldig = Path.GetInvalidFileNameChars().Concat(['"', '\\', '/', ':', '*', '?', '<', '>', '|']).ToHashSet();
        var schoon = new StringBuilder(naam.Length);
        foreach (var c in naam.Normalize(NormalizationForm.FormC)) schoon.Append(ongeldig.Contains(c) || char.IsControl(c) ? '-' : c);
        var tekst = string.Join(' ', schoon.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return (tekst.Length > 120 ? tekst[..120] : tekst) + ".pdf";
    }
}
