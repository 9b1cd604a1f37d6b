using Regie.Domain.Gedeeld;

namespace Regie.Domain.Signalen;

public enum SignaalSoort
{
    HulpLooptVast,
    WeetNietWieBellen,
    AfsprakenNietNagekomen,
    Anders,
}

public enum SignaalBron
{
    Ouder,
    Professional,
}

/// <summary>"De hulp loopt vast": raised by an ouder or a professional, answered by the regievoerder,
/// escalated to the gemeente of the casus when nobody answers in time.</summary>
public sealed class Signaal
{
    private Signaal() { Toelichting = ""; IngediendDoor = ""; }

    public Signaal(Guid casusId, SignaalSoort soort, SignaalBron bron, string toelichting, string ingediendDoor, DateTimeOffset nu)
    {
        Id = Guid.NewGuid();
        CasusId = casusId;
        Soort = soort;
        Bron = bron;
        Toelichting = Vereist.Tekst(toelichting, "De toelichting", 2000, nameof(Toelichting)).Zeker();
        IngediendDoor = Vereist.Tekst(ingediendDoor, "Wie het signaal geeft", 200, nameof(IngediendDoor)).Zeker();
        IngediendOp = nu;
    }

    public Guid Id { get; private set; }
    public Guid CasusId { get; private set; }
    public SignaalSoort Soort { get; private set; }
    public SignaalBron Bron { get; private set; }
    public string Toelichting { get; private set; }
    public string IngediendDoor { get; private set; }
    public DateTimeOffset IngediendOp { get; private set; }
    public string? Antwoord { get; private set; }
    public string? BeantwoordDoor { get; private set; }
    public DateTimeOffset? BeantwoordOp { get; private set; }
    public DateTimeOffset? GeescaleerdOp { get; private set; }

    public bool IsOpen => BeantwoordOp is null;

    public Uitkomst Beantwoord(string? antwoord, string door, DateTimeOffset nu)
    {
        if (!IsOpen) return Uitkomst.Fout("Dit signaal is al beantwoord.");
        if (string.IsNullOrWhiteSpace(antwoord)) return Uitkomst.Fout("Schrijf een antwoord voor de indiener.");
        var tekst = Vereist.Tekst(antwoord, "Het antwoord", 2000, "Antwoord").Zeker();
        BeantwoordDoor = Vereist.Tekst(door, "Wie antwoordt", 200, nameof(BeantwoordDoor)).Zeker();
        Antwoord = tekst;
        BeantwoordOp = nu;
        return Uitkomst.Ok();
    }

    /// <summary>True when the signaal has waited <paramref name="termijnInWerkdagen"/> working days or more without an answer.</summary>
    public bool MoetEscaleren(DateTimeOffset nu, int termijnInWerkdagen) =>
        IsOpen && GeescaleerdOp is null
        && Werkdagen.Tussen(DateOnly.FromDateTime(IngediendOp.UtcDateTime), DateOnly.FromDateTime(nu.UtcDateTime)) >= termijnInWerkdagen;

    public Uitkomst Escaleer(DateTimeOffset nu, int termijnInWerkdagen)
    {
        if (!MoetEscaleren(nu, termijnInWerkdagen)) return Uitkomst.Fout("Dit signaal hoeft (nog) niet te worden opgeschaald.");
        GeescaleerdOp = nu;
        return Uitkomst.Ok();
    }
}
