using Regie.Domain.Casussen;
using Regie.Web.Data;

namespace Regie.Web.Pages.Casussen;

public static class CasusQueries
{
    /// <summary>A professional sees a casus only while they are an active betrokkene of it ("Mijn casussen").</summary>
    public static IQueryable<Casus> WaarActiefBetrokken(this IQueryable<Casus> casussen, Guid? medewerkerId) =>
        medewerkerId is { } id
            ? casussen.Where(c => c.GeanonimiseerdOp == null && c.Betrokkenen.AsQueryable().Where(Actief.Betrokkene).Any(b => b.MedewerkerId == id))
            : casussen.Where(_ => false);

    /// <summary>Said when someone else saved the same thing first; the user's input stays in the form.</summary>
    public const string GelijktijdigGewijzigd =
        "Iemand anders heeft dit net gewijzigd. Uw invoer staat nog in het formulier: bekijk de nieuwe stand en sla opnieuw op.";
}
