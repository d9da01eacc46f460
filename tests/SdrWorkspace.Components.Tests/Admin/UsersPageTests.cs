using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Web.Features.Admin;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Components.Tests.Admin;

public class UsersPageTests(DemoWorkspace app) : WorkspaceComponentTest(app), IClassFixture<DemoWorkspace>
{
    [Fact]
    public async Task EveryUserIsListedWithRoleAndStatus()
    {
        await SignInAsync(DemoUsers.Admin);

        var page = Context.Render<UsersPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("table[aria-label=Users] tbody tr")));
        var rows = page.FindAll("table[aria-label=Users] tbody tr");
        foreach (var user in DemoUsers.All)
        {
            var row = rows.Single(r => r.TextContent.Contains(user.Email));
            Assert.Contains(user.Role, row.TextContent);
            Assert.Contains(user.IsActive ? "Active" : "Deactivated", row.QuerySelector(".mud-chip")!.TextContent);
        }
    }
}
