using Regie.Domain.Organisaties;
using Regie.Web.Data;

namespace Regie.Web.Pages.Beheer;

/// <summary>How organisation types and roles read on the beheer pages.</summary>
public static class BeheerWeergave
{
    public static string Type(OrganisatieType type) => type switch
    {
        OrganisatieType.Gemeente => "Gemeente",
        OrganisatieType.GecertificeerdeInstelling => "Gecertificeerde instelling",
        OrganisatieType.Zorgaanbieder => "Zorgaanbieder",
        OrganisatieType.Onderwijs => "Onderwijs",
        _ => "Overig",
    };

    public static string Rol(string? rol) => rol switch
    {
        Rollen.Gemeente => "Professional gemeente",
        Rollen.GI => "Professional gecertificeerde instelling",
        Rollen.Zorgaanbieder => "Professional zorg of onderwijs",
        Rollen.Ouder => "Ouder",
        Rollen.Jeugdige => "Jeugdige",
        Rollen.Regiocoordinator => "Regiocoördinator",
        Rollen.Beheerder => "Beheerder",
        _ => "Geen rol",
    };

    public static string JaNee(bool waarde) => waarde ? "Ja" : "Nee";
}
