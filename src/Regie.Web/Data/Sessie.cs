using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Regie.Web.Data;

/// <summary>One signed-in browser. The login cookie holds only the key; the ticket itself stays here, so logging out,
/// a new password or a deactivated account ends the session on the server, not only in that browser.</summary>
public sealed class Sessie
{
    private Sessie() { Sleutel = ""; Ticket = []; }

    public Sessie(string sleutel, Guid gebruikerId, byte[] ticket, DateTimeOffset aangemaaktOp, DateTimeOffset verlooptOp)
    {
        Sleutel = sleutel;
        GebruikerId = gebruikerId;
        Ticket = ticket;
        AangemaaktOp = aangemaaktOp;
        VerlooptOp = verlooptOp;
    }

    public string Sleutel { get; private set; }
    public Guid GebruikerId { get; private set; }

    /// <summary>The serialized ticket (claims and cookie properties), encrypted with the shared data-protection key ring.</summary>
    public byte[] Ticket { get; private set; }

    public DateTimeOffset AangemaaktOp { get; private set; }
    public DateTimeOffset VerlooptOp { get; private set; }
}

internal sealed class SessieConfiguration : IEntityTypeConfiguration<Sessie>
{
    public void Configure(EntityTypeBuilder<Sessie> builder)
    {
        builder.HasKey(s => s.Sleutel);
        builder.Property(s => s.Sleutel).HasMaxLength(64);
        builder.HasIndex(s => s.GebruikerId);
        builder.HasIndex(s => s.VerlooptOp);
        builder.HasOne<Gebruiker>().WithMany().HasForeignKey(s => s.GebruikerId).OnDelete(DeleteBehavior.Cascade);
    }
}
