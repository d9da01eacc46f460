using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Web.Features.Api;
using SdrWorkspace.Web.Features.Dashboards;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Reliability;

/// <summary>
/// Hostile requests beyond a body's values: guessed API keys, wrong content types, oversized bodies,
/// hostile query strings on the dashboards and exports, and a rep filter asked for by a role that may not use it.
/// </summary>
public partial class HostileRequestTests(HostileRequestWorkspace app) : IClassFixture<HostileRequestWorkspace>
{
    private const string DevelopmentKey = "dev-sdr-workspace-key-change-me";
    private const string Period = "from=2026-08-01T00:00:00Z&to=2026-11-23T09:01:00Z";

    [Fact]
    public async Task WrongApiKeysFromOneAddressAreThrottledWithRetryAfter()
    {
        using var guesser = ApiClient("203.0.113.7", "sdr_not-a-key");

        var refused = new List<HttpStatusCode>();
        for (var i = 0; i < HostileRequestWorkspace.FailedKeyLimit; i++)
            refused.Add((await guesser.GetAsync("/api/v1/leads?limit=1")).StatusCode);
        using var throttled = await guesser.GetAsync("/api/v1/leads?limit=1");

        Assert.All(refused, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal("application/problem+json", throttled.Content.Headers.ContentType?.MediaType);
        Assert.True(throttled.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After: {throttled.Headers.RetryAfter}");
        Assert.Contains("API key", await throttled.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AValidKeyIsNeverHeldUpByAnotherAddressGuessing()
    {
        using var guesser = ApiClient("203.0.113.8", "sdr_not-a-key");
        for (var i = 0; i <= HostileRequestWorkspace.FailedKeyLimit; i++)
            (await guesser.GetAsync("/api/v1/leads?limit=1")).Dispose();
        using var sender = ApiClient("198.51.100.9", DevelopmentKey);

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < HostileRequestWorkspace.FailedKeyLimit * 3; i++)
            answers.Add((await sender.GetAsync("/api/v1/leads?limit=1")).StatusCode);

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    [Fact]
    public async Task EveryApiWriteAnswersAWrongContentTypeWith415NamingJson()
    {
        using var client = ApiClient("198.51.100.10", DevelopmentKey);
        var writes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.TrimStart('/').StartsWith("api/", StringComparison.Ordinal) && !raw.Contains("**"))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Where(m => m is "POST" or "PUT" or "PATCH")
                .Select(m => (Method: m, Path: "/" + Parameter().Replace(e.RoutePattern.RawText!.TrimStart('/'), "1"))))
            .Distinct().ToList();
        var wrong = new StringBuilder();

        foreach (var (method, path) in writes)
        {
            foreach (var content in WrongContents())
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = content };
                using var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.UnsupportedMediaType || response.Content.Headers.ContentType?.MediaType != "application/problem+json"
                    || !body.Contains("application/json", StringComparison.Ordinal))
                    wrong.AppendLine($"{method} {path} with {content?.Headers.ContentType?.ToString() ?? "no content type"}: {(int)response.StatusCode} {body}");
            }
        }

