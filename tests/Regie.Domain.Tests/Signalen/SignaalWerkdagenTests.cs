using static Regie.Domain.Tests.Signalen.SignaalVoorbeeld;

namespace Regie.Domain.Tests.Signalen;

/// <summary>The working days from a term's start to its answer, kept on the signaal for the region's median.</summary>
public sealed class SignaalWerkdagenTests
{
    private static readonly TimeSpan Zomer = TimeSpan.FromHours(2);

    [Fact]
    public void Een_antwoord_over_een_weekend_en_5_mei_heen_telt_alleen_de_werkdagen()
    {
        // Thursday 30 April 2026, 16:00; answered Wednesday 6 May: Friday 1, Monday 4 and Wednesday 6 May (5 mei is a holiday).
        var signaal = Nieuw(new DateTimeOffset(2026, 4, 30, 16, 0, 0, Zomer), new DateOnly(2026, 4, 30));
        Assert.Null(signaal.WerkdagenTotAntwoord);

        signaal.Beantwoord("Ik bel u vandaag.", Regievoerder, new DateTimeOffset(2026, 5, 6, 11, 0, 0, Zomer)).MoetLukken();

        Assert.Equal(3, signaal.WerkdagenTotAntwoord);
    }

    [Fact]
    public void Een_antwoord_op_dezelfde_dag_telt_nul_werkdagen_en_sluiten_verandert_dat_niet()
    {
        var signaal = Gesloten();

        Assert.Equal(0, signaal.WerkdagenTotAntwoord);
    }

    [Fact]
    public void Een_antwoord_na_middernacht_telt_de_Nederlandse_datum()
    {
        var signaal = Nieuw();

        // Tuesday 3 March, 00:30 in the Netherlands: still Monday in UTC.
        signaal.Beantwoord("Gezien.", Regievoerder, new DateTimeOffset(2026, 3, 3, 0, 30, 0, Winter)).MoetLukken();

        Assert.Equal(1, signaal.WerkdagenTotAntwoord);
    }

    [Fact]
    public void Een_heropend_signaal_dat_telefonisch_wordt_afgehandeld_telt_vanaf_het_heropenen_tot_het_sluiten()
    {
        // Answered on Monday 2 March (0 days), reopened on Tuesday 3 March, settled by phone and closed on Friday 6 March.
        var signaal = Heropend();
        Assert.Equal(0, signaal.WerkdagenTotAntwoord);

        signaal.Sluit("Mevrouw gebeld; de school belt haar morgen.", Regievoerder, Maandag.AddDays(4)).MoetLukken();

        Assert.Equal(3, signaal.WerkdagenTotAntwoord);
    }

    [Fact]
    public void Een_heropend_signaal_dat_opnieuw_wordt_beantwoord_telt_vanaf_het_heropenen()
    {
        var signaal = Heropend();

        signaal.Beantwoord("De school belt u donderdag.", Regievoerder, Maandag.AddDays(3)).MoetLukken();

        Assert.Equal(2, signaal.WerkdagenTotAntwoord); // Wednesday 4 and Thursday 5 March
    }
}
