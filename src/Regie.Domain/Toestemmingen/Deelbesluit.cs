namespace Regie.Domain.Toestemmingen;

/// <summary>Legal grounds to share without consent, chosen from a list: the register keeps the choice, never free text
/// (it outlives the casus and holds no family details).</summary>
public enum Deelgrond
{
    Veiligheid,
    Maatregel,
    Meldcode,
}

/// <summary>The regievoerder's decision that sharing with an organisation is needed although the family gave no current
/// toestemming. Kept (not only logged) so the professionals of that organisation read the decision instead of a warning.</summary>
public sealed class Deelbesluit
{
    private Deelbesluit() { BesluitDoor = ""; }

    public Deelbesluit(Guid casusId, Guid organisatieId, Deelgrond grond, Guid besluitDoorId, string besluitDoor, DateTimeOffset op)
    {
        if (!Enum.IsDefined(grond)) throw new Gedeeld.DomeinException("Kies een reden uit de lijst.");
        Id = Guid.NewGuid();
        (CasusId, OrganisatieId, Grond, BesluitDoorId, BesluitDoor, Op) = (casusId, organisatieId, grond, besluitDoorId, besluitDoor, op);
    }

    public Guid Id { get; private set; }
    public Guid CasusId { get; private set; }
    public Guid OrganisatieId { get; private set; }
    public Deelgrond Grond { get; private set; }
    public Guid BesluitDoorId { get; private set; }

    /// <summary>The regievoerder's name at the time, as the toestemming register keeps who recorded.</summary>
    public string BesluitDoor { get; private set; }

    public DateTimeOffset Op { get; private set; }

    public static string Tekst(Deelgrond grond) => grond switch
    {
        Deelgrond.Veiligheid => "De veiligheid van een kind of gezinslid is in gevaar",
        Deelgrond.Maatregel => "Er is een kinderbeschermingsmaatregel: delen hoort bij de wettelijke taak",
        Deelgrond.Meldcode => "De meldcode huiselijk geweld en kindermishandeling wordt gevolgd",
        _ => grond.ToString(),
    };
}
