using DiffPlex;
using Microsoft.AspNetCore.Html;
using DiffPlex.Chunkers;

namespace Regie.Web.Pages.Casussen.Versies;

/// <summary>What changed inside a text between two versions, word by word, for the comparison page.</summary>
public static class Woordverschil
{
    public enum Soort { Gelijk, Verwijderd, Toegevoegd }

    /// <summary>A run of words that stayed, went or came; the page encodes <see cref="Tekst"/> like any other text.</summary>
    public sealed record Stuk(string Tekst, Soort Soort);

    // DiffPlex's WordChunker plus line breaks: without them the last word of a line and the first of the next were one
    // piece, so a changed word at the end of a line also marked the next line's first word.
    private static readonly DelimiterChunker Woorden = new([' ', '\t', '\r', '\n', '.', '(', ')', '{', '}', ',', '!', '?', ';']);

    /// <summary>The old text with its removed words marked, and the new text with its added words marked.</summary>
    public static (IReadOnlyList<Stuk> Oud, IReadOnlyList<Stuk> Nieuw) Van(string oud, string nieuw)
    {
        // Spaces, line breaks and punctuation are pieces of their own, so a changed word is marked alone.
        var verschil = Differ.Instance.CreateDiffs(oud, nieuw, false, false, Woorden);
        var stukkenOud = new List<Stuk>();
        var stukkenNieuw = new List<Stuk>();
        int a = 0, b = 0;
        foreach (var blok in verschil.DiffBlocks)
        {
            Voeg(stukkenOud, verschil.PiecesOld, a, blok.DeleteStartA - a, Soort.Gelijk);
            Voeg(stukkenNieuw, verschil.PiecesNew, b, blok.InsertStartB - b, Soort.Gelijk);
            Voeg(stukkenOud, verschil.PiecesOld, blok.DeleteStartA, blok.DeleteCountA, Soort.Verwijderd);
            Voeg(stukkenNieuw, verschil.PiecesNew, blok.InsertStartB, blok.InsertCountB, Soort.Toegevoegd);
            a = blok.DeleteStartA + blok.DeleteCountA;
            b = blok.InsertStartB + blok.InsertCountB;
        }
        Voeg(stukkenOud, verschil.PiecesOld, a, verschil.PiecesOld.Count - a, Soort.Gelijk);
        Voeg(stukkenNieuw, verschil.PiecesNew, b, verschil.PiecesNew.Count - b, Soort.Gelijk);
        return (stukkenOud, stukkenNieuw);
    }

    /// <summary>The pieces as HTML: ins/del plus hidden words for screen readers, so colour is never the only sign. No
    /// whitespace between the pieces: the cell keeps line breaks (pre-line), so any would show as a new line.</summary>
    public static IHtmlContent Html(IReadOnlyList<Stuk> stukken)
    {
        var html = new HtmlContentBuilder();
        foreach (var s in stukken)
        {
            _ = s.Soort switch
            {
                Soort.Verwijderd => html.AppendHtml("<span class=\"verborgen\">verwijderd: </span><del>").Append(s.Tekst)
                    .AppendHtml("</del><span class=\"verborgen\"> (einde verwijderd)</span>"),
                Soort.Toegevoegd => html.AppendHtml("<span class=\"verborgen\">toegevoegd: </span><ins>").Append(s.Tekst)
                    .AppendHtml("</ins><span class=\"verborgen\"> (einde toegevoegd)</span>"),
                _ => html.Append(s.Tekst),
            };
        }
        return html;
    }

    private static void Voeg(List<Stuk> stukken, IReadOnlyList<string> delen, int start, int aantal, Soort soort)
    {
        if (aantal <= 0) return;
        var tekst = string.Concat(delen.Skip(start).Take(aantal));
        // Spaces around a marked run stay outside the mark: "toegevoegd: Sanne" reads better than a marked blank.
        if (soort != Soort.Gelijk)
        {
            var kern = tekst.Trim();
            if (kern.Length == 0) { stukken.Add(new(tekst, Soort.Gelijk)); return; }
            var voor = tekst[..tekst.IndexOf(kern, StringComparison.Ordinal)];
            var na = tekst[(voor.Length + kern.Length)..];
            if (voor.Length > 0) stukken.Add(new(voor, Soort.Gelijk));
            stukken.Add(new(kern, soort));
            if (na.Length > 0) stukken.Add(new(na, Soort.Gelijk));
            return;
        }
        stukken.Add(new(tekst, soort));
    }
}
