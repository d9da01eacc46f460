using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using SdrWorkspace.Data;
using SdrWorkspace.Data.Identity;
using SdrWorkspace.Web.Components.Account;

namespace SdrWorkspace.Web.Hosting;

internal static class IdentitySetup
{
    public static IServiceCollection AddIdentityAndAuthorization(this IServiceCollection services)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/Account/Login";
            cookie.AccessDeniedPath = "/Account/AccessDenied";
            cookie.Cookie.Name = "sdr.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(10);
            cookie.SlidingExpiration = true;
            cookie.Events.OnValidatePrincipal = SessionValidation.ValidatePrincipalAsync;
        });

        // Secure-only cookies outside Development; Development serves plain HTTP on localhost (and the browser tests).
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .PostConfigure<IHostEnvironment>((cookie, environment) => cookie.Cookie.SecurePolicy = SecurePolicyFor(environment));
        services.AddAntiforgery();
        services.AddOptions<AntiforgeryOptions>()
            .PostConfigure<IHostEnvironment>((antiforgery, environment) => antiforgery.Cookie.SecurePolicy = SecurePolicyFor(environment));

        services.AddIdentityCore<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Tokens.PasswordResetTokenProvider = PasswordLinks.ProviderName;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<SdrDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddTokenProvider<PasswordLinks>(PasswordLinks.ProviderName);

        // Every endpoint needs a signed-in user unless it says otherwise (login, health, static assets).
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }

    private static CookieSecurePolicy SecurePolicyFor(IHostEnvironment environment) =>
        environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
}
