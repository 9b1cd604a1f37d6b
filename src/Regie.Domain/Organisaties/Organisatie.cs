using System.Text.RegularExpressions;
using Regie.Domain.Gedeeld;

namespace Regie.Domain.Organisaties;

public enum OrganisatieType
{
    Gemeente,
    GecertificeerdeInstelling,
    Zorgaanbieder,
    Onderwijs,
    Overig,
}

public sealed partial class Organisatie
{
    private Organisatie() { Naam = ""; }

    public Organisatie(string naam, OrganisatieType type, string? gemeentecode, string? regio)
    {
        Id = Guid.NewGuid();
        Naam = "";
        Actief = true;
        Wijzig(naam, type, gemeentecode, regio);
    }

    public Guid Id { get; private set; }
    public string Naam { get; private set; }
    public OrganisatieType Type { get; private set; }

    /// <summary>CBS code such as GM0141; only for gemeenten.</summary>
    public string? Gemeentecode { get; private set; }

    public string? Regio { get; private set; }
    public bool Actief { get; private set; }

    public void Wijzig(string naam, OrganisatieType type, string? gemeentecode, string? regio)
    {
        var schoneNaam = Vereist.Tekst(naam, "De naam van de organisatie", 200);
        var code = string.IsNullOrWhiteSpace(gemeentecode) ? null : gemeentecode.Trim().ToUpperInvariant();
        if (type == OrganisatieType.Gemeente && (code is null || !GemeentecodePatroon().IsMatch(code)))
            throw new DomeinException("Een gemeente heeft een CBS-gemeentecode zoals GM0141.");
        if (type != OrganisatieType.Gemeente && code is not null)
            throw new DomeinException("Alleen een gemeente heeft een gemeentecode.");
        var schoneRegio = Vereist.OptioneleTekst(regio, "De regio", 100);
        Naam = schoneNaam;
        Type = type;
        Gemeentecode = code;
        Regio = schoneRegio;
    }

    public void Deactiveer() => Actief = false;

    [GeneratedRegex("^GM[0-9]{4}$")]
    private static partial Regex GemeentecodePatroon();
}