        Assert.NotEmpty(writes);
        Assert.True(wrong.Length == 0, wrong.ToString());
    }

    [Fact]
    public async Task AnOversizedBodyIsA413ProblemWithAPlainReason()
    {
        await using var kestrel = new SdrWorkspaceFactory(DemoDataSize.None);
        kestrel.UseKestrel(server => server.Limits.MaxRequestBodySize = 1_000_000);
        kestrel.StartServer();
        using var client = kestrel.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, DevelopmentKey);
        var body = "{\"events\":[" + string.Join(",", Enumerable.Repeat("{\"eventId\":\"" + new string('x', 1000) + "\"}", 1100)) + "]}";

        using var response = await client.PostAsync("/api/v1/events", new StringContent(body, Encoding.UTF8, "application/json"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("The request body is larger than 1 MB.", problem.GetProperty("detail").GetString());
        Assert.DoesNotContain("Exception", problem.ToString());
        Assert.DoesNotContain("Kestrel", problem.ToString());
    }

    private static readonly string[] HostileValues =
    [
        "9999-12-31T23:59:59Z", "9999-12-31T23:59:59.9999999Z", "0001-01-01T00:00:00Z", "1899-12-31T00:00:00Z", "3000-01-01T00:00:00Z",
        "9999-12-31", "2026-02-30T00:00:00Z", "-1", "0", "99999999999999999999", "NaN", "garbage", "", " ", "%00", "\u0000",
        "<script>alert(1)</script>", "' OR 1=1 --", "Large,Small", "2147483647", "-2147483648", new string('x', 5000),
    ];

    [Fact]
    public async Task HostileQueryStringsOnTheDashboardsAndExportsNeverAnswerAServerError()
    {
        using var manager = await app.SignedInBrowserAsync(DemoUsers.Manager);
        string[] dashboardParameters = ["from", "to", "figure", "source", "campaign", "industry", "size", "owner"];
        string[] leadParameters = ["stage", "source", "owner"];
        var addresses = HostileValues.SelectMany(value => dashboardParameters
                .Select(p => $"{DashboardExport.Path}?{Valid("figure=funnel.now.MQL&" + Period, p)}{p}={Uri.EscapeDataString(value)}")
                .Concat(leadParameters.Select(p => $"/leads/export.csv?{p}={Uri.EscapeDataString(value)}")))
            // The page reads no query string today; a few values make sure it never starts failing on one.
            .Concat(HostileValues.Take(3).SelectMany(value => dashboardParameters.Select(p => $"/dashboards?{p}={Uri.EscapeDataString(value)}")));
        var errors = new StringBuilder();

        foreach (var address in addresses)
        {
            using var response = await manager.GetAsync(address);
            if ((int)response.StatusCode >= 500)
                errors.AppendLine($"{(int)response.StatusCode} {address}");
        }

        Assert.True(errors.Length == 0, errors.ToString());
    }

    [Theory]
    [InlineData("from=2026-08-01T00:00:00Z&to=9999-12-31T23:59:59Z")]
    [InlineData("from=0001-01-01T00:00:00Z&to=2026-11-23T00:00:00Z")]
    [InlineData("from=0001-01-01T00:00:00Z&to=9999-12-31T23:59:59.9999999Z")]
    [InlineData("from=2026-11-23T00:00:00Z&to=2026-08-01T00:00:00Z")]
    [InlineData("from=garbage&to=2026-11-23T00:00:00Z")]
    [InlineData("to=2026-11-23T00:00:00Z")]
    public async Task ADashboardExportForAPeriodOutsideTheCalendarWeReportOnIsA400ProblemSayingWhy(string period)
    {
        using var manager = await app.SignedInBrowserAsync(DemoUsers.Manager);

        using var response = await manager.GetAsync($"{DashboardExport.Path}?figure=funnel.now.MQL&{period}");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task MarketingCannotNarrowADashboardExportToOneRep()
    {
        var rep = await UserIdOfAsync(DemoUsers.Sdr.Email);
        using var marketing = await app.SignedInBrowserAsync(DemoUsers.Marketing);
        var address = $"{DashboardExport.Path}?figure=funnel.now.MQL&{Period}&owner={rep}";

        using var response = await marketing.GetAsync(address);
        using var unnarrowed = await marketing.GetAsync($"{DashboardExport.Path}?figure=funnel.now.MQL&{Period}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, unnarrowed.StatusCode);
    }

    [Fact]
    public async Task AManagerNarrowsADashboardExportToOneRep()
    {
        var rep = await UserIdOfAsync(DemoUsers.Sdr.Email);
        using var manager = await app.SignedInBrowserAsync(DemoUsers.Manager);

        using var all = await manager.GetAsync($"{DashboardExport.Path}?figure=funnel.reached.Lead&{Period}");
        using var narrowed = await manager.GetAsync($"{DashboardExport.Path}?figure=funnel.reached.Lead&{Period}&owner={rep}");
        var allRows = (await all.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        var narrowedRows = (await narrowed.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();

        Assert.Equal(HttpStatusCode.OK, narrowed.StatusCode);
        Assert.NotEmpty(narrowedRows);
        Assert.True(narrowedRows.Count < allRows.Count, $"{narrowedRows.Count} of {allRows.Count}");
        Assert.All(narrowedRows, row => Assert.Contains(DemoUsers.Sdr.Email, row));
    }

    [Fact]
    public async Task TheDashboardsRefuseARepFilterToMarketingEvenCalledDirectly()
    {
        var rep = await UserIdOfAsync(DemoUsers.Sdr.Email);
        var marketing = await app.PrincipalOfAsync(DemoUsers.Marketing);
        var filter = new DashboardFilter(SdrWorkspaceFactory.Now.AddDays(-90), SdrWorkspaceFactory.Now, OwnerId: rep);
        await using var scope = app.Services.CreateAsyncScope();
        var dashboards = scope.ServiceProvider.GetRequiredService<DashboardQueries>();

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => dashboards.ReportAsync(marketing, filter));
    }

    /// <summary>The query string without the parameter about to be added with a hostile value.</summary>
    private static string Valid(string query, string replaced)
    {
        var kept = query.Split('&').Where(p => !p.StartsWith(replaced + "=", StringComparison.Ordinal));
        return string.Join("", kept.Select(p => p + "&"));
    }

    private static IEnumerable<HttpContent?> WrongContents() =>
    [
        new StringContent("{\"events\":[]}", Encoding.UTF8, "text/plain"),
        new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = "a@b.c" }),
        new StringContent("<lead><email>a@b.c</email></lead>", Encoding.UTF8, "application/xml"),
        new ByteArrayContent("{}"u8.ToArray()),
        null,
    ];

    private HttpClient ApiClient(string address, string key)
    {
        var client = app.CreateBrowser();
        client.DefaultRequestHeaders.Add(HostileRequestWorkspace.ClientAddressHeader, address);
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, key);
        return client;
    }

    private async Task<string> UserIdOfAsync(string email)
    {
        await using var db = app.CreateDbContext();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}

/// <summary>
/// The small demo app with a low limit of failed API keys per address, and the caller's address taken from a
/// test header (the test server has no network to take it from).
/// </summary>
public sealed class HostileRequestWorkspace() : SdrWorkspaceFactory(DemoDataSize.Small)
{
    public const int FailedKeyLimit = 3;
    public const string ClientAddressHeader = "X-Test-Client-Address";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Api:FailedKeys:Limit", FailedKeyLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Api:FailedKeys:Window", "00:10:00");
        builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter, ClientAddressFromHeader>());
    }

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextStep) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[ClientAddressHeader], out var address))
                    context.Connection.RemoteIpAddress = address;
                return nextStep(context);
            });
            next(app);
        };
    }
}
