using Regie.Domain.Casussen;
using Regie.Domain.Gedeeld;

namespace Regie.Domain.Vragenlijsten;

/// <summary>One filled-in questionnaire that cannot be traced back to a person, a family or a casus: it holds a random key,
/// the list version, the month and what the region's figures filter on (gemeente, indicaties, maatregel), nothing more.
/// Because it can never be erased on request, an open answer may not name anyone (<see cref="Naamcontrole"/>).</summary>
public sealed class VragenlijstInvulling
{
    public const int MaxTekstLengte = 2000;

    private VragenlijstInvulling() { Antwoorden = []; Indicaties = []; }

    public Guid Id { get; private set; }
    public Doelgroep Doelgroep { get; private set; }
    public Guid VragenlijstversieId { get; private set; }

    /// <summary>The first day of the month it was filled in: no finer date, so that the time cannot be matched to an offer.</summary>
    public DateOnly Maand { get; private set; }

    public Guid? GemeenteId { get; private set; }
    public List<string> Indicaties { get; private set; }
    public Maatregel? Maatregel { get; private set; }
    public List<VragenlijstAntwoord> Antwoorden { get; private set; }

    /// <summary>The average of the closed items per theme (<see cref="Score"/>), kept when it is filled in so the region's
    /// figures add up numbers instead of unpacking every answer.</summary>
    public double? ScoreRust { get; private set; }
    public double? ScoreContinuiteit { get; private set; }
    public double? ScoreDuidelijkheid { get; private set; }

    /// <summary>Validates what was typed against <paramref name="versie"/> and the names that may not appear in an open answer.
    /// A refusal names the item's code as its field, so the page shows it next to that question.</summary>
    public static Uitkomst<VragenlijstInvulling> Maak(Vragenlijstaanbod aanbod, Vragenlijstversie versie,
        IReadOnlyDictionary<string, string?> invoer, IEnumerable<string> namen, DateTimeOffset nu)
    {
        if (aanbod.VragenlijstversieId != versie.Id) throw new ArgumentException("Het aanbod hoort bij een andere versie.", nameof(versie));
        var controle = new Naamcontrole(namen);
        var antwoorden = new List<VragenlijstAntwoord>();
        foreach (var (code, waarde) in invoer)
        {
            var item = versie.Items.SingleOrDefault(i => i.Code == code);
            if (item is null) return Uitkomst.Fout<VragenlijstInvulling>($"Vraag {code} hoort niet bij deze vragenlijst.", code);
            if (string.IsNullOrWhiteSpace(waarde)) continue; // every question may be skipped
            if (item.Open)
            {
                var tekst = Vereist.Tekst(waarde, "Uw antwoord", MaxTekstLengte, code);
                if (tekst.IsFout) return tekst.Als<VragenlijstInvulling>();
                if (controle.Vind(tekst.Waarde!) is { } naam)
                    return Uitkomst.Fout<VragenlijstInvulling>(
                        $"In uw antwoord staat de naam \"{naam}\". Laat namen weg: uw antwoord wordt zonder namen bewaard, zodat niemand weet van wie het komt.",
                        code);
                antwoorden.Add(new(code, null, tekst.Waarde));
            }
            else
            {
                if (!int.TryParse(waarde, out var score) || score is < 1 or > 5)
                    return Uitkomst.Fout<VragenlijstInvulling>($"Kies bij '{item.Tekst}' een antwoord van 1 tot en met 5.", code);
                antwoorden.Add(new(code, score, null));
            }
        }
        if (antwoorden.Count == 0) return Uitkomst.Fout<VragenlijstInvulling>("Beantwoord minstens één vraag, of kies 'Ik doe niet mee'.", "");
        var dag = Werkdagen.DagInNederland(nu);
        var invulling = new VragenlijstInvulling
        {
            Id = Guid.NewGuid(),
            Doelgroep = versie.Doelgroep,
            VragenlijstversieId = versie.Id,
            Maand = new DateOnly(dag.Year, dag.Month, 1),
            GemeenteId = aanbod.GemeenteId,
            Indicaties = [.. aanbod.Indicaties],
            Maatregel = aanbod.Maatregel,
            Antwoorden = antwoorden,
        };
        invulling.ScoreRust = invulling.Score(versie, Thema.Rust);
        invulling.ScoreContinuiteit = invulling.Score(versie, Thema.Continuiteit);
        invulling.ScoreDuidelijkheid = invulling.Score(versie, Thema.Duidelijkheid);
        return Uitkomst.Ok(invulling);
    }

    /// <summary>Average of the closed items of one theme, or null when none was answered.</summary>
    public double? Score(Vragenlijstversie versie, Thema thema)
    {
        var codes = versie.Items.Where(i => i.Thema == thema && !i.Open).Select(i => i.Code).ToHashSet();
        var scores = Antwoorden.Where(a => codes.Contains(a.ItemCode) && a.Score is not null).Select(a => a.Score!.Value).ToList();
        return scores.Count == 0 ? null : scores.Average();
    }
}
