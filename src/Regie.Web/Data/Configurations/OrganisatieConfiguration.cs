using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regie.Domain.Organisaties;

namespace Regie.Web.Data.Configurations;

internal sealed class OrganisatieConfiguration : IEntityTypeConfiguration<Organisatie>
{
    public void Configure(EntityTypeBuilder<Organisatie> builder)
    {
        builder.Property(o => o.Naam).HasMaxLength(200);
        builder.Property(o => o.Gemeentecode).HasMaxLength(6);
        builder.Property(o => o.Regio).HasMaxLength(100);
        builder.HasIndex(o => o.Gemeentecode).IsUnique().HasFilter("\"Gemeentecode\" IS NOT NULL");
        builder.HasOne<Medewerker>().WithMany().HasForeignKey(o => o.RegieContactId).OnDelete(DeleteBehavior.SetNull);
        builder.HeeftXminVersie();
    }
}

internal sealed class MedewerkerConfiguration : IEntityTypeConfiguration<Medewerker>
{
    public void Configure(EntityTypeBuilder<Medewerker> builder)
    {
        builder.Property(m => m.Naam).HasMaxLength(200);
        builder.Property(m => m.Email).HasMaxLength(254);
        builder.Property(m => m.Functie).HasMaxLength(200);
        builder.Property(m => m.Telefoon).HasMaxLength(50);
        builder.Property(m => m.Bereikbaarheid).HasMaxLength(500);
        builder.HasIndex(m => m.Email).IsUnique();
        builder.HasOne<Organisatie>().WithMany().HasForeignKey(m => m.OrganisatieId).OnDelete(DeleteBehavior.Restrict);
        builder.HeeftXminVersie();
    }
}
