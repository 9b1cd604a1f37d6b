using Regie.Domain.Gedeeld;

namespace Regie.Domain.Vragenlijsten;

public enum Doelgroep
{
    Ouders,
    Professionals,
}

public enum Thema
{
    Rust,
    Continuiteit,
    Duidelijkheid,
}

/// <summary>One question. A closed item is scored 1 (helemaal oneens) to 5 (helemaal eens); an open item takes text.</summary>
public sealed record VragenlijstItem(string Code, string Tekst, Thema Thema, bool Open);

/// <summary>The short experience questionnaire. Kept short on purpose: ouders at most 10 items of which 3 open,
/// professionals at most 15 of which 3 open.</summary>
public sealed class VragenlijstDefinitie
{
    public const int MaxOpenItems = 3;

    public const int MaxVraagLengte = 300;

    public VragenlijstDefinitie(Doelgroep doelgroep, IReadOnlyList<VragenlijstItem> items)
    {
        var controle = Controleer(doelgroep, items);
        if (controle.IsFout) throw new DomeinException(controle.Melding);
        Doelgroep = doelgroep;
        Items = items;
    }

    /// <summary>The limits, as a refusal the regiocoördinator reads when editing a list.</summary>
    public static Uitkomst Controleer(Doelgroep doelgroep, IReadOnlyList<VragenlijstItem> items)
    {
        var max = MaxItems(doelgroep);
        var wie = doelgroep == Doelgroep.Ouders ? "ouders" : "professionals";
        if (items.Count == 0 || items.Count > max) return Uitkomst.Fout($"Een vragenlijst voor {wie} heeft 1 tot {max} vragen.", "Items");
        if (items.Count(i => i.Open) > MaxOpenItems) return Uitkomst.Fout($"Een vragenlijst heeft hoogstens {MaxOpenItems} open vragen.", "Items");
        if (items.Select(i => i.Code).Distinct().Count() != items.Count) return Uitkomst.Fout("Elke vraag heeft een eigen code.", "Items");
        if (items.Any(i => string.IsNullOrWhiteSpace(i.Tekst))) return Uitkomst.Fout("Elke vraag heeft een tekst.", "Items");
        if (items.Any(i => i.Tekst.Length > MaxVraagLengte)) return Uitkomst.Fout($"Een vraag is hoogstens {MaxVraagLengte} tekens.", "Items");
        return Uitkomst.Ok();
    }

    public Doelgroep Doelgroep { get; }
    public IReadOnlyList<VragenlijstItem> Items { get; }

    public static int MaxItems(Doelgroep doelgroep) => doelgroep == Doelgroep.Ouders ? 10 : 15;

    public static VragenlijstDefinitie Ouders { get; } = new(Doelgroep.Ouders,
    [
        new("O1", "Ik weet wie wat doet voor ons gezin.", Thema.Duidelijkheid, false),
        new("O2", "Ik weet wie ik moet bellen als er iets is.", Thema.Duidelijkheid, false),
        new("O3", "De afspraken zijn voor mij duidelijk.", Thema.Duidelijkheid, false),
        new("O4", "Ik hoef mijn verhaal niet steeds opnieuw te vertellen.", Thema.Continuiteit, false),
        new("O5", "De hulp gaat door, ook als iemand stopt of wisselt.", Thema.Continuiteit, false),
        new("O6", "Er is rust in ons gezin gekomen.", Thema.Rust, false),
        new("O7", "Er zijn niet te veel hulpverleners tegelijk.", Thema.Rust, false),
        new("O8", "Wat gaat er goed?", Thema.Rust, true),
        new("O9", "Wat kan beter?", Thema.Duidelijkheid, true),
        new("O10", "Wat wilt u nog kwijt?", Thema.Continuiteit, true),
    ]);

    public static VragenlijstDefinitie Professionals { get; } = new(Doelgroep.Professionals,
    [
        new("P1", "Het is duidelijk wie de procesregie heeft.", Thema.Duidelijkheid, false),
        new("P2", "Mijn eigen taken in een casus zijn mij duidelijk.", Thema.Duidelijkheid, false),
        new("P3", "Het mandaat van de regievoerder is duidelijk.", Thema.Duidelijkheid, false),
        new("P4", "Ik weet welke versie van de afspraken leidend is.", Thema.Duidelijkheid, false),
        new("P5", "We doen geen dingen dubbel.", Thema.Rust, false),
        new("P6", "Het gezin krijgt niet te veel hulpverleners tegelijk.", Thema.Rust, false),
        new("P7", "Overleg kost niet meer tijd dan nodig.", Thema.Rust, false),
        new("P8", "Bij een wisseling van betrokkenen loopt de hulp door.", Thema.Continuiteit, false),
        new("P9", "Afspraken worden bijgewerkt als de situatie verandert.", Thema.Continuiteit, false),
        new("P10", "Ik word op tijd geïnformeerd over veranderingen.", Thema.Continuiteit, false),
        new("P11", "Ik weet hoe ik moet opschalen als afspraken niet worden nagekomen.", Thema.Continuiteit, false),
        new("P12", "De samenwerking met de andere organisaties verloopt goed.", Thema.Rust, false),
        new("P13", "Wat werkt goed in deze samenwerking?", Thema.Rust, true),
        new("P14", "Waar gaat regie verloren?", Thema.Continuiteit, true),
        new("P15", "Wat zou u anders willen?", Thema.Duidelijkheid, true),
    ]);
}

/// <summary>One answer: a score 1–5 for a closed item, a text for an open one.</summary>
public sealed record VragenlijstAntwoord(string ItemCode, int? Score, string? Tekst);
