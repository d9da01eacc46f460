using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Components.Tests.Infrastructure;

/// <summary>
/// For components that call feature services: the real app (Development, small demo data, its own SQLite
/// file and stopped clock) supplies every service the test context does not register itself.
/// </summary>
public abstract class WorkspaceComponentTest : ComponentTest
{
    protected WorkspaceComponentTest(SdrWorkspaceFactory app)
    {
        App = app;
        // The app's clock, not the context's own: what the services compute and what the component shows agree.
        Context.Services.RemoveAll<TimeProvider>();
        Context.Services.AddFallbackServiceProvider(app.Services);
    }

    protected SdrWorkspaceFactory App { get; }

    /// <summary>Signs the component's user in with the claims the app gives that user at sign-in.</summary>
    protected async Task<ClaimsPrincipal> SignInAsync(DemoUser user)
    {
        var principal = await App.PrincipalOfAsync(user);
        Auth.SetAuthorized(principal.Identity!.Name!);
        Auth.SetRoles(principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray());
        Auth.SetClaims(principal.Claims.Where(c => c.Type != ClaimTypes.Role && c.Type != ClaimTypes.Name).ToArray());
        return principal;
    }
}
