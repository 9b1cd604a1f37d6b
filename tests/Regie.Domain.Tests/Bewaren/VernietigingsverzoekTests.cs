using Regie.Domain.Bewaren;

namespace Regie.Domain.Tests.Bewaren;

public sealed class VernietigingsverzoekTests
{
    private static readonly DateOnly Vandaag = new(2026, 11, 24);
    private static readonly DateTimeOffset Nu = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private static Vernietigingsverzoek Verzoek(DateOnly gevraagdOp) =>
        Vernietigingsverzoek.LegVast(Guid.NewGuid(), Guid.NewGuid(), gevraagdOp, Vandaag, Guid.NewGuid(), "Sanne de Vries", Nu).Waarde!;

    [Fact]
    public void De_beheerder_heeft_drie_maanden_vanaf_het_verzoek_en_daarna_is_het_te_laat()
    {
        var verzoek = Verzoek(new DateOnly(2026, 8, 31));
        Assert.Equal(new DateOnly(2026, 11, 30), verzoek.Uiterlijk);
        Assert.False(verzoek.IsTeLaat(new DateOnly(2026, 11, 30)));
        Assert.True(verzoek.IsTeLaat(new DateOnly(2026, 12, 1)));
        verzoek.Uitvoeren(Guid.NewGuid(), Nu);
        Assert.False(verzoek.IsTeLaat(new DateOnly(2026, 12, 1))); // decided: no longer late
    }

    [Fact]
    public void Een_verzoek_in_de_toekomst_wordt_niet_vastgelegd()
    {
        var uitkomst = Vernietigingsverzoek.LegVast(Guid.NewGuid(), Guid.NewGuid(), Vandaag.AddDays(1), Vandaag, Guid.NewGuid(), "Sanne", Nu);
        Assert.True(uitkomst.IsFout);
        Assert.Equal(nameof(Vernietigingsverzoek.GevraagdOp), uitkomst.Veld);
    }

    [Fact]
    public void Niet_uitvoeren_vraagt_een_uitzondering_uit_de_lijst_en_een_toelichting()
    {
        var verzoek = Verzoek(Vandaag);
        Assert.Equal(nameof(Vernietigingsverzoek.Toelichting),
            verzoek.NietUitvoeren(WettelijkeUitzondering.BelangVanEenAnder, "  ", Guid.NewGuid(), Nu).Veld);
        Assert.Equal(nameof(Vernietigingsverzoek.Uitzondering),
            verzoek.NietUitvoeren((WettelijkeUitzondering)99, "Reden", Guid.NewGuid(), Nu).Veld);
        Assert.True(verzoek.NietUitvoeren(WettelijkeUitzondering.BelangVanEenAnder, new string('x', 2001), Guid.NewGuid(), Nu).IsFout);
        Assert.Equal(VernietigingStatus.Open, verzoek.Status);

        Assert.True(verzoek.NietUitvoeren(WettelijkeUitzondering.BelangVanEenAnder, " Een broer is ook betrokken. ", Guid.NewGuid(), Nu).Gelukt);
        Assert.Equal("Een broer is ook betrokken.", verzoek.Toelichting);
    }

    [Fact]
    public void Over_een_verzoek_wordt_een_keer_beslist()
    {
        var verzoek = Verzoek(Vandaag);
        Assert.True(verzoek.Uitvoeren(Guid.NewGuid(), Nu).Gelukt);
        Assert.True(verzoek.Uitvoeren(Guid.NewGuid(), Nu).IsFout);
        Assert.True(verzoek.NietUitvoeren(WettelijkeUitzondering.WettelijkeBewaarplicht, "Reden", Guid.NewGuid(), Nu).IsFout);
        Assert.Equal(VernietigingStatus.Uitgevoerd, verzoek.Status);
    }
}
