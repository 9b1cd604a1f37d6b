using Microsoft.AspNetCore.Identity;

namespace Regie.Web.Data;

/// <summary>A login. Professionals are linked to their Medewerker; an ouder is linked to their Betrokkene in one casus.</summary>
public sealed class Gebruiker : IdentityUser<Guid>
{
    public string Naam { get; set; } = "";
    public Guid? MedewerkerId { get; set; }
    public Guid? BetrokkeneId { get; set; }
    public bool Actief { get; set; } = true;
}

public static class Rollen
{
    public const string Gemeente = "Gemeente";
    public const string GI = "GI";
    public const string Zorgaanbieder = "Zorgaanbieder";
    public const string Ouder = "Ouder";
    public const string Regiocoordinator = "Regiocoordinator";
    public const string Beheerder = "Beheerder";

    public static readonly string[] Alle = [Gemeente, GI, Zorgaanbieder, Ouder, Regiocoordinator, Beheerder];
    public static readonly string[] Professionals = [Gemeente, GI, Zorgaanbieder];

    /// <summary>A professional's role follows from the type of their organisation.</summary>
    public static string VoorOrganisatie(Regie.Domain.Organisaties.OrganisatieType type) => type switch
    {
        Regie.Domain.Organisaties.OrganisatieType.Gemeente => Gemeente,
        Regie.Domain.Organisaties.OrganisatieType.GecertificeerdeInstelling => GI,
        _ => Zorgaanbieder,
    };
}
