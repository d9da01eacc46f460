using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SdrWorkspace.Data;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Hosting;

/// <summary>
/// The tests run the app in Development, where it also loads the repository's root development
/// settings: the settings a test passes must still win, or every test would share one database.
/// </summary>
[Collection(DemoWorkspaceCollection.Name)]
public class TestSettingsTests(DemoWorkspace app)
{
    [Fact]
    public void TheRootDevelopmentSettingsAreLoaded()
    {
        var configuration = app.Services.GetRequiredService<IConfiguration>();

        Assert.False(string.IsNullOrEmpty(configuration["Api:DevelopmentKey"]));
    }

    [Fact]
    public async Task TheAppUsesTheTestsDatabaseFileNotTheOneInTheRootSettings()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SdrDbContext>();

        var dataSource = DependencyInjection.DataSourceOf(db.Database.GetConnectionString()!);

        Assert.Equal(app.Database.Path, dataSource);
    }

    [Fact]
    public void TheDemoDataSizeIsTheTestsNotTheDefault()
    {
        var options = app.Services.GetRequiredService<IOptions<DemoDataOptions>>().Value;

        Assert.True(options.Enabled);
        Assert.Equal(DemoDataSize.Small.Leads, options.Leads);
        Assert.Equal(DemoDataSize.Small.Accounts, options.Accounts);
    }
}
