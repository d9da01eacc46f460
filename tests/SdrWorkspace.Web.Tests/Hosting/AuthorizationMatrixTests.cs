using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Web.Features.Api;
using SdrWorkspace.Web.Tests.Infrastructure;
using static SdrWorkspace.Web.Tests.Hosting.Caller;

namespace SdrWorkspace.Web.Tests.Hosting;

public enum Caller
{
    Anonymous,
    Sdr,
    Marketing,
    Manager,
    AccountExecutive,
    Admin,
    /// <summary>A marketing-automation system with an API key and no user.</summary>
    ApiKey,
}

/// <summary>
/// Every route the app maps (Razor component pages, minimal API endpoints, the Blazor hub), called by every
/// role, an anonymous visitor and an API key, against the access table below. The routes come from the
/// app's own endpoint list, so a new page or endpoint fails here until it has a row: decide who may use it.
/// </summary>
[Collection(DemoWorkspaceCollection.Name)]
public partial class AuthorizationMatrixTests(DemoWorkspace app)
{
    private static readonly Caller[] SignedIn = [Sdr, Marketing, Manager, AccountExecutive, Admin];
    private static readonly Caller[] Everyone = [Anonymous, .. SignedIn, ApiKey];

    /// <summary>Who may call each route ("METHOD /pattern"); everyone else must be refused.</summary>
    public static readonly IReadOnlyDictionary<string, Caller[]> Expected = new Dictionary<string, Caller[]>
    {
        // Shell and sign-in
        ["GET /"] = SignedIn,
        ["GET /Account/Login"] = Everyone,
        ["GET /Account/AccessDenied"] = Everyone,
        // The one-time password link: whoever holds it, signed in or not (the token is the credential)
        ["GET /Account/SetPassword"] = Everyone,
        ["POST /Account/Logout"] = SignedIn,
        ["GET /Error"] = Everyone,
        ["GET /not-found"] = Everyone,
        ["GET /health"] = Everyone,
        ["GET /openapi/{documentName}.json"] = Everyone,
        ["GET /{**path:file}"] = SignedIn,
        ["GET /_framework/opaque-redirect"] = Everyone,
        // The Blazor hub: no circuit without signing in
        ["GET /_blazor/negotiate"] = SignedIn,
        ["GET /_blazor"] = SignedIn,
        ["GET /_blazor/disconnect/"] = SignedIn,
        ["GET /_blazor/initializers/"] = SignedIn,

        // Pages
        ["GET /queue"] = [Sdr],
        ["GET /calling"] = [Sdr],
        ["GET /leads"] = SignedIn,
        ["GET /leads/{Id:int}"] = SignedIn,
        ["GET /leads/{Id:int}/qualify"] = [Sdr, Manager],
        ["GET /leads/export.csv"] = SignedIn,
        // A kept bulk selection: the user who kept it downloads the leads of it they may see
        ["GET /leads/export-selection.csv"] = SignedIn,
        ["GET /replies"] = [Sdr, Manager],
        // Everyone has their own notifications; the page shows only the signed-in user's.
        ["GET /notifications"] = SignedIn,
        ["GET /mql-inbox"] = [Sdr, Manager],
        ["GET /mql-review"] = [Marketing, Manager],
        ["GET /handovers"] = [AccountExecutive, Manager],
        ["GET /handovers/{Id:long}"] = [AccountExecutive, Manager, Sdr],
        ["GET /handover-breaches"] = [Manager],
        ["GET /funnel"] = [Manager, Marketing],
        ["GET /dashboards"] = [Manager, Marketing],
        ["GET /dashboards/export.csv"] = [Manager, Marketing],
        // Everyone reads the definition and its drafts; only managers and admins edit and adopt (inside the page)
        ["GET /definition"] = SignedIn,
        ["GET /definition/drafts/{Id:int}"] = SignedIn,
        ["GET /import"] = [Marketing, Manager, Admin],
        ["GET /admin/users"] = [Admin],
        ["GET /admin/api-keys"] = [Admin],

        // Ingestion API: API keys only; the sign-in cookie never authenticates it
        ["POST /api/v1/leads"] = [ApiKey],
        ["GET /api/v1/leads/{id:int}"] = [ApiKey],
        ["GET /api/v1/leads"] = [ApiKey],
        ["POST /api/v1/events"] = [ApiKey],
        ["POST /api/v1/leads/{id:int}/dispositions"] = [ApiKey],
        ["GET /api/v1/funnel"] = [ApiKey],
        ["GET /api/v1/{**path}"] = [ApiKey],
    };

