namespace Regie.Web.Infrastructure.Pdf;

/// <summary>Turns one self-contained print page (HTML plus the app's own fonts and CSS) into an A4 PDF.
/// Everything browser-specific stays behind this interface, so another renderer (QuestPDF) can take its place.</summary>
public interface IPdfRenderer
{
    /// <exception cref="PdfNietBeschikbaarException">The renderer cannot run now, or took longer than allowed.</exception>
    Task<byte[]> RenderAsync(string html, PdfOpties opties, CancellationToken ct);
}

/// <summary>Plain text for the running header on every page; the footer always says "pagina X van Y".</summary>
public sealed record PdfOpties(string KopLinks, string? KopRechts = null, string? VoetLinks = null);

/// <summary>The PDF cannot be made now. The message is Dutch and meant for the user; the cause is in the log.</summary>
public sealed class PdfNietBeschikbaarException(string message, Exception? inner = null) : Exception(message, inner);
