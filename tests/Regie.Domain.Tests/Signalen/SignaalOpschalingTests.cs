using Regie.Domain.Signalen;
using static Regie.Domain.Tests.Signalen.SignaalVoorbeeld;

namespace Regie.Domain.Tests.Signalen;

public sealed class SignaalOpschalingTests
{
    private static Signaal Opschaling() =>
        Signaal.Geef(Guid.NewGuid(), SignaalSoort.AfsprakenNietNagekomen, SignaalBron.Professional, "De school is niet bij het MDO",
            null, IndienerId, "Tom Jansen", Maandag, MaandagDatum).MoetLukken();

    [Fact]
    public void Een_professional_schaalt_direct_op_naar_de_gemeente_en_dat_telt_als_escalatie()
    {
        var signaal = Opschaling();

        signaal.StuurNaarGemeente(Maandag).MoetLukken();

        Assert.True(signaal.IsGeescaleerd);
        Assert.Equal(1, signaal.AantalEscalaties);
        Assert.True(signaal.IsOpen);
        Assert.False(signaal.MoetEscaleren(MaandagDatum.AddDays(30), 3)); // not a second time in the same term
    }

    [Fact]
    public void Een_ouder_stuurt_een_signaal_niet_zelf_naar_de_gemeente()
    {
        var signaal = Nieuw();

        Assert.Equal("Alleen een professional kan een opschaling direct naar de gemeente sturen.", signaal.StuurNaarGemeente(Maandag).Melding);
        Assert.False(signaal.IsGeescaleerd);
    }

    [Fact]
    public void Een_opschaling_die_al_bij_de_gemeente_ligt_gaat_er_niet_nog_eens_heen()
    {
        var signaal = Opschaling();
        signaal.StuurNaarGemeente(Maandag).MoetLukken();

        Assert.Equal("Dit signaal ligt al bij de gemeente.", signaal.StuurNaarGemeente(Maandag.AddHours(1)).Melding);
        Assert.Equal(1, signaal.AantalEscalaties);
    }
}
