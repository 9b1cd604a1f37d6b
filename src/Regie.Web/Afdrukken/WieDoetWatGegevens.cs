using Regie.Domain.Handreiking;

namespace Regie.Web.Afdrukken;

public sealed record Contactpersoon(string Naam, string Rol, string? Organisatie, string? Telefoon, string? Email, string? Bereikbaarheid);

/// <summary>"Waarvoor belt u wie": one line of the ouders' one-pager.</summary>
public sealed record BelRegel(string Waarvoor, Contactpersoon Wie);

/// <summary>The ouders' one-pager: the afspraken of the geldende versie, with contact details as they are today.</summary>
public sealed record WieDoetWatGegevens(
    string Gezinsnaam,
    DateTimeOffset GemaaktOp,
    Contactpersoon? Regievoerder,
    IReadOnlyList<BelRegel> Bellen,
    IReadOnlyList<Contactpersoon> WieIsWie,
    Handreikingversie? Geldend);
