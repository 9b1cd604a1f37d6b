using Regie.Domain.Gedeeld;

namespace Regie.Domain.Correcties;

/// <summary>What the ouder says is wrong, in words a parent chooses from.</summary>
public enum CorrectieOnderwerp
{
    Gezinsgegevens,
    Afspraak,
    Taak,
    IetsAnders,
}

public enum CorrectieBesluit
{
    Aangepast,
    NietAangepast,
}

/// <summary>An ouder's request to correct what Regie holds (AVG artikel 16). The regievoerder answers within four weeks
/// (AVG art. 12(3): one month); the answer is given once and the ouder reads it in the portal.</summary>
public sealed class Correctieverzoek
{
    public const int MaxToelichting = 2000;
    public const int MaxAntwoord = 2000;

    /// <summary>Four weeks, as the issue asks: inside the AVG's one month, and the same length whatever the month.</summary>
    public const int TermijnDagen = 28;

    private Correctieverzoek() { Toelichting = ""; }

    public Guid Id { get; private set; }
    public Guid CasusId { get; private set; }

    /// <summary>The ouder (a betrokkene) who asked; their account gets the melding when it is answered.</summary>
    public Guid IngediendDoorId { get; private set; }
    public Guid IngediendDoorGebruikerId { get; private set; }

    public CorrectieOnderwerp Onderwerp { get; private set; }
    public string Toelichting { get; private set; }
    public DateTimeOffset IngediendOp { get; private set; }

    /// <summary>The last day to answer: the Dutch date of the request plus four weeks.</summary>
    public DateOnly Termijn { get; private set; }

    public CorrectieBesluit? Besluit { get; private set; }
    public string? Antwoord { get; private set; }
    public DateTimeOffset? BeantwoordOp { get; private set; }
    public Guid? BeantwoordDoorId { get; private set; }

    public bool IsBeantwoord => Besluit is not null;

    /// <summary>Open and past its term on <paramref name="vandaag"/> (the Dutch date).</summary>
    public bool IsTeLaat(DateOnly vandaag) => !IsBeantwoord && vandaag > Termijn;

    public static Uitkomst<Correctieverzoek> Dien(Guid casusId, Guid ouderId, Guid gebruikerId, CorrectieOnderwerp onderwerp,
        string? toelichting, DateTimeOffset nu, DateOnly vandaag)
    {
        if (!Enum.IsDefined(onderwerp)) return Uitkomst.Fout<Correctieverzoek>("Kies wat er niet klopt.", nameof(Onderwerp));
        var tekst = Vereist.Tekst(toelichting, "Uw uitleg", MaxToelichting, nameof(Toelichting));
        if (tekst.IsFout) return tekst.Als<Correctieverzoek>();
        return Uitkomst.Ok(new Correctieverzoek
        {
            Id = Guid.NewGuid(),
            CasusId = casusId,
            IngediendDoorId = ouderId,
            IngediendDoorGebruikerId = gebruikerId,
            Onderwerp = onderwerp,
            Toelichting = tekst.Waarde!,
            IngediendOp = nu,
            Termijn = vandaag.AddDays(TermijnDagen),
        });
    }

    /// <summary>Answered once: a second answer (a double click, a second tab) is refused and the first one stays.</summary>
    public Uitkomst Beantwoord(CorrectieBesluit besluit, string? antwoord, Guid door, DateTimeOffset nu)
    {
        if (IsBeantwoord) return Uitkomst.Fout("Op dit verzoek is al geantwoord. Het eerste antwoord blijft staan.");
        if (!Enum.IsDefined(besluit)) return Uitkomst.Fout("Kies of u iets heeft aangepast.", nameof(Besluit));
        var tekst = Vereist.Tekst(antwoord, "De uitleg aan de ouder", MaxAntwoord, nameof(Antwoord));
        if (tekst.IsFout) return tekst;
        (Besluit, Antwoord, BeantwoordOp, BeantwoordDoorId) = (besluit, tekst.Waarde, nu, door);
        return Uitkomst.Ok();
    }
}
