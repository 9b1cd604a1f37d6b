using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Domain.Casussen;
using Regie.Domain.Organisaties;
using Regie.Web.Regio;

namespace Regie.Web.Tests.Regio;

/// <summary>Casussen of one family name: how many, opened and closed when, and what each month's row holds
/// (<c>Vul(stand, i)</c>, i the casus' number within the group).</summary>
public sealed record Casusgroep(int Aantal, string Gezinsnaam, string[] Indicaties, Maatregel Maatregel, DateOnly Geopend, DateOnly? Gesloten,
    Action<Casusstand, int> Vul);

/// <summary>A small gemeente of a test class's own, with casussen and their Casusstanden written as the scheduler would
/// (one row per month through <paramref name="laatsteMaand"/>), so every figure can be counted by hand.</summary>
public static class Regiogemeente
{
    private static readonly SemaphoreSlim Slot = new(1, 1);

    /// <summary>The gemeente's id: made by the first test of the class, found by the others.</summary>
    public static async Task<Guid> ZorgVoorAsync(RegieApp app, string naam, string cbsCode, string codeVoorvoegsel, DateOnly laatsteMaand,
        DateTimeOffset bijgewerktOp, params Casusgroep[] groepen)
    {
        await Slot.WaitAsync();
        try
        {
            await using var db = app.NieuweDbContext();
            if (await db.Organisaties.SingleOrDefaultAsync(o => o.Naam == naam) is { } bestaand) return bestaand.Id;
            var gemeente = new Organisatie(naam, OrganisatieType.Gemeente, cbsCode, "Twente");
            db.Organisaties.Add(gemeente);
            var sjabloon = await db.Sjablonen.OrderByDescending(s => s.Versie).FirstAsync();
            var standen = new List<Casusstand>();
            var nummer = 0;
            foreach (var g in groepen)
            {
                for (var i = 0; i < g.Aantal; i++)
                {
                    var casus = Casus.Open($"{codeVoorvoegsel}-2026-{++nummer:0000}", g.Gezinsnaam, gemeente, g.Indicaties, g.Maatregel,
                        "Hulpvraag van " + g.Gezinsnaam, sjabloon, g.Geopend);
                    db.Casussen.Add(casus);
                    for (var maand = g.Geopend; maand <= (g.Gesloten ?? laatsteMaand); maand = maand.AddMonths(1))
                    {
                        var stand = new Casusstand
                        {
                            Maand = maand, CasusId = casus.Id, GemeenteId = gemeente.Id, Indicaties = [.. g.Indicaties], Maatregel = g.Maatregel,
                            Status = g.Gesloten == maand ? CasusStatus.Afgesloten : CasusStatus.Actief, Geopend = g.Geopend, Gesloten = g.Gesloten,
                            BijgewerktOp = bijgewerktOp,
                        };
                        g.Vul(stand, i);
                        standen.Add(stand);
                    }
                }
            }
            await db.SaveChangesAsync();
            db.Casusstanden.AddRange(standen);
            await db.SaveChangesAsync();
            // The dashboard's live figures per month come from the totals the scheduler adds up after writing Casusstanden.
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<Casusstandenbijwerker>()
                .TotalenBijwerkenAsync([.. standen.Select(s => s.Maand).Distinct()], default);
            return gemeente.Id;
        }
        finally
        {
            Slot.Release();
        }
    }
}
