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

    /// <summary>For organisations the code knows are right (demo data, tests): a refusal here is a bug.</summary>
    public Organisatie(string naam, OrganisatieType type, string? gemeentecode, string? regio)
    {
        Id = Guid.NewGuid();
        Naam = "";
        Actief = true;
        var uitkomst = Wijzig(naam, type, gemeentecode, regio);
        if (uitkomst.IsFout) throw new DomeinException(uitkomst.Melding);
    }

    /// <summary>A beheerder adds an organisation. A refusal names the property it is about.</summary>
    public static Uitkomst<Organisatie> Maak(string? naam, OrganisatieType type, string? gemeentecode, string? regio)
    {
        var organisatie = new Organisatie { Id = Guid.NewGuid(), Actief = true };
        var uitkomst = organisatie.Wijzig(naam, type, gemeentecode, regio);
        return uitkomst.IsFout ? uitkomst.Als<Organisatie>() : Uitkomst.Ok(organisatie);
    }

    public Guid Id { get; private set; }
    public string Naam { get; private set; }
    public OrganisatieType Type { get; private set; }

    /// <summary>CBS code such as GM0141; only for gemeenten.</summary>
    public string? Gemeentecode { get; private set; }

    public string? Regio { get; private set; }
    public bool Actief { get; private set; }

    /// <summary>All or nothing: a refused field leaves every field as it was. A refusal names the property it is about.</summary>
    public Uitkomst Wijzig(string? naam, OrganisatieType type, string? gemeentecode, string? regio)
    {
        var schoneNaam = Vereist.Tekst(naam, "De naam van de organisatie", 200, nameof(Naam));
        if (schoneNaam.IsFout) return schoneNaam;
        var code = string.IsNullOrWhiteSpace(gemeentecode) ? null : gemeentecode.Trim().ToUpperInvariant();
        if (type == OrganisatieType.Gemeente && (code is null || !GemeentecodePatroon().IsMatch(code)))
            return Uitkomst.Fout("Een gemeente heeft een CBS-gemeentecode zoals GM0141.", nameof(Gemeentecode));
        if (type != OrganisatieType.Gemeente && code is not null)
            return Uitkomst.Fout("Alleen een gemeente heeft een gemeentecode.", nameof(Gemeentecode));
        var schoneRegio = Vereist.OptioneleTekst(regio, "De regio", 100, nameof(Regio));
        if (schoneRegio.IsFout) return schoneRegio;
        Naam = schoneNaam.Waarde!;
        Type = type;
        Gemeentecode = code;
        Regio = schoneRegio.Waarde;
        return Uitkomst.Ok();
    }

    /// <summary>For a gemeente: the medewerker its escalated signalen go to (doorzettingsmacht). Null until the beheerder
    /// names one; until then the region's regiocoördinatoren see them.</summary>
    public Guid? RegieContactId { get; private set; }

    /// <summary>The beheerder names the gemeente's regie-contact, or clears it with null.</summary>
    public Uitkomst WijsRegieContactAan(Medewerker? medewerker)
    {
        if (medewerker is null)
        {
            RegieContactId = null;
            return Uitkomst.Ok();
        }
        if (Type != OrganisatieType.Gemeente)
            return Uitkomst.Fout("Alleen een gemeente heeft een regie-contact.", nameof(RegieContactId));
        if (medewerker.OrganisatieId != Id)
            return Uitkomst.Fout("Kies een medewerker van deze gemeente als regie-contact.", nameof(RegieContactId));
        if (!medewerker.Actief)
            return Uitkomst.Fout("Deze medewerker is niet meer actief; kies een ander regie-contact.", nameof(RegieContactId));
        RegieContactId = medewerker.Id;
        return Uitkomst.Ok();
    }

    public void Deactiveer() => Actief = false;

    [GeneratedRegex("^GM[0-9]{4}$")]
    private static partial Regex GemeentecodePatroon();
}
