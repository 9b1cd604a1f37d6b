using Regie.Domain.Gedeeld;

namespace Regie.Domain.Casussen;

/// <summary>Who may decide: whether an ouder has gezag and a jeugdige's date of birth (for agreeing from 16, the region's
/// age bands and the privacy checks). Nothing more is kept of a person than what those need.</summary>
public sealed partial class Betrokkene
{
    /// <summary>The oldest a jeugdige can be: jeugdhulp stops at 18, verlengde jeugdhulp at 23; 25 leaves room for typing errors to show.</summary>
    public const int MaxLeeftijdJeugdige = 25;

    /// <summary>Only for an ouder; null means nobody knows yet.</summary>
    public bool? HeeftGezag { get; private set; }

    /// <summary>Only for a gezinslid who is not an ouder: the jeugdige.</summary>
    public DateOnly? Geboortedatum { get; private set; }

    /// <summary>A jeugdige is a gezinslid who is not an ouder.</summary>
    public bool IsJeugdige => Soort == BetrokkeneSoort.Gezinslid && !IsOuder;

    /// <summary>Age in whole years on <paramref name="dag"/>; null without a date of birth or before it.</summary>
    public int? LeeftijdOp(DateOnly dag)
    {
        if (Geboortedatum is not { } geboren || dag < geboren) return null;
        var jaren = dag.Year - geboren.Year;
        return geboren.AddYears(jaren) > dag ? jaren - 1 : jaren;
    }

    /// <summary>The rules for both fields, when someone joins and when a field changes. A refusal names the property.</summary>
    internal static Uitkomst ControleerGezinsgegevens(BetrokkeneSoort soort, bool isOuder, bool? heeftGezag, DateOnly? geboortedatum,
        DateOnly vandaag)
    {
        if (heeftGezag is not null && !isOuder)
            return Uitkomst.Fout("Alleen bij een ouder staat of die gezag heeft.", nameof(HeeftGezag));
        if (geboortedatum is not { } datum) return Uitkomst.Ok();
        if (soort == BetrokkeneSoort.Professional)
            return Uitkomst.Fout("Van een professional bewaren we geen geboortedatum.", nameof(Geboortedatum));
        if (soort != BetrokkeneSoort.Gezinslid || isOuder)
            return Uitkomst.Fout("Een geboortedatum staat alleen bij een kind of jongere uit het gezin.", nameof(Geboortedatum));
        if (datum > vandaag) return Uitkomst.Fout("De geboortedatum ligt in de toekomst.", nameof(Geboortedatum));
        if (datum < vandaag.AddYears(-MaxLeeftijdJeugdige))
            return Uitkomst.Fout($"De geboortedatum ligt meer dan {MaxLeeftijdJeugdige} jaar terug. Kijk of het jaar klopt.", nameof(Geboortedatum));
        return Uitkomst.Ok();
    }

    /// <summary>Since when this gezinslid agreed that their own data go into the copies the other gezinsleden download
    /// (AVG artikel 15 lid 4): the other ouder, or a jeugdige from 16. Null: they are left out, as the law asks.</summary>
    public DateTimeOffset? InKopieSinds { get; private set; }

    /// <summary>Agrees; false when it already held (a second click stores nothing new).</summary>
    public bool StaKopieToe(DateTimeOffset nu)
    {
        if (Soort != BetrokkeneSoort.Gezinslid) throw new DomeinException("Alleen een gezinslid geeft toestemming voor de kopie.");
        if (InKopieSinds is not null) return false;
        InKopieSinds = nu;
        return true;
    }

    /// <summary>Withdraws; false when there was nothing to withdraw.</summary>
    public bool TrekKopieToestemmingIn()
    {
        if (InKopieSinds is null) return false;
        InKopieSinds = null;
        return true;
    }

    internal void WijzigGezinsgegevens(bool? heeftGezag, DateOnly? geboortedatum) => (HeeftGezag, Geboortedatum) = (heeftGezag, geboortedatum);
}
