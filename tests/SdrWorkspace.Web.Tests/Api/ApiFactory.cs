using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Web.Features.Api;

namespace SdrWorkspace.Web.Tests.Api;

/// <summary>The app in-process over its own temporary SQLite file with a small demo data set, for the API, import and export tests.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    public const string DevelopmentKey = "dev-sdr-workspace-key-change-me";
    private readonly string _folder = Directory.CreateTempSubdirectory("sdr-api-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:SdrWorkspace", $"Data Source={Path.Combine(_folder, "api.db")}");
        builder.UseSetting("DemoData:Enabled", "true");
        builder.UseSetting("DemoData:Leads", "300");
        builder.UseSetting("DemoData:Accounts", "40");
        builder.UseSetting("Api:DevelopmentKey", DevelopmentKey);
    }

    public HttpClient ApiClient(string? key = DevelopmentKey)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (key is not null)
            client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, key);
        return client;
    }

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open; the temp folder is cleaned by the OS.
        }
    }
}

public static class ApiCalls
{
    public static Task<HttpResponseMessage> PostEventsAsync(this HttpClient client, params object[] events) =>
        client.PostAsJsonAsync("/api/v1/events", new { events });

    public static object Event(string eventId, string email, string type, DateTime? at = null, string? text = null, string? url = null) =>
        new { eventId, email, type, occurredAt = at ?? DateTime.UtcNow.AddMinutes(-5), text, url };

    public static object IcpLead(string email) => new
    {
        email,
        firstName = "Dana",
        lastName = "Reyes",
        title = "VP of Sales",
        source = "Partner",
        campaign = "Q4 partner push",
        company = new { name = "Acme Software", domain = "acme-software-api.com", industry = "Software", employees = 500, country = "US" },
    };
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFactory>
{
    public const string Name = "api";
}
