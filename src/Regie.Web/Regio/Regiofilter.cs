using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Regie.Domain.Casussen;
using Regie.Domain.Organisaties;
using Regie.Domain.Regio;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Configuratie;

namespace Regie.Web.Regio;

/// <summary>What the dashboard, the factsheet and the export are asked for, as typed in the filter form (query string):
/// every field a string, so a wrong value can be named and shown back instead of being lost by model binding.</summary>
public sealed class Regiofilterinvoer
{
    public string? Gemeente { get; set; }
    public string? Indicatie { get; set; }
    public string? Maatregel { get; set; }
    public string? Van { get; set; }
    public string? Tot { get; set; }
}

/// <summary>A checked filter. <see cref="Indicatie"/> is a configured code or <see cref="OverigeIndicatie"/>: a casus
/// with no indicatie of the region's list.</summary>
public sealed record Regiofilter(Guid? GemeenteId, string? Indicatie, Maatregel? Maatregel, Tijdvak Tijdvak)
{
    public const string OverigeIndicatie = "overig";

    /// <summary>What was asked, in ids and codes only: for the logboek.</summary>
    public string Omschrijving =>
        $"gemeente {GemeenteId?.ToString() ?? "alle"}, indicatie {Indicatie ?? "alle"}, maatregel {Maatregel?.ToString() ?? "alle"}, periode {Tijdvak.Eerste} t/m {Tijdvak.Laatste}";

    /// <summary>The twelve months through the current one: what a coördinator usually reports on.</summary>
    public static Tijdvak StandaardTijdvak(DateOnly vandaag)
    {
        var laatste = Periode.Maand(vandaag.Year, vandaag.Month);
        var eerste = Periode.Waarin(laatste.Van.AddMonths(-11), Periodesoort.Maand);
        return Tijdvak.Lees(eerste.ToString(), laatste.ToString()).Waarde!;
    }

    /// <summary>Reads the form against the gemeenten and indicatie codes that exist. Every wrong field gets its own Dutch
    /// message (keyed by the field's name), so the page can show them all at once next to what was typed.</summary>
    public static (Regiofilter? Filter, IReadOnlyDictionary<string, string> Fouten) Lees(
        Regiofilterinvoer invoer, IReadOnlyCollection<Guid> gemeenten, IReadOnlyCollection<string> indicaties, DateOnly vandaag)
    {
        var fouten = new Dictionary<string, string>();

        Guid? gemeente = null;
        if (!string.IsNullOrWhiteSpace(invoer.Gemeente))
        {
            if (Guid.TryParse(invoer.Gemeente.Trim(), out var id) && gemeenten.Contains(id)) gemeente = id;
            else fouten[nameof(invoer.Gemeente)] = "Deze gemeente kennen we niet. Kies een gemeente uit de lijst.";
        }

        string? indicatie = null;
        if (!string.IsNullOrWhiteSpace(invoer.Indicatie))
        {
            var code = invoer.Indicatie.Trim();
            indicatie = code.Equals(OverigeIndicatie, StringComparison.OrdinalIgnoreCase)
                ? OverigeIndicatie
                : indicaties.FirstOrDefault(i => i.Equals(code, StringComparison.OrdinalIgnoreCase));
            if (indicatie is null) fouten[nameof(invoer.Indicatie)] = "Deze indicatie kennen we niet. Kies een indicatie uit de lijst.";
        }

        Maatregel? maatregel = null;
        if (!string.IsNullOrWhiteSpace(invoer.Maatregel))
        {
            // Names only: Enum.TryParse would also take "1" or "Ots,Voogdij".
            var naam = Enum.GetNames<Maatregel>().FirstOrDefault(n => n.Equals(invoer.Maatregel.Trim(), StringComparison.OrdinalIgnoreCase));
            if (naam is null) fouten[nameof(invoer.Maatregel)] = "Deze maatregel kennen we niet. Kies geen, OTS of voogdij.";
            else maatregel = Enum.Parse<Maatregel>(naam);
        }

        Tijdvak? tijdvak;
        if (string.IsNullOrWhiteSpace(invoer.Van) && string.IsNullOrWhiteSpace(invoer.Tot)) tijdvak = StandaardTijdvak(vandaag);
        else
        {
            var gelezen = Tijdvak.Lees(invoer.Van, invoer.Tot);
            tijdvak = gelezen.Waarde;
            if (gelezen.IsFout) fouten[gelezen.Veld ?? nameof(invoer.Van)] = gelezen.Melding;
        }

        return fouten.Count == 0 ? (new Regiofilter(gemeente, indicatie, maatregel, tijdvak!), fouten) : (null, fouten);
    }
}

/// <summary>Reads a regio page's filter against the gemeenten in the database and the configured indicaties, on the Dutch
/// date: the one place the dashboard and the export check what was asked.</summary>
public sealed class Regiofilterlezer(RegieDbContext db, IOptions<IndicatieOpties> indicaties, TimeProvider clock)
{
    public IReadOnlyList<string> Indicatiecodes => [.. indicaties.Value.Indicaties.Select(i => i.Code.Trim())];

    public async Task<Regiofilterkeuze> LeesAsync(Regiofilterinvoer invoer, CancellationToken ct)
    {
        var gemeenten = (await db.Organisaties.AsNoTracking().Where(o => o.Type == OrganisatieType.Gemeente).OrderBy(o => o.Naam)
            .Select(o => new { o.Id, o.Naam }).ToListAsync(ct)).Select(o => (o.Id, o.Naam)).ToList();
        var (filter, fouten) = Regiofilter.Lees(invoer, [.. gemeenten.Select(g => g.Id)], Indicatiecodes, Weergave.Vandaag(clock));
        return new Regiofilterkeuze(filter, fouten, gemeenten);
    }
}

/// <summary>The checked filter (null when a field is wrong), the message per field, and the gemeenten to choose from.</summary>
public sealed record Regiofilterkeuze(Regiofilter? Filter, IReadOnlyDictionary<string, string> Fouten, IReadOnlyList<(Guid Id, string Naam)> Gemeenten);
