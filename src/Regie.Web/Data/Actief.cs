using System.Linq.Expressions;
using Regie.Domain.Casussen;
using Regie.Domain.Regievoering;

namespace Regie.Web.Data;

/// <summary>"Actief" for queries: the rules of <see cref="Betrokkene.IsActief"/>, <see cref="Regietoewijzing.IsActief"/> and
/// <see cref="Regietoewijzing.IsActieveProcesregie"/>, which EF cannot translate (they are not mapped columns).
/// Inside a projection use the expressions on a navigation: <c>c.Betrokkenen.AsQueryable().Where(Actief.Betrokkene)</c>.</summary>
public static class Actief
{
    public static readonly Expression<Func<Betrokkene, bool>> Betrokkene = b => b.BetrokkenTot == null;
    public static readonly Expression<Func<Regietoewijzing, bool>> Toewijzing = r => r.Tot == null;
    public static readonly Expression<Func<Regietoewijzing, bool>> Procesregie = r => r.Soort == RegieSoort.Procesregie && r.Tot == null;

    public static IQueryable<Betrokkene> Actieve(this IQueryable<Betrokkene> betrokkenen) => betrokkenen.Where(Betrokkene);

    public static IQueryable<Regietoewijzing> Actieve(this IQueryable<Regietoewijzing> toewijzingen) => toewijzingen.Where(Toewijzing);

    public static IQueryable<Regietoewijzing> ActieveProcesregie(this IQueryable<Regietoewijzing> toewijzingen) => toewijzingen.Where(Procesregie);
}
