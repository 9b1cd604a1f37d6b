using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regie.Domain.Casussen;
using Regie.Domain.Handreiking;
using Regie.Domain.Organisaties;
using Regie.Domain.Regievoering;

namespace Regie.Web.Data.Configurations;

internal sealed class CasusConfiguration : IEntityTypeConfiguration<Casus>
{
    public void Configure(EntityTypeBuilder<Casus> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(20);
        builder.Property(c => c.Gezinsnaam).HasMaxLength(200);
        builder.Property(c => c.Hulpvraag).HasMaxLength(Casus.MaxHulpvraagLengte);
        builder.Property(c => c.AfsluitReden).HasMaxLength(2000);
        builder.Property(c => c.LaatsteEvaluatie).HasMaxLength(4000);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.HasIndex(c => new { c.GemeenteId, c.Status });
        builder.HasIndex(c => c.VolgendeEvaluatie).HasFilter("\"Status\" <> 'Afgesloten'");
        // The retention job's question: closed casussen past their term that still hold personal data.
        builder.HasIndex(c => c.Afsluitdatum).HasFilter("\"Afsluitdatum\" IS NOT NULL AND \"GeanonimiseerdOp\" IS NULL")
            .HasDatabaseName("IX_Casussen_Bewaartermijn");
        // The duplicate check when a casus is opened: the name without case or spaces, per gemeente, active casussen only.
        builder.Property<string>(DubbeleCasusSleutels.Gezinsnaam).HasMaxLength(200)
            .HasComputedColumnSql(DubbeleCasusSleutels.GezinsnaamSql, stored: true);
        builder.HasIndex(nameof(Casus.GemeenteId), DubbeleCasusSleutels.Gezinsnaam).HasFilter("\"Status\" <> 'Afgesloten'")
            .HasDatabaseName("IX_Casussen_DubbeleCasus");
        builder.HasOne<Organisatie>().WithMany().HasForeignKey(c => c.GemeenteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<HandreikingSjabloon>().WithMany().HasForeignKey(c => c.SjabloonId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(c => c.Betrokkenen).WithOne().HasForeignKey(b => b.CasusId);
        builder.HasMany(c => c.Stappen).WithOne().HasForeignKey(s => s.CasusId);
        builder.HasMany(c => c.Taken).WithOne().HasForeignKey(t => t.CasusId);
        builder.HasMany(c => c.Regietoewijzingen).WithOne().HasForeignKey(r => r.CasusId);
        builder.HasMany(c => c.Overdrachten).WithOne().HasForeignKey(o => o.CasusId);
        builder.HasMany(c => c.Overleggen).WithOne().HasForeignKey(o => o.CasusId);
        builder.HasMany(c => c.Versies).WithOne().HasForeignKey(v => v.CasusId);
        builder.HasMany(c => c.Akkoordreacties).WithOne().HasForeignKey(r => r.CasusId);
        builder.Ignore(c => c.ActieveProcesregie);
        builder.Ignore(c => c.Procesregievoerder);
        builder.Ignore(c => c.OpenOverdracht);
        builder.Ignore(c => c.GeldendeVersie);
        builder.Ignore(c => c.WachtOpOuders);
        builder.HeeftXminVersie();
    }
}

internal sealed class BetrokkeneConfiguration : IEntityTypeConfiguration<Betrokkene>
{
    public void Configure(EntityTypeBuilder<Betrokkene> builder)
    {
        builder.Property(b => b.Naam).HasMaxLength(200);
        builder.Property(b => b.RolOfRelatie).HasMaxLength(200);
        builder.Property(b => b.OrganisatieNaam).HasMaxLength(200);
        builder.Property(b => b.Telefoon).HasMaxLength(50);
        builder.Property(b => b.Email).HasMaxLength(254);
        builder.Property(b => b.Bereikbaarheid).HasMaxLength(500);
        builder.Property(b => b.RedenEinde).HasMaxLength(2000);
        // "Mijn casussen": the casussen where this medewerker is an active betrokkene.
        builder.HasIndex(b => b.MedewerkerId).HasFilter("\"BetrokkenTot\" IS NULL");
        // The duplicate check: the same phone number in any notation (digits only, +31 and 0031 as 0).
        builder.Property<string>(DubbeleCasusSleutels.Telefoon).HasMaxLength(50)
            .HasComputedColumnSql(DubbeleCasusSleutels.TelefoonSql, stored: true);
        builder.HasIndex(DubbeleCasusSleutels.Telefoon).HasFilter($"\"{DubbeleCasusSleutels.Telefoon}\" IS NOT NULL")
            .HasDatabaseName("IX_Betrokkenen_DubbeleCasus");
        builder.HasOne<Medewerker>().WithMany().HasForeignKey(b => b.MedewerkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisatie>().WithMany().HasForeignKey(b => b.OrganisatieId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(b => b.IsActief);
        builder.Ignore(b => b.IsProfessional);
        builder.Ignore(b => b.KanInhoudelijkeRegieDragen);
        builder.Ignore(b => b.IsJeugdige);
        builder.HeeftXminVersie();
    }
}

internal sealed class AkkoordreactieConfiguration : IEntityTypeConfiguration<Akkoordreactie>
{
    public void Configure(EntityTypeBuilder<Akkoordreactie> builder)
    {
        builder.Property(r => r.Opmerking).HasMaxLength(Akkoordreactie.MaxOpmerkingLengte);
        // One current answer per betrokkene: two submits at once cannot leave two.
        builder.HasIndex(r => new { r.CasusId, r.BetrokkeneId }).IsUnique();
        builder.HasOne<Betrokkene>().WithMany().HasForeignKey(r => r.BetrokkeneId).OnDelete(DeleteBehavior.Restrict);
        builder.HeeftXminVersie();
    }
}

internal sealed class TaakConfiguration : IEntityTypeConfiguration<Taak>
{
    public void Configure(EntityTypeBuilder<Taak> builder)
    {
        builder.Property(t => t.Omschrijving).HasMaxLength(1000);
        builder.Property(t => t.Resultaat).HasMaxLength(300);
        builder.HasOne<Betrokkene>().WithMany().HasForeignKey(t => t.BetrokkeneId).OnDelete(DeleteBehavior.Restrict);
        builder.HeeftXminVersie();
    }
}

internal sealed class OverlegConfiguration : IEntityTypeConfiguration<Overleg>
{
    public void Configure(EntityTypeBuilder<Overleg> builder)
    {
        builder.Property(o => o.Besluiten).HasMaxLength(8000);
        builder.HeeftXminVersie();
    }
}

internal sealed class RegietoewijzingConfiguration : IEntityTypeConfiguration<Regietoewijzing>
{
    public void Configure(EntityTypeBuilder<Regietoewijzing> builder)
    {
        builder.Property(r => r.Onderdeel).HasMaxLength(200);
        builder.Property(r => r.Mandaat).HasMaxLength(2000);
        builder.Property(r => r.RedenEinde).HasMaxLength(2000);
        builder.HasIndex(r => new { r.CasusId, r.Soort });
        // "Exactly one active procesregievoerder" is also guarded by a deferrable exclusion constraint (see migration).
        builder.HasOne<Betrokkene>().WithMany().HasForeignKey(r => r.BetrokkeneId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(r => r.IsActief);
        builder.HeeftXminVersie();
    }
}

internal sealed class OverdrachtConfiguration : IEntityTypeConfiguration<Overdracht>
{
    public void Configure(EntityTypeBuilder<Overdracht> builder)
    {
        builder.Property(o => o.Notitie).HasMaxLength(4000);
        builder.Property(o => o.Reden).HasMaxLength(2000);
        builder.HasOne<Betrokkene>().WithMany().HasForeignKey(o => o.VanBetrokkeneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Betrokkene>().WithMany().HasForeignKey(o => o.NaarBetrokkeneId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(o => o.IsOpen);
        builder.HeeftXminVersie();
    }
}

internal sealed class ToegangsverzoekConfiguration : IEntityTypeConfiguration<Toegangsverzoek>
{
    public void Configure(EntityTypeBuilder<Toegangsverzoek> builder)
    {
        builder.ToTable("Toegangsverzoeken");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasOne<Casus>().WithMany().HasForeignKey(v => v.CasusId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Medewerker>().WithMany().HasForeignKey(v => v.MedewerkerId).OnDelete(DeleteBehavior.Restrict);
        // One open question per person and casus: asking twice adds nothing to the regievoerder's bell.
        builder.HasIndex(v => new { v.CasusId, v.MedewerkerId }).IsUnique().HasFilter("\"Status\" = 'Open'");
        builder.HeeftXminVersie();
    }
}

/// <summary>The normalised copies of gezinsnaam and telefoon the duplicate check compares; computed by PostgreSQL, never
/// written by the app. <see cref="Pages.Casussen.DubbeleCasus"/> normalises what was typed the same way.</summary>
internal static class DubbeleCasusSleutels
{
    public const string Gezinsnaam = "GezinsnaamSleutel";
    public const string Telefoon = "TelefoonSleutel";
    public const string GezinsnaamSql = """lower(regexp_replace("Gezinsnaam", '\s', '', 'g'))""";
    public const string TelefoonSql =
        """regexp_replace(regexp_replace(regexp_replace("Telefoon", '[^0-9]', '', 'g'), '^00', ''), '^31([0-9]{9})$', '0\1')""";
}
