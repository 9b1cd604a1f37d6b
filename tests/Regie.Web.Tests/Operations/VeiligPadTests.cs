using Regie.Web.Infrastructure.Logboek;

namespace Regie.Web.Tests.Operations;

public sealed class VeiligPadTests
{
    [Theory]
    [InlineData("/Account/Uitnodiging/abcDEF-123_xyz", "/Account/Uitnodiging/***")]
    [InlineData("/Account/WachtwoordHerstellen/abcDEF-123_xyz", "/Account/WachtwoordHerstellen/***")]
    [InlineData("/account/uitnodiging/abc?x=1", "/account/uitnodiging/***?x=1")]
    [InlineData("/Casussen", "/Casussen")]
    [InlineData(null, "")]
    public void Een_uitnodigingstoken_komt_nooit_in_de_logs(string? pad, string verwacht) =>
        Assert.Equal(verwacht, VeiligPad.Van(pad));
}
