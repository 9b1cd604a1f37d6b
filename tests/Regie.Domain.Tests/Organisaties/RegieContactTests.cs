using Regie.Domain.Organisaties;

namespace Regie.Domain.Tests.Organisaties;

public sealed class RegieContactTests
{
    private static readonly Organisatie Hengelo = new("Gemeente Hengelo", OrganisatieType.Gemeente, "GM0164", "Twente");

    [Fact]
    public void Een_medewerker_van_de_gemeente_wordt_haar_regie_contact_en_kan_weer_worden_weggehaald()
    {
        var gemeente = new Organisatie("Gemeente Hengelo", OrganisatieType.Gemeente, "GM0164", "Twente");
        var contact = new Medewerker(gemeente.Id, "Ria Oude Vrielink", "ria@hengelo.nl", "teamleider jeugd", null, null);

        gemeente.WijsRegieContactAan(contact).MoetLukken();
        Assert.Equal(contact.Id, gemeente.RegieContactId);

        gemeente.WijsRegieContactAan(null).MoetLukken();
        Assert.Null(gemeente.RegieContactId);
    }

    [Fact]
    public void Een_medewerker_van_een_andere_organisatie_wordt_geweigerd()
    {
        var gemeente = new Organisatie("Gemeente Enschede", OrganisatieType.Gemeente, "GM0153", "Twente");
        var ander = new Medewerker(Hengelo.Id, "Ria Oude Vrielink", "ria@hengelo.nl", null, null, null);

        var fout = gemeente.WijsRegieContactAan(ander);

        Assert.Equal("Kies een medewerker van deze gemeente als regie-contact.", fout.Melding);
        Assert.Equal(nameof(Organisatie.RegieContactId), fout.Veld);
        Assert.Null(gemeente.RegieContactId);
    }

    [Fact]
    public void Een_zorgaanbieder_heeft_geen_regie_contact()
    {
        var aanbieder = new Organisatie("Karakter", OrganisatieType.Zorgaanbieder, null, "Twente");
        var medewerker = new Medewerker(aanbieder.Id, "Tom Jansen", "tom@karakter.nl", null, null, null);

        Assert.Equal("Alleen een gemeente heeft een regie-contact.", aanbieder.WijsRegieContactAan(medewerker).Melding);
    }

    [Fact]
    public void Een_gedeactiveerde_medewerker_wordt_geen_regie_contact()
    {
        var gemeente = new Organisatie("Gemeente Almelo", OrganisatieType.Gemeente, "GM0141", "Twente");
        var weg = new Medewerker(gemeente.Id, "Kees Bos", "kees@almelo.nl", null, null, null);
        weg.Deactiveer();

        Assert.True(gemeente.WijsRegieContactAan(weg).IsFout);
        Assert.Null(gemeente.RegieContactId);
    }
}