    [Fact]
    public void EveryRouteOfTheAppHasARowInTheAccessTable()
    {
        var missing = Routes().Where(r => !Expected.ContainsKey(r.Key)).Select(r => r.Key).ToList();

        Assert.True(missing.Count == 0,
            "These routes have no row in AuthorizationMatrixTests.Expected; decide who may use them and add one:\n  "
            + string.Join("\n  ", missing));
    }

    [Fact]
    public void EveryRowOfTheAccessTableIsARouteOfTheApp()
    {
        var routes = Routes().Select(r => r.Key).ToHashSet();

        var stale = Expected.Keys.Where(k => !routes.Contains(k)).ToList();

        Assert.True(stale.Count == 0, "Rows for routes the app no longer maps:\n  " + string.Join("\n  ", stale));
    }

    [Fact]
    public async Task EveryCallerIsAllowedOrRefusedExactlyAsTheTableSays()
    {
        var routes = Routes().Where(r => Expected.ContainsKey(r.Key)).ToList();
        var wrong = new StringBuilder();

        foreach (var caller in Everyone)
        {
            using var client = await ClientAsync(caller);
            foreach (var route in routes)
            {
                using var response = await client.SendAsync(route.Request());
                var refused = IsRefused(response);
                var allowed = Expected[route.Key].Contains(caller);
                if (allowed == refused)
                    wrong.AppendLine($"{caller,-16} {route.Key}: expected {(allowed ? "allowed" : "refused")}, got {(int)response.StatusCode} {response.Headers.Location}");
                if ((int)response.StatusCode >= 500)
                    wrong.AppendLine($"{caller,-16} {route.Key}: server error {(int)response.StatusCode}");
            }
        }

        Assert.True(wrong.Length == 0, wrong.ToString());
    }

    /// <summary>
    /// Refused: sent to sign in or to access denied (pages; a form post without its antiforgery token is also
    /// answered 400 on the way), or 401/403 (API, hub).
    /// </summary>
    private static bool IsRefused(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
        || (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.BadRequest
            && response.Headers.Location?.OriginalString is { } location
            && (location.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase)
                || location.Contains("/Account/AccessDenied", StringComparison.OrdinalIgnoreCase)));

    private async Task<HttpClient> ClientAsync(Caller caller)
    {
        switch (caller)
        {
            case Anonymous:
                return app.CreateBrowser();
            case ApiKey:
                var client = app.CreateBrowser();
                client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, "dev-sdr-workspace-key-change-me");
                return client;
            default:
                return await app.SignedInBrowserAsync(caller switch
                {
                    Sdr => DemoUsers.Sdr,
                    Marketing => DemoUsers.Marketing,
                    Manager => DemoUsers.Manager,
                    AccountExecutive => DemoUsers.AccountExecutive,
                    _ => DemoUsers.Admin,
                });
        }
    }

    /// <summary>The app's routes, one per method and pattern, except the static files (public by design).</summary>
    private IEnumerable<AppRoute> Routes()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        return endpoints
            .Where(e => !IsStaticFile(e))
            .Select(e => new AppRoute(MethodOf(e), "/" + (e.RoutePattern.RawText ?? "").TrimStart('/')))
            .DistinctBy(r => r.Key)
            .OrderBy(r => r.Key, StringComparer.Ordinal);
    }

    /// <summary>MapStaticAssets endpoints (the app's CSS, MudBlazor's files): one per file, fingerprinted, public.</summary>
    private static bool IsStaticFile(RouteEndpoint endpoint) =>
        endpoint.Metadata.Any(m => m.GetType().Name == "StaticAssetDescriptor");

    /// <summary>Pages answer GET and POST (forms); GET is the one a visitor uses to open them.</summary>
    private static string MethodOf(RouteEndpoint endpoint)
    {
        var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
        return methods.Contains("GET") ? "GET" : methods[0];
    }

    private sealed partial record AppRoute(string Method, string Pattern)
    {
        public string Key => $"{Method} {Pattern}";

        /// <summary>A request to the route with every parameter filled with 1, and an empty JSON body for writes.</summary>
        public HttpRequestMessage Request()
        {
            var url = Parameter().Replace(Pattern, p => p.Value.EndsWith(":file}", StringComparison.Ordinal) ? "no-such-file.css" : "1");
            var request = new HttpRequestMessage(new HttpMethod(Method), url);
            if (Method != "GET")
                request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            return request;
        }

        [GeneratedRegex(@"\{[^}]+\}")]
        private static partial Regex Parameter();
    }
}
