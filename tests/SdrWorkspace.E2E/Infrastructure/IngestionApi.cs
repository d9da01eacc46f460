using System.Net.Http.Json;
using System.Text.Json;

namespace SdrWorkspace.E2E.Infrastructure;

/// <summary>The marketing-automation side: posts to the app's /api/v1 with the development API key.</summary>
public sealed class IngestionApi(Uri baseUrl) : IDisposable
{
    /// <summary>Api:DevelopmentKey in the root appsettings.Development.json.</summary>
    public const string DevelopmentKey = "dev-sdr-workspace-key-change-me";

    private readonly HttpClient _http = new() { BaseAddress = baseUrl, DefaultRequestHeaders = { { "X-Api-Key", DevelopmentKey } } };

    public async Task<string> EmailOfLeadAsync(int leadId)
    {
        var lead = await _http.GetFromJsonAsync<JsonElement>($"/api/v1/leads/{leadId}");
        return lead.GetProperty("email").GetString()!;
    }

    /// <summary>The name of the lead's owner, or null while nobody owns it.</summary>
    public async Task<string?> OwnerOfLeadAsync(int leadId)
    {
        var lead = await _http.GetFromJsonAsync<JsonElement>($"/api/v1/leads/{leadId}");
        return lead.TryGetProperty("owner", out var owner) && owner.ValueKind == JsonValueKind.String ? owner.GetString() : null;
    }

    /// <summary>Creates or updates a lead (POST /leads) and returns its id.</summary>
    public async Task<int> UpsertLeadAsync(object lead)
    {
        using var response = await _http.PostAsJsonAsync("/api/v1/leads", lead);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    public async Task PostEventAsync(string email, string type, string? subject = null, string? text = null)
    {
        var batch = new { events = new[] { new { eventId = Guid.NewGuid().ToString(), email, type, occurredAt = DateTime.UtcNow, subject, text } } };
        using var response = await _http.PostAsJsonAsync("/api/v1/events", batch);
        response.EnsureSuccessStatusCode();
    }

    public void Dispose() => _http.Dispose();
}
