using Microsoft.AspNetCore.Identity;

namespace Regie.Web.Data;

/// <summary>A login. Professionals are linked to their Medewerker; an ouder is linked to their Betrokkene in one casus.</summary>
public sealed class Gebruiker : IdentityUser<Guid>
{
    public string Naam { get; set; } = "";
    public Guid? MedewerkerId { get; set; }
    public Guid? BetrokkeneId { get; set; }
    public bool Actief { get; set; } = true;

    /// <summary>How this person wants the bell's meldingen by e-mail (when Regie:Smtp is set).</summary>
    public MailVoorkeur MailVoorkeur { get; set; } = MailVoorkeur.Direct;
}

public enum MailVoorkeur
{
    /// <summary>A mail per melding, soon after it is made.</summary>
    Direct,

    /// <summary>One mail a day with what came in (working days, in the morning).</summary>
    Dagelijks,

    /// <summary>No mail: the bell only.</summary>
    Geen,
}

public static class Rollen
{
    public const string Gemeente = "Gemeente";
    public const string GI = "GI";
    public const string Zorgaanbieder = "Zorgaanbieder";
    public const string Ouder = "Ouder";
    /// <summary>A jeugdige from 16 with their own portal account (Jeugdwet): sees their own part of the casus.</summary>
    public const string Jeugdige = "Jeugdige";
    public const string Regiocoordinator = "Regiocoordinator";
    public const string Beheerder = "Beheerder";

    public static readonly string[] Alle = [Gemeente, GI, Zorgaanbieder, Ouder, Jeugdige, Regiocoordinator, Beheerder];
    public static readonly string[] Professionals = [Gemeente, GI, Zorgaanbieder];

    /// <summary>A professional's role follows from the type of their organisation.</summary>
    public static string VoorOrganisatie(Regie.Domain.Organisaties.OrganisatieType type) => type switch
    {
        Regie.Domain.Organisaties.OrganisatieType.Gemeente => Gemeente,
        Regie.Domain.Organisaties.OrganisatieType.GecertificeerdeInstelling => GI,
        _ => Zorgaanbieder,
    };
}
