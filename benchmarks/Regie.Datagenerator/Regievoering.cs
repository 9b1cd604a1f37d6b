using Regie.Domain.Regievoering;

namespace Regie.Datagenerator;

public sealed record RegietoewijzingRij(Guid Id, Guid CasusId, RegieSoort Soort, Guid BetrokkeneId, string? Onderdeel, string? Mandaat,
    DateTimeOffset Van, DateTimeOffset? Tot, string? RedenEinde);

public sealed record OverdrachtRij(Guid Id, Guid CasusId, Guid VanBetrokkeneId, Guid NaarBetrokkeneId, string? Notitie, DateTimeOffset VoorgesteldOp,
    OverdrachtStatus Status, DateTimeOffset? BeslistOp, string? Reden);

/// <summary>Regietoewijzingen (procesregie and inhoudelijke regie, with their history) and overdrachten.</summary>
public static class Regievoering
{
    public static readonly Tabel<RegietoewijzingRij> Toewijzingen = new("Regietoewijzingen",
        "\"Id\", \"CasusId\", \"Soort\", \"BetrokkeneId\", \"Onderdeel\", \"Mandaat\", \"Van\", \"Tot\", \"RedenEinde\"", (k, r) =>
        {
            k.Id(r.Id); k.Id(r.CasusId); k.Soort(r.Soort); k.Id(r.BetrokkeneId); k.Tekst(r.Onderdeel); k.Tekst(r.Mandaat); k.Tijd(r.Van); k.Tijd(r.Tot); k.Tekst(r.RedenEinde);
        });

    public static readonly Tabel<OverdrachtRij> Overdrachten = new("Overdrachten",
        "\"Id\", \"CasusId\", \"VanBetrokkeneId\", \"NaarBetrokkeneId\", \"Notitie\", \"VoorgesteldOp\", \"Status\", \"BeslistOp\", \"Reden\"", (k, o) =>
        {
            k.Id(o.Id); k.Id(o.CasusId); k.Id(o.VanBetrokkeneId); k.Id(o.NaarBetrokkeneId); k.Tekst(o.Notitie); k.Tijd(o.VoorgesteldOp); k.Soort(o.Status);
            k.Tijd(o.BeslistOp); k.Tekst(o.Reden);
        });
}
