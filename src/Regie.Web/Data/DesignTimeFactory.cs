using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Regie.Web.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the app (and its embedded database).</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<RegieDbContext>
{
    public RegieDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<RegieDbContext>().UseNpgsql("Host=localhost;Database=regie_design").Options);
}
