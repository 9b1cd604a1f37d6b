using Regie.Domain.Casussen;

namespace Regie.Domain.Tests.Casussen;

public sealed class ToegangsverzoekTests
{
    private static readonly DateTimeOffset Nu = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Een_verzoek_wordt_een_keer_beantwoord()
    {
        var verzoek = new Toegangsverzoek(Guid.NewGuid(), Guid.NewGuid(), Nu);
        var regievoerder = Guid.NewGuid();

        Assert.True(verzoek.Beslis(false, regievoerder, Nu.AddHours(1)).Gelukt);
        var nogmaals = verzoek.Beslis(true, regievoerder, Nu.AddHours(2));

        Assert.True(nogmaals.IsFout);
        Assert.Equal("Op dit verzoek is al geantwoord.", nogmaals.Melding);
        Assert.Equal(ToegangsverzoekStatus.Afgewezen, verzoek.Status);
        Assert.Equal(Nu.AddHours(1), verzoek.BeslistOp);
        Assert.Equal(regievoerder, verzoek.BeslistDoor);
    }

    [Fact]
    public void Een_nieuw_verzoek_staat_open()
    {
        var verzoek = new Toegangsverzoek(Guid.NewGuid(), Guid.NewGuid(), Nu);

        Assert.Equal(ToegangsverzoekStatus.Open, verzoek.Status);
        Assert.Null(verzoek.BeslistOp);
    }
}
