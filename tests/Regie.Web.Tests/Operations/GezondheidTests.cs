using System.Net;

namespace Regie.Web.Tests.Operations;

public sealed class GezondheidTests(RegieApp app) : IClassFixture<RegieApp>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Gezondheid_is_zonder_inloggen_op_te_vragen(string url)
    {
        var response = await app.NieuweClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
