using Regie.Domain.Casussen;

namespace Regie.Web.Pages.Ouders;

/// <summary>A taak as the ouder reads it. <see cref="Id"/> and <see cref="Status"/> come from the taak in the casus with the
/// same text (null and the agreed status when it is gone); what and who from the geldende versie.</summary>
public sealed record Portaaltaak(Guid? Id, string Omschrijving, string Wie, DateOnly? Termijn, TaakStatus Status, bool IsEigen);

/// <summary>The one source of the taken an ouder sees: those of the geldende versie, as agreed there, so a taak that is only
/// in the concept stays at the table. Only the progress (klaar, bezig) is today's: that is no new afspraak.</summary>
public static class Portaaltaken
{
    public static IReadOnlyList<Portaaltaak> Lees(Casus casus, Guid? ouderBetrokkeneId)
    {
        if (casus.GeldendeVersie?.Inhoud is not { } geldend) return [];
        // The version names who does a taak; the ouder is found by her id in the same version, so a later change of name does not matter.
        var eigenNaam = geldend.Betrokkenen.FirstOrDefault(b => b.Id == ouderBetrokkeneId)?.Naam;
        var namen = casus.Betrokkenen.ToDictionary(b => b.Id, b => b.Naam);
        return [.. geldend.Taken.Select(t =>
        {
            var zelfde = casus.Taken.Where(l => string.Equals(l.Omschrijving, t.Omschrijving, StringComparison.Ordinal)).ToList();
            var taak = zelfde.FirstOrDefault(l => namen.GetValueOrDefault(l.BetrokkeneId) == t.Wie) ?? zelfde.FirstOrDefault();
            var status = taak?.Status ?? (Enum.TryParse<TaakStatus>(t.Status, out var s) ? s : TaakStatus.Open);
            return new Portaaltaak(taak?.Id, t.Omschrijving, t.Wie, t.Termijn, status, eigenNaam is not null && t.Wie == eigenNaam);
        })];
    }

    /// <summary>Whether an ouder of the casus does this taak (by the name in the geldende versie, as <see cref="Lees"/> matches).</summary>
    public static bool IsVanOuder(Casus casus, Portaaltaak taak)
    {
        var ouderIds = casus.Betrokkenen.Where(b => b.IsOuder).Select(b => b.Id).ToHashSet();
        var ouders = casus.GeldendeVersie?.Inhoud?.Betrokkenen.Where(b => ouderIds.Contains(b.Id)).Select(b => b.Naam).ToHashSet() ?? [];
        return ouders.Contains(taak.Wie);
    }

    /// <summary>How far a taak is, in the ouder's words.</summary>
    public static string Status(TaakStatus status) => status switch
    {
        TaakStatus.Open => "Nog niet begonnen",
        TaakStatus.Bezig => "Is bezig",
        TaakStatus.Klaar => "Klaar",
        _ => "Gaat niet meer door",
    };
}
