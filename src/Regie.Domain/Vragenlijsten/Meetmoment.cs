using Regie.Domain.Gedeeld;

namespace Regie.Domain.Vragenlijsten;

/// <summary>The regiocoördinator sends the professionals' list to everyone who was betrokken in a casus in a period of
/// whole months (a named moment such as "Tussenmeting voorjaar 2027").</summary>
public sealed class Meetmoment
{
    public const int MaxNaamLengte = 200;

    private Meetmoment() { Naam = ""; VerstuurdDoor = ""; }

    public Guid Id { get; private set; }
    public string Naam { get; private set; }
    public Guid VragenlijstversieId { get; private set; }

    /// <summary>First day of the first month.</summary>
    public DateOnly PeriodeVan { get; private set; }

    /// <summary>Last day of the last month.</summary>
    public DateOnly PeriodeTot { get; private set; }

    public DateTimeOffset VerstuurdOp { get; private set; }
    public string VerstuurdDoor { get; private set; }
    public int AantalAangeboden { get; private set; }

    public static Uitkomst<Meetmoment> Maak(string? naam, Vragenlijstversie versie, DateOnly vanMaand, DateOnly totMaand, string door,
        DateTimeOffset nu)
    {
        if (versie.Doelgroep != Doelgroep.Professionals)
            return Uitkomst.Fout<Meetmoment>("Een meetmoment gaat over de vragenlijst voor professionals.", "Versie");
        var schoneNaam = Vereist.Tekst(naam, "De naam van het meetmoment", MaxNaamLengte, "Naam");
        if (schoneNaam.IsFout) return schoneNaam.Als<Meetmoment>();
        var van = new DateOnly(vanMaand.Year, vanMaand.Month, 1);
        var tot = new DateOnly(totMaand.Year, totMaand.Month, 1).AddMonths(1).AddDays(-1);
        if (tot < van) return Uitkomst.Fout<Meetmoment>("De laatste maand ligt vóór de eerste maand.", "TotMaand");
        var vandaag = Werkdagen.DagInNederland(nu);
        if (van > vandaag)
            return Uitkomst.Fout<Meetmoment>("De periode begint in de toekomst. Kies maanden die al begonnen zijn.", "VanMaand");
        // Who was betrokken is read when the list is sent: a month still to come would promise people who are not known yet.
        if (tot.AddDays(1 - tot.Day) > vandaag)
            return Uitkomst.Fout<Meetmoment>("De laatste maand ligt in de toekomst. Kies hoogstens de maand van nu.", "TotMaand");
        return Uitkomst.Ok(new Meetmoment
        {
            Id = Guid.NewGuid(), Naam = schoneNaam.Waarde!, VragenlijstversieId = versie.Id, PeriodeVan = van, PeriodeTot = tot,
            VerstuurdOp = nu, VerstuurdDoor = door,
        });
    }

    /// <summary>Set once, when the offers are made in the same save.</summary>
    public void Aangeboden(int aantal) => AantalAangeboden = aantal;
}
