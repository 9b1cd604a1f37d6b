using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regie.Domain.Handreiking;

namespace Regie.Web.Data.Configurations;

internal sealed class HandreikingSjabloonConfiguration : IEntityTypeConfiguration<HandreikingSjabloon>
{
    public void Configure(EntityTypeBuilder<HandreikingSjabloon> builder)
    {
        builder.ToTable("Sjablonen");
        builder.Property(s => s.Naam).HasMaxLength(200);
        builder.HasIndex(s => s.Versie).IsUnique();
        builder.Ignore(s => s.Stappen);
        builder.Property<List<SjabloonStap>>("_stappen").HasColumnName("Stappen").AlsJsonb();
    }
}

internal sealed class CasusStapConfiguration : IEntityTypeConfiguration<CasusStap>
{
    public void Configure(EntityTypeBuilder<CasusStap> builder)
    {
        builder.Property(s => s.Titel).HasMaxLength(120);
        builder.Property(s => s.Afspraken).HasMaxLength(CasusStap.MaxAfsprakenLengte);
        builder.Property(s => s.GewijzigdDoor).HasMaxLength(200);
        builder.HasIndex(s => new { s.CasusId, s.Nummer }).IsUnique();
        // The rules look a step up by its kind: one step of each kind per casus.
        builder.HasIndex(s => new { s.CasusId, s.Soort }).IsUnique();
        builder.HeeftXminVersie();
    }
}

internal sealed class HandreikingversieConfiguration : IEntityTypeConfiguration<Handreikingversie>
{
    public void Configure(EntityTypeBuilder<Handreikingversie> builder)
    {
        builder.Property(v => v.VastgesteldDoor).HasMaxLength(200);
        builder.Property(v => v.OudersOpmerking).HasMaxLength(2000);
        builder.Property(v => v.Verificatiecode).HasMaxLength(32);
        builder.Property(v => v.Inhoud).AlsJsonb();
        builder.Property(v => v.Akkoorden!).AlsJsonb().IsRequired(false);
        builder.HasIndex(v => new { v.CasusId, v.Volgnummer }).IsUnique();
        builder.HasIndex(v => v.Verificatiecode).IsUnique();
        // "Exactly one geldende versie" is guarded by a deferrable exclusion constraint in the migration.
        builder.HasOne<Domain.Casussen.Overleg>().WithMany().HasForeignKey(v => v.OverlegId).OnDelete(DeleteBehavior.Restrict);
        builder.HeeftXminVersie();
    }
}
