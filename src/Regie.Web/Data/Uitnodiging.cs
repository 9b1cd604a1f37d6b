using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Regie.Web.Data;

/// <summary>A single-use link that lets an invited professional or ouder set a password. Only the hash of the
/// token is stored, so a copy of the database does not hold usable links.</summary>
public sealed class Uitnodiging
{
    public static readonly TimeSpan Geldigheid = TimeSpan.FromDays(7);

    private Uitnodiging() { Email = ""; TokenHash = ""; UitgenodigdDoor = ""; }

    public Uitnodiging(Guid gebruikerId, string email, string uitgenodigdDoor, DateTimeOffset nu, out string token)
    {
        token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        Id = Guid.NewGuid();
        GebruikerId = gebruikerId;
        Email = email;
        UitgenodigdDoor = uitgenodigdDoor;
        TokenHash = Hash(token);
        AangemaaktOp = nu;
        VerlooptOp = nu + Geldigheid;
    }

    public Guid Id { get; private set; }
    public Guid GebruikerId { get; private set; }
    public string Email { get; private set; }
    public string UitgenodigdDoor { get; private set; }
    public string TokenHash { get; private set; }
    public DateTimeOffset AangemaaktOp { get; private set; }
    public DateTimeOffset VerlooptOp { get; private set; }
    public DateTimeOffset? GebruiktOp { get; private set; }

    public bool IsBruikbaar(DateTimeOffset nu) => GebruiktOp is null && nu < VerlooptOp;

    public void MarkeerGebruikt(DateTimeOffset nu) => GebruiktOp = nu;

    /// <summary>A newer invitation replaces this one: the old link stops working now.</summary>
    public void Intrekken(DateTimeOffset nu)
    {
        if (nu < VerlooptOp) VerlooptOp = nu;
    }

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}

internal sealed class UitnodigingConfiguration : IEntityTypeConfiguration<Uitnodiging>
{
    public void Configure(EntityTypeBuilder<Uitnodiging> builder)
    {
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Email).HasMaxLength(254);
        builder.Property(u => u.UitgenodigdDoor).HasMaxLength(200);
        builder.Property(u => u.TokenHash).HasMaxLength(64);
        builder.HasIndex(u => u.TokenHash).IsUnique();
        builder.HasOne<Gebruiker>().WithMany().HasForeignKey(u => u.GebruikerId);
        builder.Property<uint>("Versie").IsRowVersion();
    }
}
