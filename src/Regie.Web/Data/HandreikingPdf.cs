using System.Security.Cryptography;

namespace Regie.Web.Data;

/// <summary>The PDF of one <see cref="Domain.Handreiking.Handreikingversie"/>, rendered once and kept, so that every download
/// of a version is the same document, byte for byte. Web-side: a PDF is a presentation, not part of the domain.</summary>
public sealed class HandreikingPdf
{
    private HandreikingPdf()
    {
        Bytes = [];
        Sha256 = "";
    }

    public HandreikingPdf(Guid versieId, byte[] bytes, DateTimeOffset gemaaktOp)
    {
        VersieId = versieId;
        Bytes = bytes;
        GemaaktOp = gemaaktOp;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    public Guid VersieId { get; private set; }
    public byte[] Bytes { get; private set; }
    public DateTimeOffset GemaaktOp { get; private set; }

    /// <summary>Lets anyone holding a copy check it is the stored one.</summary>
    public string Sha256 { get; private set; }
}
