using System.Net;
using System.Text;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Web.Features.Dashboards;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Features.Dashboards;

/// <summary>The dashboards and their CSV export open for managers and marketing only, and bad requests get a problem, not an error page.</summary>
[Collection(DemoWorkspaceCollection.Name)]
public class DashboardPagesTests(DemoWorkspace app)
{
    private static readonly DashboardFilter Period = new(SdrWorkspaceFactory.Now.AddDays(-90), SdrWorkspaceFactory.Now.AddMinutes(1));

    [Fact]
    public async Task AManagerSeesEverySectionAndMarketingOnlyTheMarketingOnes()
    {
        using var manager = await app.SignedInBrowserAsync(DemoUsers.Manager);
        using var marketing = await app.SignedInBrowserAsync(DemoUsers.Marketing);

        var forManager = await manager.GetStringAsync("/dashboards");
        var forMarketing = await marketing.GetStringAsync("/dashboards");

        foreach (var heading in new[] { ">Funnel</h2>", ">Acceptance</h2>", ">Sources and campaigns</h2>", ">Calibration</h2>", ">Week by week</h2>" })
        {
            Assert.Contains(heading, forManager);
            Assert.Contains(heading, forMarketing);
        }
        foreach (var heading in new[] { ">Speed to lead</h2>", ">Rep productivity</h2>", ">Touches before conversion or recycle</h2>", ">Disposition mix</h2>" })
        {
            Assert.Contains(heading, forManager);
            Assert.DoesNotContain(heading, forMarketing);
        }
    }

    [Theory]
    [InlineData("sdr@demo.local")]
    [InlineData("ae@demo.local")]
    [InlineData("admin@demo.local")]
    public async Task OtherRolesAreRefusedTheDashboardsAndTheirExport(string email)
    {
        using var browser = await app.SignedInBrowserAsync(DemoUsers.All.Single(u => u.Email == email));

        using var page = await browser.GetAsync("/dashboards");
        using var export = await browser.GetAsync(DashboardExport.Path + Period.ToQueryString("funnel.reached.MQL"));

        Assert.Equal("/Account/AccessDenied", page.Headers.Location?.AbsolutePath);
        Assert.NotEqual(HttpStatusCode.OK, export.StatusCode);
        Assert.DoesNotContain("Email", await export.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AFiguresCsvHoldsExactlyItsLeads()
    {
        using var manager = await app.SignedInBrowserAsync(DemoUsers.Manager);
        await using var sql = app.OpenRawConnection();
        await using var command = sql.CreateCommand();
        command.CommandText = """
            SELECT COUNT(DISTINCT "LeadId") FROM "StageChanges" WHERE "To" = 'SQL'
            AND "LeadId" IN (SELECT "Id" FROM "Leads" WHERE "CreatedAt" >= $from AND "CreatedAt" < $to)
            """;
        command.Parameters.AddWithValue("$from", Period.From.ToString("yyyy-MM-dd HH:mm:ss"));
        command.Parameters.AddWithValue("$to", Period.To.ToString("yyyy-MM-dd HH:mm:ss"));
        var sqls = Convert.ToInt32(await command.ExecuteScalarAsync());

        using var response = await manager.GetAsync(DashboardExport.Path + Period.ToQueryString("funnel.reached.SQL"));
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("Id,First name", lines[0]);
        Assert.True(sqls > 0);
        Assert.Equal(sqls, lines.Length - 1);
    }

    [Fact]
    public async Task MarketingCannotExportARepLevelFigure()
    {
        using var marketing = await app.SignedInBrowserAsync(DemoUsers.Marketing);

        using var response = await marketing.GetAsync(DashboardExport.Path + Period.ToQueryString("speed.all"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("?figure=funnel.reached.MQL")]
    [InlineData("?figure=funnel.reached.MQL&from=yesterday&to=today")]
    [InlineData("?figure=funnel.reached.MQL&from=2026-11-23T00:00:00Z&to=2026-01-01T00:00:00Z")]
    public async Task AnExportWithoutAReadablePeriodIsABadRequestProblem(string query)
    {
        using var manager = await app.SignedInBrowserAsync(DemoUsers.Manager);

        using var response = await manager.GetAsync(DashboardExport.Path + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("period", Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task EveryRoleCanReadTheDefinitionAndItsVersions()
    {
        foreach (var user in new[] { DemoUsers.Sdr, DemoUsers.Marketing, DemoUsers.Manager, DemoUsers.AccountExecutive, DemoUsers.Admin })
        {
            using var browser = await app.SignedInBrowserAsync(user);

            var page = await browser.GetStringAsync("/definition");

            Assert.Contains(">Qualification definition</h1>", page);
            Assert.Contains("Version 1 in force", page);
            Assert.Equal(DefinitionEditorRoles(user.Role), page.Contains("New draft", StringComparison.Ordinal));
        }

        static bool DefinitionEditorRoles(string role) => role is "Manager" or "Admin" or "Marketing";
    }
}
