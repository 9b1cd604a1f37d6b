using System.Security.Cryptography;
using Regie.Domain.Gedeeld;

namespace Regie.Domain.Handreiking;

public enum VersieStatus
{
    Geldend,
    Vervangen,
}

/// <summary>An immutable snapshot made at vaststellen. Only its status changes, once, when a newer version replaces it.</summary>
public sealed class Handreikingversie
{
    private Handreikingversie()
    {
        VastgesteldDoor = "";
        Verificatiecode = "";
        Inhoud = null!;
    }

    internal Handreikingversie(Guid casusId, int volgnummer, Guid overlegId, Guid vastgesteldDoorId, string vastgesteldDoor,
        bool oudersAkkoord, string? oudersOpmerking, HandreikingSnapshot inhoud, DateTimeOffset nu,
        IReadOnlyList<VersieAkkoord>? akkoorden = null)
    {
        Id = Guid.NewGuid();
        CasusId = casusId;
        Volgnummer = volgnummer;
        OverlegId = overlegId;
        VastgesteldDoorId = vastgesteldDoorId;
        VastgesteldDoor = vastgesteldDoor;
        VastgesteldOp = nu;
        OudersAkkoord = oudersAkkoord;
        OudersOpmerking = oudersOpmerking;
        Inhoud = inhoud;
        Akkoorden = akkoorden;
        Status = VersieStatus.Geldend;
        Verificatiecode = NieuweVerificatiecode();
    }

    public Guid Id { get; private set; }
    public Guid CasusId { get; private set; }
    public int Volgnummer { get; private set; }
    public Guid OverlegId { get; private set; }
    public Guid VastgesteldDoorId { get; private set; }
    public string VastgesteldDoor { get; private set; }
    public DateTimeOffset VastgesteldOp { get; private set; }
    public bool OudersAkkoord { get; private set; }
    public string? OudersOpmerking { get; private set; }
    public HandreikingSnapshot Inhoud { get; private set; }

    /// <summary>Who of the ouders (and jeugdigen from 16) agreed, how and when; null for a casus without anyone known to
    /// decide, and in versions made before ouders answered themselves: those show <see cref="OudersAkkoord"/> only.</summary>
    public IReadOnlyList<VersieAkkoord>? Akkoorden { get; private set; }
    public VersieStatus Status { get; private set; }
    public DateTimeOffset? VervangenOp { get; private set; }

    /// <summary>Printed on the PDF; 20 characters from a 31-sign alphabet (about 99 bits), so guessing one is hopeless.</summary>
    public string Verificatiecode { get; private set; }

    internal void Vervang(DateTimeOffset nu)
    {
        if (Status == VersieStatus.Vervangen) throw new DomeinException("Deze versie is al vervangen.");
        Status = VersieStatus.Vervangen;
        VervangenOp = nu;
    }

    // Without 0/O and 1/I/L, so that a code read aloud or typed over from paper comes out right.
    private const string Alfabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string NieuweVerificatiecode()
    {
        Span<char> tekens = stackalloc char[20];
        for (var i = 0; i < tekens.Length; i++) tekens[i] = Alfabet[RandomNumberGenerator.GetInt32(Alfabet.Length)];
        var code = new string(tekens);
        return $"{code[..5]}-{code[5..10]}-{code[10..15]}-{code[15..]}";
    }
}

/// <summary>One beslisser's answer as the version keeps it. <paramref name="ZelfGegeven"/>: in the portal in their own name;
/// otherwise <paramref name="VastgelegdDoor"/> (the professional) recorded it at the table. <paramref name="Op"/>: when given.</summary>
public sealed record VersieAkkoord(string Naam, string RolOfRelatie, bool Akkoord, string? Opmerking, bool ZelfGegeven, string? VastgelegdDoor,
    DateTimeOffset Op);
