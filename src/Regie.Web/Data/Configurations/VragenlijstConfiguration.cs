using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regie.Domain.Casussen;
using Regie.Domain.Organisaties;
using Regie.Domain.Vragenlijsten;

namespace Regie.Web.Data.Configurations;

internal sealed class VragenlijstversieConfiguration : IEntityTypeConfiguration<Vragenlijstversie>
{
    public void Configure(EntityTypeBuilder<Vragenlijstversie> builder)
    {
        builder.Property(v => v.Items).AlsJsonb();
        builder.Property(v => v.GemaaktDoor).HasMaxLength(200);
        builder.HasIndex(v => new { v.Doelgroep, v.Volgnummer }).IsUnique();
        builder.Ignore(v => v.Definitie);
    }
}

internal sealed class VragenlijstaanbodConfiguration : IEntityTypeConfiguration<Vragenlijstaanbod>
{
    public void Configure(EntityTypeBuilder<Vragenlijstaanbod> builder)
    {
        builder.ToTable("Vragenlijstaanbiedingen");
        builder.Property(a => a.Moment).HasMaxLength(100);
        // One answer per person per moment: a second offer for the same moment cannot exist.
        builder.HasIndex(a => new { a.GebruikerId, a.Moment }).IsUnique();
        builder.HasIndex(a => a.CasusId);
        builder.HasOne<Gebruiker>().WithMany().HasForeignKey(a => a.GebruikerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Vragenlijstversie>().WithMany().HasForeignKey(a => a.VragenlijstversieId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Casus>().WithMany().HasForeignKey(a => a.CasusId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(a => a.IsOpen);
        builder.Ignore(a => a.MeetmomentId);
        builder.HeeftXminVersie();
    }
}

internal sealed class VragenlijstInvullingConfiguration : IEntityTypeConfiguration<VragenlijstInvulling>
{
    public void Configure(EntityTypeBuilder<VragenlijstInvulling> builder)
    {
        // No key to a person, a casus or an offer: see VragenlijstInvulling. The key is random (Guid v4), not ordered by time.
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Antwoorden).AlsJsonb();
        builder.HasOne<Vragenlijstversie>().WithMany().HasForeignKey(v => v.VragenlijstversieId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisatie>().WithMany().HasForeignKey(v => v.GemeenteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.Doelgroep, v.Maand });
    }
}

internal sealed class MeetmomentConfiguration : IEntityTypeConfiguration<Meetmoment>
{
    public void Configure(EntityTypeBuilder<Meetmoment> builder)
    {
        builder.ToTable("Meetmomenten");
        builder.Property(m => m.Naam).HasMaxLength(Meetmoment.MaxNaamLengte);
        builder.Property(m => m.VerstuurdDoor).HasMaxLength(200);
        builder.HasOne<Vragenlijstversie>().WithMany().HasForeignKey(m => m.VragenlijstversieId).OnDelete(DeleteBehavior.Restrict);
    }
}
