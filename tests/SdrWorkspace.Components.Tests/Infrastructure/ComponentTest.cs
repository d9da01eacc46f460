using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using MudBlazor.Services;
using SdrWorkspace.Web.Components.Shared;

namespace SdrWorkspace.Components.Tests.Infrastructure;

/// <summary>
/// A bUnit context with MudBlazor's services, a stopped clock and loose JS interop (MudBlazor calls JS on
/// first render). Disposed asynchronously: MudBlazor's services implement only IAsyncDisposable.
/// </summary>
public abstract class ComponentTest : IAsyncLifetime
{
    /// <summary>The clock every component sees; tests move it with <see cref="FakeTimeProvider.Advance"/>.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    protected ComponentTest()
    {
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
        Context.Services.AddMudServices(options => options.SnackbarConfiguration.ShowTransitionDuration = 0);
        Context.Services.AddSingleton<TimeProvider>(Clock);
        Context.Services.AddScoped<ViewerClock>();
        Auth = Context.AddAuthorization();
    }

    protected BunitContext Context { get; } = new();

    protected FakeTimeProvider Clock { get; private protected set; } = new(Start);

    protected BunitAuthorizationContext Auth { get; }

    /// <summary>Renders a component inside MudBlazor's providers, as the main layout does.</summary>
    protected IRenderedComponent<MudPopoverProvider> RenderProviders() => Context.Render<MudPopoverProvider>();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync() => await Context.DisposeAsync();
}
