using Regie.Domain.Casussen;

namespace Regie.Web.Pages.Casussen;

public static class CasusQueries
{
    /// <summary>A professional sees a casus only while they are an active betrokkene of it.</summary>
    public static IQueryable<Casus> WaarActiefBetrokken(this IQueryable<Casus> casussen, Guid? medewerkerId) =>
        medewerkerId is { } id
            ? casussen.Where(c => c.Betrokkenen.Any(b => b.MedewerkerId == id && b.BetrokkenTot == null))
            : casussen.Where(_ => false);
}
