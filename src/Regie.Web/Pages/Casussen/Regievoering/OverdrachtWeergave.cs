using Regie.Domain.Casussen;
using Regie.Web.Infrastructure.Autorisatie;

namespace Regie.Web.Pages.Casussen.Regievoering;

/// <summary>What the overdracht section (_Overdracht) shows: on the regie page, and on the overdracht page when a post
/// there is refused, with what was typed.</summary>
public sealed record OverdrachtWeergave(Casus Casus, bool IsOpvolger, bool MagRegieVoeren)
{
    public OverdrachtModel.VoorstelInvoer Voorstel { get; init; } = new();
    public OverdrachtModel.AfwijzingInvoer Afwijzing { get; init; } = new();

    public IEnumerable<Betrokkene> ActieveProfessionals => Casus.Betrokkenen.Where(b => b.IsActief && b.IsProfessional).OrderBy(b => b.Naam);

    public string NaamVan(Guid betrokkeneId) => NaamVan(Casus, betrokkeneId);

    public static string NaamVan(Casus casus, Guid betrokkeneId) =>
        casus.Betrokkenen.SingleOrDefault(b => b.Id == betrokkeneId)?.Naam ?? "onbekend";

    /// <summary>The user is the proposed opvolger of the open overdracht: only they may accept or decline it.</summary>
    public static bool IsOpvolgerVan(Casus casus, CasusToegang toegang) =>
        !toegang.IsAfgesloten && casus.OpenOverdracht is { } open && open.NaarBetrokkeneId == toegang.EigenBetrokkeneId;
}
