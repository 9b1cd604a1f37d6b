using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Regie.Web.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the app (and its embedded database).
/// `dotnet ef database update` migrates as the owner: set ConnectionStrings__RegieMigraties to that database first.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<RegieDbContext>
{
    public RegieDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<RegieDbContext>().UseNpgsql(
            Environment.GetEnvironmentVariable("ConnectionStrings__RegieMigraties") is { Length: > 0 } eigenaar
                ? eigenaar
                : "Host=localhost;Database=regie_design").Options);
}
