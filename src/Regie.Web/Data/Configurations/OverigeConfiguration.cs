using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Domain.Organisaties;
using Regie.Domain.Signalen;
using Regie.Domain.Toestemmingen;
using Regie.Domain.Vragenlijsten;

namespace Regie.Web.Data.Configurations;

internal sealed class SignaalConfiguration : IEntityTypeConfiguration<Signaal>
{
    public void Configure(EntityTypeBuilder<Signaal> builder)
    {
        builder.Property(s => s.Toelichting).HasMaxLength(2000);
        builder.Property(s => s.IngediendDoor).HasMaxLength(200);
        builder.Property(s => s.Antwoord).HasMaxLength(2000);
        builder.Property(s => s.BeantwoordDoor).HasMaxLength(200);
        builder.Property(s => s.WatGedaan).HasMaxLength(2000);
        builder.Property(s => s.GeslotenDoor).HasMaxLength(200);
        builder.HasMany(s => s.Berichten).WithOne().HasForeignKey(b => b.SignaalId);
        builder.HasOne<Taak>().WithMany().HasForeignKey(s => s.TaakId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.CasusId);
        builder.HasIndex(s => s.IndienerId);
        builder.HasIndex(s => s.IngediendOp).HasFilter("\"BeantwoordOp\" IS NULL");
        builder.HasOne<Casus>().WithMany().HasForeignKey(s => s.CasusId);
        builder.Ignore(s => s.IsOpen);
        builder.Ignore(s => s.IsGeescaleerd);
        builder.HeeftXminVersie();
    }
}

internal sealed class SignaalBerichtConfiguration : IEntityTypeConfiguration<SignaalBericht>
{
    public void Configure(EntityTypeBuilder<SignaalBericht> builder)
    {
        builder.ToTable("SignaalBerichten");
        builder.Property(b => b.Door).HasMaxLength(200);
        builder.Property(b => b.Tekst).HasMaxLength(2000);
    }
}

internal sealed class LogboekRegelConfiguration : IEntityTypeConfiguration<LogboekRegel>
{
    public void Configure(EntityTypeBuilder<LogboekRegel> builder)
    {
        // Append-only: a trigger in the migration refuses UPDATE and DELETE. No foreign keys, so that
        // the trail outlives whatever it describes.
        builder.ToTable("Logboek");
        builder.Property(l => l.Id).UseIdentityAlwaysColumn();
        builder.Property(l => l.Gebruiker).HasMaxLength(200);
        builder.Property(l => l.Entiteit).HasMaxLength(100);
        builder.Property(l => l.Omschrijving).HasMaxLength(1000);
        builder.Property(l => l.IpAdres).HasMaxLength(64);
        builder.HasIndex(l => new { l.CasusId, l.Tijdstip });
        builder.HasIndex(l => new { l.GebruikerId, l.Tijdstip });
    }
}

internal sealed class ToestemmingConfiguration : IEntityTypeConfiguration<Toestemming>
{
    public void Configure(EntityTypeBuilder<Toestemming> builder)
    {
        builder.ToTable("Toestemmingen");
        builder.Property(t => t.Doel).HasMaxLength(Toestemming.MaxDoel);
        builder.Property(t => t.GegevenDoorNaam).HasMaxLength(200);
        builder.Property(t => t.VastgelegdDoor).HasMaxLength(200);
        builder.Property(t => t.IngetrokkenDoor).HasMaxLength(200);
        builder.HasOne<Casus>().WithMany().HasForeignKey(t => t.CasusId);
        // Restrict: a gezinslid who leaves is ended, not deleted; the register keeps who gave it.
        builder.HasOne<Betrokkene>().WithMany().HasForeignKey(t => t.GegevenDoorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Betrokkene>().WithMany().HasForeignKey(t => t.SamenMetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisatie>().WithMany().HasForeignKey(t => t.OrganisatieId).OnDelete(DeleteBehavior.Restrict);
        // The header's question "does the user's organisation have a current one?" on every casus page.
        builder.HasIndex(t => new { t.CasusId, t.OrganisatieId });
        builder.Ignore(t => t.IsIngetrokken);
        builder.HeeftXminVersie();
    }
}

internal sealed class DeelbesluitConfiguration : IEntityTypeConfiguration<Deelbesluit>
{
    public void Configure(EntityTypeBuilder<Deelbesluit> builder)
    {
        builder.ToTable("Deelbesluiten");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.BesluitDoor).HasMaxLength(200);
        builder.HasOne<Casus>().WithMany().HasForeignKey(d => d.CasusId);
        builder.HasOne<Organisatie>().WithMany().HasForeignKey(d => d.OrganisatieId).OnDelete(DeleteBehavior.Restrict);
        // The header reads the newest decision for the user's organisation on every casus page.
        builder.HasIndex(d => new { d.CasusId, d.OrganisatieId, d.Op });
    }
}

internal sealed class CorrectieverzoekConfiguration : IEntityTypeConfiguration<Regie.Domain.Correcties.Correctieverzoek>
{
    public void Configure(EntityTypeBuilder<Regie.Domain.Correcties.Correctieverzoek> builder)
    {
        builder.ToTable("Correctieverzoeken");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Toelichting).HasMaxLength(Regie.Domain.Correcties.Correctieverzoek.MaxToelichting);
        builder.Property(c => c.Antwoord).HasMaxLength(Regie.Domain.Correcties.Correctieverzoek.MaxAntwoord);
        builder.HasOne<Casus>().WithMany().HasForeignKey(c => c.CasusId);
        builder.HasOne<Betrokkene>().WithMany().HasForeignKey(c => c.IngediendDoorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Gebruiker>().WithMany().HasForeignKey(c => c.IngediendDoorGebruikerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.CasusId);
        builder.Ignore(c => c.IsBeantwoord);
        builder.HeeftXminVersie();
    }
}

internal sealed class VernietigingsverzoekConfiguration : IEntityTypeConfiguration<Regie.Domain.Bewaren.Vernietigingsverzoek>
{
    public void Configure(EntityTypeBuilder<Regie.Domain.Bewaren.Vernietigingsverzoek> builder)
    {
        builder.ToTable("Vernietigingsverzoeken");
        builder.Property(v => v.VastgelegdDoor).HasMaxLength(200);
        builder.Property(v => v.Toelichting).HasMaxLength(Regie.Domain.Bewaren.Vernietigingsverzoek.MaxToelichting);
        builder.HasOne<Casus>().WithMany().HasForeignKey(v => v.CasusId);
        builder.HasOne<Betrokkene>().WithMany().HasForeignKey(v => v.GevraagdDoorId).OnDelete(DeleteBehavior.Restrict);
        // The beheerder's list: the open ones first, by deadline.
        builder.HasIndex(v => new { v.Status, v.GevraagdOp });
        // One open request per casus: recording it twice adds nothing to the beheerder's list.
        builder.HasIndex(v => v.CasusId).IsUnique().HasFilter("\"Status\" = 'Open'");
        builder.Ignore(v => v.Uiterlijk);
        builder.HeeftXminVersie();
    }
}
