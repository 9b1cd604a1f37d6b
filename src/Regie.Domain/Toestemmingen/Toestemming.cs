using Regie.Domain.Casussen;
using Regie.Domain.Gedeeld;

namespace Regie.Domain.Toestemmingen;

/// <summary>A gezinslid's consent to share information with one organisation for one purpose (AVG, Jeugdwet). Who may give
/// it: an ouder with gezag; a jeugdige from 12 together with an ouder with gezag, from 16 alone. Withdrawn, never deleted:
/// the register shows what held when.</summary>
public sealed class Toestemming
{
    public const int MaxDoel = 500;
    public const int LeeftijdSamenMetOuder = 12;
    public const int LeeftijdAlleen = 16;

    private Toestemming() { Doel = ""; GegevenDoorNaam = ""; VastgelegdDoor = ""; }

    public Guid Id { get; private set; }
    public Guid CasusId { get; private set; }

    /// <summary>The gezinslid (a <see cref="Betrokkene"/>) who gives it.</summary>
    public Guid GegevenDoorId { get; private set; }

    /// <summary>The name at the time, so the register still reads after the gezinslid left the casus.</summary>
    public string GegevenDoorNaam { get; private set; }

    /// <summary>For a jeugdige of 12 to 16: the ouder with gezag who gives it with them.</summary>
    public Guid? SamenMetId { get; private set; }

    public Guid OrganisatieId { get; private set; }
    public string Doel { get; private set; }
    public DateOnly GegevenOp { get; private set; }
    public DateOnly? GeldigTot { get; private set; }
    public Guid VastgelegdDoorId { get; private set; }
    public string VastgelegdDoor { get; private set; }
    public DateTimeOffset VastgelegdOp { get; private set; }
    public DateTimeOffset? IngetrokkenOp { get; private set; }
    public string? IngetrokkenDoor { get; private set; }

    public bool IsIngetrokken => IngetrokkenOp is not null;

    /// <summary>Current: not withdrawn and not past its end date. <paramref name="vandaag"/> is the Dutch date.</summary>
    public bool IsGeldigOp(DateOnly vandaag) => !IsIngetrokken && (GeldigTot is null || vandaag <= GeldigTot);

    /// <summary>May this gezinslid of <paramref name="casus"/> give consent on <paramref name="op"/>, with the ouder
    /// <paramref name="samenMetId"/> (or alone)? A refusal names the field: <c>GegevenDoorId</c> or <c>SamenMetId</c>.</summary>
    public static Uitkomst MagGeven(Casus casus, Guid gegevenDoorId, Guid? samenMetId, DateOnly op)
    {
        var gever = casus.Betrokkenen.FirstOrDefault(b => b.Id == gegevenDoorId);
        if (gever is null || gever.Soort != BetrokkeneSoort.Gezinslid || !gever.IsActief)
            return Uitkomst.Fout("Kies een gezinslid van deze casus.", nameof(GegevenDoorId));
        var samenMet = samenMetId is { } s ? casus.Betrokkenen.FirstOrDefault(b => b.Id == s) : null;
        if (samenMetId is not null && samenMet is null) return Uitkomst.Fout("Kies een ouder van deze casus.", nameof(SamenMetId));
        if (gever.IsOuder)
        {
            if (gever.HeeftGezag != true)
                return Uitkomst.Fout($"{gever.Naam} heeft geen gezag (of dat is niet bekend). Alleen een ouder met gezag kan toestemming geven.", nameof(GegevenDoorId));
            return samenMet is null ? Uitkomst.Ok()
                : Uitkomst.Fout("Een ouder met gezag geeft zelf toestemming. Kies alleen bij een jongere van 12 tot 16 een ouder erbij.", nameof(SamenMetId));
        }
        if (gever.LeeftijdOp(op) is not { } leeftijd)
            return Uitkomst.Fout($"De geboortedatum van {gever.Naam} is niet bekend. Vul die eerst in bij Betrokkenen: de leeftijd bepaalt of een jongere zelf toestemming geeft.", nameof(GegevenDoorId));
        if (leeftijd < LeeftijdSamenMetOuder)
            return Uitkomst.Fout($"{gever.Naam} is jonger dan {LeeftijdSamenMetOuder} jaar. Voor een kind onder de {LeeftijdSamenMetOuder} geven de ouders met gezag toestemming.", nameof(GegevenDoorId));
        if (leeftijd >= LeeftijdAlleen || samenMet is not null && samenMet.IsActief && samenMet.IsOuder && samenMet.HeeftGezag == true)
            return Uitkomst.Ok();
        return Uitkomst.Fout($"{gever.Naam} is {leeftijd} jaar. Een jongere van {LeeftijdSamenMetOuder} tot {LeeftijdAlleen} geeft toestemming samen met een ouder met gezag. Kies die ouder.", nameof(SamenMetId));
    }

    /// <summary>Records a consent. A refusal names the field it is about.</summary>
    public static Uitkomst<Toestemming> Geef(Casus casus, Guid gegevenDoorId, Guid? samenMetId, Guid organisatieId, string? doel, DateOnly gegevenOp,
        DateOnly? geldigTot, Guid vastgelegdDoorId, string vastgelegdDoor, DateTimeOffset nu, DateOnly vandaag)
    {
        if (gegevenOp > vandaag) return Uitkomst.Fout<Toestemming>("De datum van de toestemming ligt in de toekomst.", nameof(GegevenOp));
        if (geldigTot is { } tot && tot < gegevenOp)
            return Uitkomst.Fout<Toestemming>("‘Geldig tot’ ligt vóór de datum waarop de toestemming is gegeven.", nameof(GeldigTot));
        var doelTekst = Vereist.Tekst(doel, "Het doel", MaxDoel, nameof(Doel));
        if (doelTekst.IsFout) return doelTekst.Als<Toestemming>();
        var mag = MagGeven(casus, gegevenDoorId, samenMetId, gegevenOp);
        if (mag.IsFout) return mag.Als<Toestemming>();
        var gever = casus.Betrokkenen.First(b => b.Id == gegevenDoorId);
        if (organisatieId == Guid.Empty) return Uitkomst.Fout<Toestemming>("Kies de organisatie.", nameof(OrganisatieId));
        return Uitkomst.Ok(new Toestemming
        {
            Id = Guid.NewGuid(),
            CasusId = casus.Id,
            GegevenDoorId = gever.Id,
            GegevenDoorNaam = gever.Naam,
            SamenMetId = samenMetId,
            OrganisatieId = organisatieId,
            Doel = doelTekst.Waarde!,
            GegevenOp = gegevenOp,
            GeldigTot = geldigTot,
            VastgelegdDoorId = vastgelegdDoorId,
            VastgelegdDoor = vastgelegdDoor,
            VastgelegdOp = nu,
        });
    }

    /// <summary>Withdraws it. Idempotent: a second withdrawal changes nothing and answers false, so one withdrawal is stored.</summary>
    public bool TrekIn(string door, DateTimeOffset op)
    {
        if (IsIngetrokken) return false;
        if (string.IsNullOrWhiteSpace(door)) throw new DomeinException("Wie intrekt, is verplicht.");
        IngetrokkenOp = op;
        IngetrokkenDoor = door.Trim();
        return true;
    }

    /// <summary>Whether this betrokkene gave it (alone or as the ouder with a jeugdige): they may withdraw it in the portal.</summary>
    public bool IsGegevenDoor(Guid betrokkeneId) => GegevenDoorId == betrokkeneId || SamenMetId == betrokkeneId;
}
