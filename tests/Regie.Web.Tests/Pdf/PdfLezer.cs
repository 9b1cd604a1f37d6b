using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace Regie.Web.Tests.Pdf;

/// <summary>A PDF read back with PdfPig, in the terms the tests ask about.</summary>
public sealed partial record PdfInhoud(IReadOnlyList<string> Paginas, string? Titel, IReadOnlyList<string> Links,
    IReadOnlyList<string> Bladwijzers, bool IsGetagd, IReadOnlyList<IReadOnlyList<PdfInhoud.Woord>> Woorden)
{
    public sealed record Woord(string Tekst, double Links, double Boven);

    public int AantalPaginas => Paginas.Count;
    public string Alles => string.Join("\n", Paginas);

    /// <summary>Whitespace differs between what was typed and how the PDF lays it out; the letters do not.</summary>
    public static string Plat(string tekst) => Witruimte().Replace(tekst, "");

    public bool Bevat(string tekst) => Plat(Alles).Contains(Plat(tekst), StringComparison.Ordinal);

    public IEnumerable<int> PaginasMet(string tekst) =>
        Paginas.Select((p, i) => (p, i)).Where(x => Plat(x.p).Contains(Plat(tekst), StringComparison.Ordinal)).Select(x => x.i + 1);

    /// <summary>Set REGIE_PDF_MAP to a folder to keep every PDF a test reads, to look at it yourself.</summary>
    /// <summary>The pages on which the text stands whole inside one table column, found by its header and the next one:
    /// a row cut in half by a page break would leave part of its cell on the next page.</summary>
    public IEnumerable<int> PaginasMetInKolom(string tekst, string kop, string volgendeKop)
    {
        for (var i = 0; i < Woorden.Count; i++)
        {
            var woorden = Woorden[i];
            var van = woorden.FirstOrDefault(w => w.Tekst == kop);
            var tot = woorden.FirstOrDefault(w => w.Tekst == volgendeKop && van is not null && Math.Abs(w.Boven - van.Boven) < 1);
            if (van is null || tot is null) continue;
            var kolom = woorden.Where(w => w.Links >= van.Links - 1 && w.Links < tot.Links - 1 && w.Boven < van.Boven - 3);
            if (Plat(string.Concat(InRegels(kolom))).Contains(Plat(tekst), StringComparison.Ordinal)) yield return i + 1;
        }
    }

    // Words of one line differ a little in height ("samen" is lower than "maakt"): a line is what starts within 3 pt.
    private static IEnumerable<string> InRegels(IEnumerable<Woord> woorden)
    {
        var regels = new List<List<Woord>>();
        foreach (var w in woorden.OrderByDescending(w => w.Boven))
        {
            if (regels.Count > 0 && regels[^1][0].Boven - w.Boven < 3) regels[^1].Add(w);
            else regels.Add([w]);
        }
        return regels.SelectMany(r => r.OrderBy(w => w.Links)).Select(w => w.Tekst);
    }

    public static PdfInhoud Lees(byte[] pdf, string? naam = null)
    {
        if (Environment.GetEnvironmentVariable("REGIE_PDF_MAP") is { Length: > 0 } map)
            File.WriteAllBytes(Path.Combine(map, $"{naam ?? "pdf"}-{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf))[..8]}.pdf"), pdf);
        using var document = PdfDocument.Open(pdf);
        var paginas = document.GetPages().Select(Tekst).ToList();
        var links = document.GetPages().SelectMany(p => p.GetHyperlinks()).Select(l => l.Uri).OfType<string>().ToList();
        var bladwijzers = document.TryGetBookmarks(out var b) ? b.GetNodes().Select(n => n.Title).ToList() : [];
        var getagd = document.Structure.Catalog.CatalogDictionary.ContainsKey(NameToken.StructTreeRoot);
        var woorden = document.GetPages()
            .Select(p => (IReadOnlyList<Woord>)p.GetWords().Select(w => new Woord(w.Text, w.BoundingBox.Left, w.BoundingBox.Top)).ToList()).ToList();
        return new PdfInhoud(paginas, document.Information.Title, links, bladwijzers, getagd, woorden);
    }

    private static string Tekst(Page pagina) => string.Join(" ", pagina.GetWords().Select(w => w.Text));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Witruimte();
}
