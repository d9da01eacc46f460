using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Components.Tests.Infrastructure;

/// <summary>
/// For components that call feature services: the real app (Development, small demo data, its own SQLite
/// file and stopped clock) supplies every service the test context does not register itself.
/// </summary>
public abstract class WorkspaceComponentTest : ComponentTest
{
    private readonly AsyncServiceScope _appScope;

    protected WorkspaceComponentTest(SdrWorkspaceFactory app)
    {
        App = app;
        // The app's clock, not the context's own: what the services compute and what the component shows agree.
        Clock = (FakeTimeProvider)app.Services.GetRequiredService<TimeProvider>();
        Context.Services.RemoveAll<TimeProvider>();
        Context.Services.AddSingleton<TimeProvider>(Clock);
        // A scope of the app's, as a circuit has: the renderer also asks for scoped framework services.
        _appScope = app.Services.CreateAsyncScope();
        Context.Services.AddFallbackServiceProvider(_appScope.ServiceProvider);
    }

    protected SdrWorkspaceFactory App { get; }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _appScope.DisposeAsync();
    }

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
