using MudBlazor.Services;
using SdrWorkspace.Data;
using SdrWorkspace.Web.Components;
using SdrWorkspace.Web.Components.Account;
using SdrWorkspace.Web.Components.Layout;
using SdrWorkspace.Web.Components.Shared;
using SdrWorkspace.Web.Features;
using SdrWorkspace.Web.Features.Api;

namespace SdrWorkspace.Web.Hosting;

internal static class WebAppSetup
{
    public static IServiceCollection AddWebApp(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddSingleton<ColorSchemePreference>();
        services.AddSingleton<TimeZonePreference>();
        services.AddScoped<ViewerClock>();
        services.AddHealthChecks().AddDbContextCheck<SdrDbContext>("database");
        services.AddFeatures();
        return services;
    }

    public static void UseWebApp(this WebApplication app)
    {
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
        }
        app.UseUnreadableRequestAnswers();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);

        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(
                Path.Combine(AppContext.BaseDirectory, "wwwroot-assets")),
            RequestPath = "/assets",
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapAccountEndpoints();
        app.MapApi();
        Features.Export.LeadCsvExport.Map(app);
        Features.Dashboards.DashboardExport.Map(app);
        Features.Bulk.BulkExport.Map(app);
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode()
            .Add(AllowFrameworkScriptsAnonymously);
    }

    /// <summary>
    /// The framework's own endpoints under /_framework (the redirect helper of static pages) must answer before
    /// anyone is signed in; the fallback policy would hide them. blazor.web.js itself is a static asset on .NET 10.
    /// </summary>
    private static void AllowFrameworkScriptsAnonymously(EndpointBuilder endpoint)
    {
        if (endpoint is RouteEndpointBuilder { RoutePattern.RawText: { } route } && route.StartsWith("/_framework/", StringComparison.Ordinal))
            endpoint.Metadata.Add(new Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute());
    }
}
