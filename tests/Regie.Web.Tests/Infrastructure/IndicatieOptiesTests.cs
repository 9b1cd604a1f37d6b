using Microsoft.Extensions.Configuration;
using Regie.Web.Infrastructure.Configuratie;

namespace Regie.Web.Tests.Infrastructure;

/// <summary>Regie:Indicaties is checked at start, like every other setting: a list the casus pages cannot use stops the app.</summary>
public sealed class IndicatieOptiesTests
{
    private static IndicatieOpties Lees(Dictionary<string, string?> waarden) =>
        Instellingen.Lees<IndicatieOpties>(new ConfigurationBuilder().AddInMemoryCollection(waarden).Build(), IndicatieOpties.Sectie);

    [Fact]
    public void De_indicaties_van_de_pilot_in_appsettings_zijn_geldig()
    {
        var config = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json")).Build();

        var opties = Instellingen.Lees<IndicatieOpties>(config, IndicatieOpties.Sectie);

        Assert.Equal(["OB3B", "OB3C", "OB4A", "OB4B", "OB4C", "OB4E"], opties.Indicaties.Select(i => i.Code));
        Assert.All(opties.Indicaties, i => Assert.False(string.IsNullOrWhiteSpace(i.Omschrijving)));
    }

    [Fact]
    public void Zonder_indicaties_is_de_lijst_leeg()
    {
        Assert.Empty(Lees([]).Indicaties);
    }

    [Fact]
    public void Een_indicatie_zonder_code_stopt_de_app()
    {
        var fout = Assert.Throws<StartFout>(() => Lees(new()
        {
            ["Regie:Indicaties:0:Code"] = "OB3B",
            ["Regie:Indicaties:1:Code"] = " ",
            ["Regie:Indicaties:1:Omschrijving"] = "Zonder code",
        }));

        Assert.Equal("Regie:Indicaties:1:Code is leeg; geef elke indicatie een code, zoals OB4A.", fout.Message);
    }

    [Fact]
    public void Een_code_die_twee_keer_voorkomt_ook_in_andere_letters_stopt_de_app()
    {
        var fout = Assert.Throws<StartFout>(() => Lees(new()
        {
            ["Regie:Indicaties:0:Code"] = "OB4A",
            ["Regie:Indicaties:1:Code"] = "ob4a",
        }));

        Assert.Equal("Regie:Indicaties noemt de code OB4A 2 keer; noem elke code één keer.", fout.Message);
    }

    [Theory]
    [InlineData("OB 4A")]
    [InlineData("OB4A-VEEL-TE-LANG-123")]
    public void Een_code_die_de_casus_zou_weigeren_stopt_de_app(string code)
    {
        var fout = Assert.Throws<StartFout>(() => Lees(new() { ["Regie:Indicaties:0:Code"] = code }));

        Assert.Contains($"Regie:Indicaties:0:Code is '{code}'", fout.Message, StringComparison.Ordinal);
    }
}
