using Microsoft.AspNetCore.Authorization;
using Regie.Domain.Vragenlijsten;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Vragenlijsten;
using Regie.Web.Pages.Shared;

namespace Regie.Web.Pages.Ouders;

/// <summary>"Hoe ging de hulp?": the ouders' questionnaire, offered when the casus closed (or after a vaststelling).</summary>
[Authorize(Policy = Policies.Ouder)]
public sealed class VragenlijstModel(Vragenlijstinvuller invuller) : VragenlijstPaginaModel(invuller, Doelgroep.Ouders)
{
    protected override string Terug => "/Ouders";

    protected override string Bedankt => "Dank u wel! Uw antwoorden zijn bewaard, zonder uw naam.";
}
