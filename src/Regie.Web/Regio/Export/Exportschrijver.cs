using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using CsvHelper;

namespace Regie.Web.Regio.Export;

/// <summary>Writes the rows of one export file, value by value in the order of its columns, straight to the response:
/// the same code writes the CSV and the JSON, so both always hold the same fields.</summary>
public abstract class Exportschrijver : IAsyncDisposable
{
    /// <summary>Dutch Excel reads numbers with a decimal comma.</summary>
    public static readonly CultureInfo Nederlands = CultureInfo.GetCultureInfo("nl-NL");

    protected Exportschrijver(IReadOnlyList<string> kolommen) => Kolommen = kolommen;

    protected IReadOnlyList<string> Kolommen { get; }

    public abstract void Tekst(string? waarde);
    public abstract void Getal(int? waarde);
    public abstract void Decimaal(decimal? waarde);
    public abstract void JaNee(bool waarde);
    public abstract ValueTask EindeRijAsync(CancellationToken ct);
    public abstract ValueTask AfsluitenAsync(CancellationToken ct);
    public abstract ValueTask DisposeAsync();

    public static Exportschrijver Maak(Exportformaat formaat, Stream uit, IReadOnlyList<string> kolommen) =>
        formaat == Exportformaat.Csv ? new CsvExportschrijver(uit, kolommen) : new JsonExportschrijver(uit, kolommen);
}

public enum Exportformaat
{
    Csv,
    Json,
}

/// <summary>CSV as Dutch Excel opens it with a double click: UTF-8 with BOM (else it guesses ANSI and breaks ë),
/// <c>;</c> between fields (the comma is the decimal sign), CRLF, decimal comma.</summary>
internal sealed class CsvExportschrijver : Exportschrijver
{
    private readonly CsvWriter _csv;

    public CsvExportschrijver(Stream uit, IReadOnlyList<string> kolommen) : base(kolommen)
    {
        _csv = CsvWriter.Create(uit, CsvWriterOptions.Default with
        {
            Separator = ';',
            NewLine = "\r\n",
            WriteByteOrderMark = true,
            FormatProvider = Nederlands,
            // A gemeente's name comes from Beheer: never let a spreadsheet run it as a formula.
            Injection = CsvInjection.Escape,
        }, leaveOpen: true);
        _csv.WriteHeader([.. kolommen]);
    }

    public override void Tekst(string? waarde) => _csv.WriteField(waarde);
    public override void Getal(int? waarde) => _csv.WriteField(waarde?.ToString(CultureInfo.InvariantCulture));
    public override void Decimaal(decimal? waarde) => _csv.WriteField(waarde?.ToString("0.0#", Nederlands));
    public override void JaNee(bool waarde) => _csv.WriteField(waarde ? "ja" : "nee");
    public override ValueTask EindeRijAsync(CancellationToken ct) => _csv.EndRecordAsync(ct);
    public override ValueTask AfsluitenAsync(CancellationToken ct) => _csv.FlushAsync(ct);
    public override ValueTask DisposeAsync() => _csv.DisposeAsync();
}

/// <summary>An array of objects whose keys are the CSV's column names; numbers as numbers, ja/nee as true/false.</summary>
internal sealed class JsonExportschrijver : Exportschrijver
{
    private const int Doorsturen = 32 * 1024;
    private readonly Stream _uit;
    private readonly Utf8JsonWriter _json;
    private int _kolom;

    public JsonExportschrijver(Stream uit, IReadOnlyList<string> kolommen) : base(kolommen)
    {
        _uit = uit;
        // Not for a web page, so ë and ï may stay as they are.
        _json = new Utf8JsonWriter(uit, new JsonWriterOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) });
        _json.WriteStartArray();
    }

    private string Naam()
    {
        if (_kolom == 0) _json.WriteStartObject();
        return Kolommen[_kolom++];
    }

    public override void Tekst(string? waarde)
    {
        var naam = Naam();
        if (waarde is null) _json.WriteNull(naam);
        else _json.WriteString(naam, waarde);
    }

    public override void Getal(int? waarde)
    {
        var naam = Naam();
        if (waarde is null) _json.WriteNull(naam);
        else _json.WriteNumber(naam, waarde.Value);
    }

    public override void Decimaal(decimal? waarde)
    {
        var naam = Naam();
        if (waarde is null) _json.WriteNull(naam);
        else _json.WriteNumber(naam, waarde.Value);
    }

    public override void JaNee(bool waarde) => _json.WriteBoolean(Naam(), waarde);

    public override async ValueTask EindeRijAsync(CancellationToken ct)
    {
        if (_kolom != Kolommen.Count) throw new InvalidOperationException($"Rij met {_kolom} van de {Kolommen.Count} kolommen.");
        _json.WriteEndObject();
        _kolom = 0;
        // The writer buffers everything until flushed: pass it on in pieces, so memory stays flat at any size.
        if (_json.BytesPending > Doorsturen) await _json.FlushAsync(ct);
    }

    public override async ValueTask AfsluitenAsync(CancellationToken ct)
    {
        _json.WriteEndArray();
        await _json.FlushAsync(ct);
        await _uit.FlushAsync(ct);
    }

    public override ValueTask DisposeAsync() => _json.DisposeAsync();
}
