using Regie.Domain.Gedeeld;

namespace Regie.Domain.Casussen;

public enum TaakStatus
{
    Open,
    Bezig,
    Klaar,
    Gestopt,
}

/// <summary>An afspraak in "wie doet wat": what, by whom, for which resultaat, until when.</summary>
public sealed class Taak
{
    private Taak() { Omschrijving = ""; }

    internal Taak(string omschrijving, Guid betrokkeneId, string? resultaat, DateOnly? termijn)
    {
        Id = Guid.NewGuid();
        Omschrijving = Vereist.Tekst(omschrijving, "Wat er gedaan wordt", 1000, nameof(Omschrijving)).Zeker();
        BetrokkeneId = betrokkeneId;
        Resultaat = Vereist.OptioneleTekst(resultaat, "Het resultaat of levensgebied", 300, nameof(Resultaat)).Zeker();
        Termijn = termijn;
        Status = TaakStatus.Open;
    }

    public Guid Id { get; private set; }
    public Guid CasusId { get; private set; }
    public string Omschrijving { get; private set; }
    public Guid BetrokkeneId { get; private set; }
    public string? Resultaat { get; private set; }
    public DateOnly? Termijn { get; private set; }
    public TaakStatus Status { get; private set; }

    internal void ZetStatus(TaakStatus status) => Status = status;

    internal void Wijzig(string omschrijving, Guid betrokkeneId, string? resultaat, DateOnly? termijn)
    {
        Omschrijving = Vereist.Tekst(omschrijving, "Wat er gedaan wordt", 1000, nameof(Omschrijving)).Zeker();
        Resultaat = Vereist.OptioneleTekst(resultaat, "Het resultaat of levensgebied", 300, nameof(Resultaat)).Zeker();
        BetrokkeneId = betrokkeneId;
        Termijn = termijn;
    }
}
