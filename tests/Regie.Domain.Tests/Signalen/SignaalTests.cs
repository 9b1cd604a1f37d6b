using Regie.Domain.Gedeeld;
using Regie.Domain.Signalen;

namespace Regie.Domain.Tests.Signalen;

public sealed class SignaalTests
{
    private const int Termijn = 2;
    private static readonly TimeSpan Winter = TimeSpan.FromHours(1);

    // Friday 6 March 2026, 14:00.
    private static readonly DateTimeOffset Vrijdag = new(2026, 3, 6, 14, 0, 0, Winter);

    private static Signaal NieuwSignaal(DateTimeOffset op) =>
        new(Guid.NewGuid(), SignaalSoort.WeetNietWieBellen, SignaalBron.Ouder, "Ik weet niet wie ik moet bellen", "Anja Tukker", op);

    [Fact]
    public void Een_signaal_van_vrijdag_hoeft_maandag_nog_niet_te_escaleren_bij_twee_werkdagen()
    {
        var signaal = NieuwSignaal(Vrijdag);

        Assert.False(signaal.MoetEscaleren(Vrijdag.AddDays(1), Termijn));
        Assert.False(signaal.MoetEscaleren(Vrijdag.AddDays(2), Termijn));
        Assert.False(signaal.MoetEscaleren(Vrijdag.AddDays(3), Termijn));
        Assert.True(signaal.MoetEscaleren(Vrijdag.AddDays(4), Termijn));
    }

    [Fact]
    public void Een_signaal_van_vrijdag_escaleert_maandag_bij_een_termijn_van_een_werkdag()
    {
        var signaal = NieuwSignaal(Vrijdag);

        Assert.False(signaal.MoetEscaleren(Vrijdag.AddDays(2), 1));
        Assert.True(signaal.MoetEscaleren(Vrijdag.AddDays(3), 1));
    }

    [Fact]
    public void Escaleren_legt_het_moment_vast()
    {
        var signaal = NieuwSignaal(Vrijdag);
        var dinsdag = Vrijdag.AddDays(4);

        signaal.Escaleer(dinsdag, Termijn).MoetLukken();

        Assert.Equal(dinsdag, signaal.GeescaleerdOp);
        Assert.True(signaal.IsOpen);
    }

    [Fact]
    public void Een_signaal_escaleert_niet_twee_keer()
    {
        var signaal = NieuwSignaal(Vrijdag);
        var dinsdag = Vrijdag.AddDays(4);
        signaal.Escaleer(dinsdag, Termijn).MoetLukken();

        Assert.False(signaal.MoetEscaleren(dinsdag.AddDays(7), Termijn));
        signaal.Escaleer(dinsdag.AddDays(7), Termijn).MoetWeigeren("hoeft (nog) niet");
        Assert.Equal(dinsdag, signaal.GeescaleerdOp);
    }

    [Fact]
    public void Te_vroeg_escaleren_wordt_geweigerd()
    {
        var signaal = NieuwSignaal(Vrijdag);

        signaal.Escaleer(Vrijdag.AddDays(3), Termijn).MoetWeigeren("hoeft (nog) niet");

        Assert.Null(signaal.GeescaleerdOp);
    }

    [Fact]
    public void Een_beantwoord_signaal_escaleert_niet()
    {
        var signaal = NieuwSignaal(Vrijdag);

        signaal.Beantwoord("Bel mij: Sanne, 053-4811111", "Sanne de Vries", Vrijdag.AddHours(2)).MoetLukken();

        Assert.False(signaal.IsOpen);
        Assert.False(signaal.MoetEscaleren(Vrijdag.AddDays(30), Termijn));
        Assert.Equal("Sanne de Vries", signaal.BeantwoordDoor);
        Assert.Equal(Vrijdag.AddHours(2), signaal.BeantwoordOp);
    }

    [Fact]
    public void Twee_keer_beantwoorden_wordt_geweigerd()
    {
        var signaal = NieuwSignaal(Vrijdag);
        signaal.Beantwoord("Eerste antwoord", "Sanne", Vrijdag).MoetLukken();

        signaal.Beantwoord("Tweede antwoord", "Peter", Vrijdag.AddHours(1)).MoetWeigeren("al beantwoord");

        Assert.Equal("Eerste antwoord", signaal.Antwoord);
        Assert.Equal("Sanne", signaal.BeantwoordDoor);
    }

    [Fact]
    public void Beantwoorden_zonder_antwoord_wordt_geweigerd()
    {
        var signaal = NieuwSignaal(Vrijdag);

        signaal.Beantwoord(" ", "Sanne", Vrijdag).MoetWeigeren("Schrijf een antwoord");

        Assert.True(signaal.IsOpen);
    }

    [Fact]
    public void Een_mislukt_antwoord_laat_het_signaal_onbeantwoord()
    {
        var signaal = NieuwSignaal(Vrijdag);

        Assert.Throws<DomeinException>(() => signaal.Beantwoord("Bel mij maar", " ", Vrijdag));

        Assert.True(signaal.IsOpen);
        Assert.Null(signaal.Antwoord);
        Assert.Null(signaal.BeantwoordDoor);
    }

    [Fact]
    public void Een_signaal_zonder_toelichting_kan_niet_worden_ingediend()
    {
        Assert.Throws<DomeinException>(() =>
            new Signaal(Guid.NewGuid(), SignaalSoort.HulpLooptVast, SignaalBron.Ouder, " ", "Anja", Vrijdag));
    }
}
