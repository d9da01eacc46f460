using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SdrWorkspace.Data;

/// <summary>
/// Lets `dotnet ef` build the context without starting the web host (which would migrate and seed):
/// `dotnet ef migrations add Name --project src/SdrWorkspace.Data`.
/// </summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<SdrDbContext>
{
    public SdrDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SdrDbContext>();
        DependencyInjection.Configure(options, "Data Source=design-time.db");
        return new SdrDbContext(options.Options);
    }
}
