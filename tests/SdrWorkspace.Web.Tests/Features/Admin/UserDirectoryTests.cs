using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Data.Identity;
using SdrWorkspace.Domain.Users;
using SdrWorkspace.Web.Features.Admin;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Features.Admin;

[Collection(DemoWorkspaceCollection.Name)]
public class UserDirectoryTests(DemoWorkspace app)
{
    [Fact]
    public async Task AUserLockedOutUntilAnHourFromTheAppsNowIsListedAsLockedOut()
    {
        var demo = await app.AddUserAsync(Roles.Sdr);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByEmailAsync(demo.Email))!;
            await users.SetLockoutEndDateAsync(user, new DateTimeOffset(SdrWorkspaceFactory.Now.AddHours(1)));
        }

        var listed = (await app.Services.GetRequiredService<UserDirectory>().ListAsync()).Single(u => u.Email == demo.Email);

        Assert.True(listed.IsLockedOut);
    }
}
