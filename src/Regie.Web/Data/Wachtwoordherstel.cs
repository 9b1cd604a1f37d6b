using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Regie.Web.Data;

/// <summary>A single-use "wachtwoord vergeten" link, valid for one hour. Only the hash of the token is stored, like
/// an invitation's, so a copy of the database holds no usable links.</summary>
public sealed class Wachtwoordherstel
{
    public static readonly TimeSpan Geldigheid = TimeSpan.FromHours(1);

    private Wachtwoordherstel() { TokenHash = ""; }

    public Wachtwoordherstel(Guid gebruikerId, DateTimeOffset nu, out string token)
    {
        token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        Id = Guid.NewGuid();
        GebruikerId = gebruikerId;
        TokenHash = Uitnodiging.Hash(token);
        AangemaaktOp = nu;
        VerlooptOp = nu + Geldigheid;
    }

    public Guid Id { get; private set; }
    public Guid GebruikerId { get; private set; }
    public string TokenHash { get; private set; }
    public DateTimeOffset AangemaaktOp { get; private set; }
    public DateTimeOffset VerlooptOp { get; private set; }
    public DateTimeOffset? GebruiktOp { get; private set; }

    public bool IsBruikbaar(DateTimeOffset nu) => GebruiktOp is null && nu < VerlooptOp;

    public void MarkeerGebruikt(DateTimeOffset nu) => GebruiktOp = nu;

    /// <summary>Once the password changed, by whatever route, links asked for before it no longer work.</summary>
    public static Task<int> VervalOpenLinksAsync(RegieDbContext db, Guid gebruikerId, DateTimeOffset nu, CancellationToken ct) =>
        db.Wachtwoordherstellen.Where(w => w.GebruikerId == gebruikerId && w.GebruiktOp == null)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.GebruiktOp, nu), ct);
}

internal sealed class WachtwoordherstelConfiguration : IEntityTypeConfiguration<Wachtwoordherstel>
{
    public void Configure(EntityTypeBuilder<Wachtwoordherstel> builder)
    {
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.Property(w => w.TokenHash).HasMaxLength(64);
        builder.HasIndex(w => w.TokenHash).IsUnique();
        builder.HasIndex(w => w.GebruikerId);
        builder.HasOne<Gebruiker>().WithMany().HasForeignKey(w => w.GebruikerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property<uint>("Versie").IsRowVersion();
    }
}
