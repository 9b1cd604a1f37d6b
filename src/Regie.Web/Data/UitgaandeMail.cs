using Microsoft.EntityFrameworkCore;

namespace Regie.Web.Data;

/// <summary>A mail waiting for the scheduler to send it. A request only adds a row, so a slow or absent SMTP server never
/// slows a page; a failure is retried with growing pauses and shown in Beheer. Holds no casus content beyond a code and a link.</summary>
public sealed class UitgaandeMail
{
    public const int MaxPogingen = 8;

    private UitgaandeMail() { Aan = ""; Onderwerp = ""; Tekst = ""; }

    public UitgaandeMail(string aan, string onderwerp, string tekst, DateTimeOffset nu)
    {
        Id = Guid.NewGuid();
        Aan = aan;
        Onderwerp = onderwerp;
        Tekst = tekst;
        AangemaaktOp = nu;
        VolgendePogingOp = nu;
    }

    public Guid Id { get; private set; }
    public string Aan { get; private set; }
    public string Onderwerp { get; private set; }
    public string Tekst { get; private set; }
    public DateTimeOffset AangemaaktOp { get; private set; }
    public int Pogingen { get; private set; }

    /// <summary>Null once sent or given up.</summary>
    public DateTimeOffset? VolgendePogingOp { get; private set; }

    public DateTimeOffset? VerstuurdOp { get; private set; }
    public DateTimeOffset? OpgegevenOp { get; private set; }

    /// <summary>What went wrong the last time, for Beheer: the SMTP error, never the mail's text.</summary>
    public string? LaatsteFout { get; private set; }

    public void Verstuurd(DateTimeOffset nu)
    {
        Pogingen++;
        VerstuurdOp = nu;
        VolgendePogingOp = null;
        LaatsteFout = null;
    }

    /// <summary>A failed attempt: try again after 1, 2, 4 … minutes (at most an hour), give up after <see cref="MaxPogingen"/>.</summary>
    public void Mislukt(string fout, DateTimeOffset nu)
    {
        Pogingen++;
        LaatsteFout = fout.Length > 500 ? fout[..500] : fout;
        if (Pogingen >= MaxPogingen)
        {
            OpgegevenOp = nu;
            VolgendePogingOp = null;
            return;
        }
        VolgendePogingOp = nu + TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, Pogingen - 1)));
    }
}

internal sealed class UitgaandeMailConfiguration : IEntityTypeConfiguration<UitgaandeMail>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<UitgaandeMail> builder)
    {
        builder.ToTable("UitgaandeMails");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Aan).HasMaxLength(254);
        builder.Property(m => m.Onderwerp).HasMaxLength(200);
        builder.Property(m => m.Tekst).HasMaxLength(4000);
        builder.Property(m => m.LaatsteFout).HasMaxLength(500);
        builder.HasIndex(m => m.VolgendePogingOp).HasFilter("\"VolgendePogingOp\" IS NOT NULL");
        builder.Property<uint>("Versie").IsRowVersion();
    }
}
