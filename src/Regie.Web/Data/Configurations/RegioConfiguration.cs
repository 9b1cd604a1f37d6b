using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regie.Domain.Casussen;
using Regie.Web.Regio;

namespace Regie.Web.Data.Configurations;

internal sealed class CasusstandConfiguration : IEntityTypeConfiguration<Casusstand>
{
    public void Configure(EntityTypeBuilder<Casusstand> builder)
    {
        builder.ToTable("Casusstanden");
        builder.HasKey(s => new { s.Maand, s.CasusId });
        // The export reads each casus' latest row; the dashboard filters by month and gemeente.
        builder.HasIndex(s => new { s.CasusId, s.Maand });
        builder.HasIndex(s => new { s.Maand, s.GemeenteId });
        // The dashboard's casussen closed in a period: their final rows, found without reading every month.
        builder.HasIndex(s => s.Maand, "IX_Casusstanden_Maand_Afgesloten").HasFilter("\"Status\" = 'Afgesloten'");
        builder.HasOne<Casus>().WithMany().HasForeignKey(s => s.CasusId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MaandtotaalConfiguration : IEntityTypeConfiguration<Maandtotaal>
{
    public void Configure(EntityTypeBuilder<Maandtotaal> builder)
    {
        builder.ToTable("Maandtotalen");
        builder.HasKey(t => t.Id);
        builder.HasIndex(t => t.Maand);
    }
}
