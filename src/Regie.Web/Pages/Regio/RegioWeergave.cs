using Regie.Domain.Vragenlijsten;

namespace Regie.Web.Pages.Regio;

/// <summary>How the questionnaires' values read on the regiocoördinator's pages.</summary>
public static class RegioWeergave
{
    public static string Thema(Thema thema) => thema switch
    {
        Domain.Vragenlijsten.Thema.Rust => "rust",
        Domain.Vragenlijsten.Thema.Continuiteit => "continuïteit",
        _ => "duidelijkheid",
    };

    public static string Doelgroep(Doelgroep doelgroep) => doelgroep == Domain.Vragenlijsten.Doelgroep.Ouders ? "ouders" : "professionals";

    /// <summary>The doelgroep as the URL names it; anything else (also a number, which Enum.TryParse would take) is unknown.</summary>
    public static Doelgroep? UitUrl(string? waarde) => waarde?.ToLowerInvariant() switch
    {
        "ouders" => Domain.Vragenlijsten.Doelgroep.Ouders,
        "professionals" => Domain.Vragenlijsten.Doelgroep.Professionals,
        _ => null,
    };

    /// <summary>"september 2026".</summary>
    public static string Maand(DateOnly dag) => dag.ToString("MMMM yyyy", Web.Weergave.Nl);

    public static string Periode(DateOnly van, DateOnly tot) =>
        van.Year == tot.Year && van.Month == tot.Month ? Maand(van) : $"{Maand(van)} tot en met {Maand(tot)}";
}
