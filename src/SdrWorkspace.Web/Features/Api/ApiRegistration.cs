using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace SdrWorkspace.Web.Features.Api;

public static class ApiRegistration
{
    /// <summary>API-key authentication, the "Ingestion" policy that only that scheme satisfies, and the OpenAPI document.</summary>
    public static IServiceCollection AddIngestionApi(this IServiceCollection services)
    {
        services.AddSingleton<ApiKeyStore>();
        services.AddOptions<FailedKeyOptions>().BindConfiguration(FailedKeyOptions.Section);
        services.AddSingleton<FailedKeyThrottle>();
        services.AddSingleton<LeadResources>();
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiKeyAuthenticationHandler.IngestionPolicy, new AuthorizationPolicyBuilder(ApiKeyAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser().Build());
        return services;
    }

    public static void MapApi(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapIngestionApi();
    }
}
