using Regie.Domain.Vragenlijsten;

namespace Regie.Domain.Tests.Vragenlijsten;

public sealed class MeetmomentTests
{
    private static readonly DateTimeOffset Nu = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private static readonly Vragenlijstversie Professionals = Vragenlijstversie.Eerste(Doelgroep.Professionals, Nu);

    [Fact]
    public void Een_meetmoment_beslaat_hele_maanden()
    {
        var m = Meetmoment.Maak("Najaar", Professionals, new DateOnly(2026, 9, 17), new DateOnly(2026, 11, 3), "Ingrid Bos", Nu).Waarde!;

        Assert.Equal((new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 30)), (m.PeriodeVan, m.PeriodeTot));
    }

    [Fact]
    public void Een_laatste_maand_in_de_toekomst_wordt_geweigerd()
    {
        var uitkomst = Meetmoment.Maak("Najaar", Professionals, new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 1), "Ingrid Bos", Nu);

        Assert.Equal(("De laatste maand ligt in de toekomst. Kies hoogstens de maand van nu.", "TotMaand"), (uitkomst.Melding, uitkomst.Veld));
    }

    [Fact]
    public void De_vragenlijst_voor_ouders_hoort_niet_bij_een_meetmoment()
    {
        var ouders = Vragenlijstversie.Eerste(Doelgroep.Ouders, Nu);

        Assert.True(Meetmoment.Maak("Najaar", ouders, new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 1), "Ingrid Bos", Nu).IsFout);
    }
}
