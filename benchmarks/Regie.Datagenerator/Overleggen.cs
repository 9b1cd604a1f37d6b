using System.Text.Json;
using Regie.Domain.Handreiking;

namespace Regie.Datagenerator;

public sealed record OverlegRij(Guid Id, Guid CasusId, DateTimeOffset Datum, Guid[] Aanwezigen, string? Besluiten);

public sealed record VersieRij(Guid Id, Guid CasusId, int Volgnummer, Guid OverlegId, Guid VastgesteldDoorId, string VastgesteldDoor,
    DateTimeOffset VastgesteldOp, bool OudersAkkoord, string? OudersOpmerking, string Inhoud, VersieStatus Status, DateTimeOffset? VervangenOp,
    string Verificatiecode);

/// <summary>Overleggen (MDO's) and the handreikingversies vastgesteld in them. The snapshot is the domain's own
/// <see cref="HandreikingSnapshot"/>, serialised as the app stores it (System.Text.Json, web defaults, jsonb).
/// No PDFs: the app renders and stores a version's PDF on its first download, as for any version without one.</summary>
public static class Overleggen
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static readonly Tabel<OverlegRij> Tabel = new("Overleggen", "\"Id\", \"CasusId\", \"Datum\", \"Aanwezigen\", \"Besluiten\"", (k, o) =>
    {
        k.Id(o.Id); k.Id(o.CasusId); k.Tijd(o.Datum); k.Write(o.Aanwezigen, NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Uuid); k.Tekst(o.Besluiten);
    });

    public static readonly Tabel<VersieRij> Versies = new("Handreikingversies",
        "\"Id\", \"CasusId\", \"Volgnummer\", \"OverlegId\", \"VastgesteldDoorId\", \"VastgesteldDoor\", \"VastgesteldOp\", \"OudersAkkoord\", "
        + "\"OudersOpmerking\", \"Inhoud\", \"Status\", \"VervangenOp\", \"Verificatiecode\"", (k, v) =>
        {
            k.Id(v.Id); k.Id(v.CasusId); k.Getal(v.Volgnummer); k.Id(v.OverlegId); k.Id(v.VastgesteldDoorId); k.Tekst(v.VastgesteldDoor); k.Tijd(v.VastgesteldOp);
            k.Waar(v.OudersAkkoord); k.Tekst(v.OudersOpmerking); k.Write(v.Inhoud, NpgsqlTypes.NpgsqlDbType.Jsonb); k.Soort(v.Status); k.Tijd(v.VervangenOp);
            k.Tekst(v.Verificatiecode);
        });

    public static string AlsJson(HandreikingSnapshot snapshot) => JsonSerializer.Serialize(snapshot, Json);
}
