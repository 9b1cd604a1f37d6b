namespace Regie.Domain.Logboek;

public enum LogboekActie
{
    Bekeken,
    Aangemaakt,
    Gewijzigd,
    Geexporteerd,
    Geweigerd,

    /// <summary>Everything personal of the casus was cut (retention term or erasure request); the line holds ids only.</summary>
    Geanonimiseerd,
}

/// <summary>One line of the append-only audit trail: who did what with which casus data, when and from where.</summary>
public sealed class LogboekRegel
{
    private LogboekRegel() { Gebruiker = ""; Entiteit = ""; }

    public LogboekRegel(DateTimeOffset tijdstip, Guid? gebruikerId, string gebruiker, Guid? casusId, string entiteit,
        LogboekActie actie, string? omschrijving, string? ipAdres)
    {
        Tijdstip = tijdstip;
        GebruikerId = gebruikerId;
        Gebruiker = gebruiker.Length > 200 ? gebruiker[..200] : gebruiker;
        CasusId = casusId;
        Entiteit = entiteit;
        Actie = actie;
        Omschrijving = omschrijving is { Length: > 1000 } ? omschrijving[..1000] : omschrijving;
        IpAdres = ipAdres is { Length: > 64 } ? ipAdres[..64] : ipAdres;
    }

    public long Id { get; private set; }
    public DateTimeOffset Tijdstip { get; private set; }
    public Guid? GebruikerId { get; private set; }
    public string Gebruiker { get; private set; }
    public Guid? CasusId { get; private set; }
    public string Entiteit { get; private set; }
    public LogboekActie Actie { get; private set; }
    public string? Omschrijving { get; private set; }
    public string? IpAdres { get; private set; }
}
