using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regie.Domain.Handreiking;

namespace Regie.Web.Data.Configurations;

internal sealed class HandreikingPdfConfiguration : IEntityTypeConfiguration<HandreikingPdf>
{
    public void Configure(EntityTypeBuilder<HandreikingPdf> builder)
    {
        builder.ToTable("HandreikingPdfs");
        builder.HasKey(p => p.VersieId);
        builder.Property(p => p.Sha256).HasMaxLength(64).IsFixedLength();
        builder.HasOne<Handreikingversie>().WithOne().HasForeignKey<HandreikingPdf>(p => p.VersieId).OnDelete(DeleteBehavior.Cascade);
    }
}
