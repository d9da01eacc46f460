namespace SdrWorkspace.Web.Hosting;

/// <summary>
/// Headers on every response. The content security policy is the strictest Blazor Server and MudBlazor run
/// under: scripts only from the app itself (no inline script, no eval), the circuit's WebSocket to the same
/// origin, and inline styles allowed because MudBlazor positions popovers and draws its theme with style attributes.
/// A browser test (E2E SecurityTests) walks the pages and fails on any violation the browser reports.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        await next(context);
    });
}
