using Regie.Domain.Signalen;
using static Regie.Domain.Tests.Signalen.SignaalVoorbeeld;

namespace Regie.Domain.Tests.Signalen;

public sealed class SignaalTermijnTests
{
    private const int Termijn = 3;
    private static readonly TimeSpan Zomer = TimeSpan.FromHours(2);

    // Thursday 30 April 2026, 16:00: Friday 1 May, the weekend and 5 mei (a Tuesday) follow.
    private static readonly DateTimeOffset Donderdag = new(2026, 4, 30, 16, 0, 0, Zomer);
    private static readonly DateOnly DonderdagDatum = new(2026, 4, 30);

    private static DateTimeOffset Om9Uur(DateOnly dag) => new(dag.ToDateTime(new TimeOnly(9, 0)), Zomer);

    [Fact]
    public void De_antwoordtermijn_slaat_het_weekend_en_5_mei_over()
    {
        var signaal = Nieuw(Donderdag, DonderdagDatum);

        // Friday 1, Monday 4, (Tuesday 5 mei), Wednesday 6 May.
        Assert.Equal(new DateOnly(2026, 5, 6), signaal.AntwoordUiterlijk(Termijn));
    }

    [Fact]
    public void Een_signaal_escaleert_pas_de_dag_na_de_laatste_antwoorddag()
    {
        var signaal = Nieuw(Donderdag, DonderdagDatum);

        Assert.False(signaal.MoetEscaleren(new DateOnly(2026, 5, 4), Termijn));
        Assert.False(signaal.MoetEscaleren(new DateOnly(2026, 5, 5), Termijn));
        Assert.False(signaal.MoetEscaleren(new DateOnly(2026, 5, 6), Termijn)); // would be late if 5 mei counted
        Assert.True(signaal.MoetEscaleren(new DateOnly(2026, 5, 7), Termijn));
    }

    [Fact]
    public void De_termijn_telt_vanaf_de_nederlandse_datum_die_de_aanroeper_geeft()
    {
        // Thursday 23:30 UTC is already Friday 1 May in the Netherlands.
        var nacht = new DateTimeOffset(2026, 4, 30, 23, 30, 0, TimeSpan.Zero);

        var signaal = Nieuw(nacht, new DateOnly(2026, 5, 1));

        Assert.Equal(new DateOnly(2026, 5, 1), signaal.TermijnStartDatum);
        // Monday 4, Wednesday 6, Thursday 7 May.
        Assert.Equal(new DateOnly(2026, 5, 7), signaal.AntwoordUiterlijk(Termijn));
        Assert.False(signaal.MoetEscaleren(new DateOnly(2026, 5, 7), Termijn));
        Assert.True(signaal.MoetEscaleren(new DateOnly(2026, 5, 8), Termijn));
    }

    [Fact]
    public void Escaleren_legt_het_moment_vast_en_het_signaal_blijft_wachten()
    {
        var signaal = Nieuw(Donderdag, DonderdagDatum);
        var vandaag = new DateOnly(2026, 5, 7);

        signaal.Escaleer(Om9Uur(vandaag), vandaag, Termijn).MoetLukken();

        Assert.Equal(Om9Uur(vandaag), signaal.GeescaleerdOp);
        Assert.True(signaal.IsGeescaleerd);
        Assert.Equal(1, signaal.AantalEscalaties);
        Assert.True(signaal.IsOpen);
    }

    [Fact]
    public void Te_vroeg_escaleren_wordt_geweigerd()
    {
        var signaal = Nieuw(Donderdag, DonderdagDatum);
        var woensdag = new DateOnly(2026, 5, 6);

        signaal.Escaleer(Om9Uur(woensdag), woensdag, Termijn).MoetWeigeren("hoeft (nog) niet");

        Assert.Null(signaal.GeescaleerdOp);
        Assert.False(signaal.IsGeescaleerd);
        Assert.Equal(0, signaal.AantalEscalaties);
    }

    [Fact]
    public void Een_signaal_escaleert_maar_een_keer_per_termijn()
    {
        var signaal = Nieuw(Donderdag, DonderdagDatum);
        var donderdag = new DateOnly(2026, 5, 7);
        signaal.Escaleer(Om9Uur(donderdag), donderdag, Termijn).MoetLukken();

        var week = donderdag.AddDays(7);
        Assert.False(signaal.MoetEscaleren(week, Termijn));
        signaal.Escaleer(Om9Uur(week), week, Termijn).MoetWeigeren("hoeft (nog) niet");
        Assert.Equal(Om9Uur(donderdag), signaal.GeescaleerdOp);
        Assert.Equal(1, signaal.AantalEscalaties);
    }

    [Fact]
    public void Een_beantwoord_of_gesloten_signaal_escaleert_niet()
    {
        var beantwoord = Beantwoord();
        var gesloten = Gesloten();
        var laat = MaandagDatum.AddDays(30);

        Assert.False(beantwoord.MoetEscaleren(laat, Termijn));
        Assert.False(gesloten.MoetEscaleren(laat, Termijn));
        beantwoord.Escaleer(Om9Uur(laat), laat, Termijn).MoetWeigeren("hoeft (nog) niet");
    }

    [Fact]
    public void Een_heropend_signaal_krijgt_een_nieuwe_termijn_en_kan_opnieuw_escaleren()
    {
        // Monday 2 March 2026: last day to answer Thursday 5 March, escalated on Friday 6 March.
        var signaal = Nieuw();
        var vrijdag = new DateOnly(2026, 3, 6);
        signaal.Escaleer(new DateTimeOffset(2026, 3, 6, 7, 0, 0, Winter), vrijdag, Termijn).MoetLukken();
        signaal.Beantwoord("Ik bel u maandag.", Regievoerder, new DateTimeOffset(2026, 3, 6, 11, 0, 0, Winter)).MoetLukken();

        // Not helped on Tuesday 10 March: a new term to Friday 13 March, not yet escalated in it.
        var dinsdag = new DateTimeOffset(2026, 3, 10, 20, 0, 0, Winter);
        signaal.GeefOordeel(false, null, dinsdag, new DateOnly(2026, 3, 10)).MoetLukken();

        Assert.False(signaal.IsGeescaleerd);
        Assert.Equal(new DateOnly(2026, 3, 13), signaal.AntwoordUiterlijk(Termijn));
        Assert.False(signaal.MoetEscaleren(new DateOnly(2026, 3, 13), Termijn));
        // The day after the last day counts, also a Saturday: the gemeente sees it first thing on Monday.
        var zaterdag = new DateOnly(2026, 3, 14);
        signaal.Escaleer(new DateTimeOffset(2026, 3, 14, 7, 0, 0, Winter), zaterdag, Termijn).MoetLukken();

        Assert.True(signaal.IsGeescaleerd);
        Assert.Equal(2, signaal.AantalEscalaties);
        Assert.False(signaal.MoetEscaleren(zaterdag.AddDays(7), Termijn));
    }

    [Fact]
    public void Een_heropend_signaal_dat_binnen_de_termijn_weer_open_is_escaleert_niet_eerder()
    {
        var signaal = Heropend(); // reopened on Tuesday 3 March: last day Friday 6 March

        Assert.Equal(new DateOnly(2026, 3, 6), signaal.AntwoordUiterlijk(Termijn));
        Assert.False(signaal.MoetEscaleren(new DateOnly(2026, 3, 6), Termijn));
        Assert.True(signaal.MoetEscaleren(new DateOnly(2026, 3, 7), Termijn));
    }
}
