using Microsoft.AspNetCore.Authorization;
using Regie.Domain.Vragenlijsten;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Vragenlijsten;
using Regie.Web.Pages.Shared;

namespace Regie.Web.Pages.Vragenlijsten;

/// <summary>The professionals' questionnaire of a meetmoment: about working with the handreiking, not about one casus.
/// The bell's melding of a meetmoment links here (<c>/Vragenlijsten/{aanbodId}</c>).</summary>
[Authorize(Policy = Policies.Professional)]
public sealed class VragenlijstModel(Vragenlijstinvuller invuller) : VragenlijstPaginaModel(invuller, Doelgroep.Professionals)
{
    protected override string Terug => "/Vragenlijsten";

    protected override string Bedankt => "Dank u wel. Uw antwoorden zijn bewaard zonder uw naam, organisatie of casus.";
}
