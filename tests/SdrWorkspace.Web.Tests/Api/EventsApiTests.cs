using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Web.Features.Api;
using static SdrWorkspace.Web.Tests.Api.ApiCalls;

namespace SdrWorkspace.Web.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class EventsApiTests(ApiFactory app)
{
    private readonly HttpClient _api = app.ApiClient();

    private async Task<LeadResource> LeadAsync(string email) =>
        (await _api.GetFromJsonAsync<List<LeadResource>>($"/api/v1/leads?email={email}"))!.Single();

    [Fact]
    public async Task TheSameBatchTwiceChangesNothingTheSecondTime()
    {
        await _api.PostAsJsonAsync("/api/v1/leads", IcpLead("twice@acme-software-api.com"));
        object[] batch =
        [
            Event("twice-1", "twice@acme-software-api.com", "email_click"),
            Event("twice-2", "twice@acme-software-api.com", "content_download"),
            Event("twice-3", "twice@acme-software-api.com", "page_visit", url: "https://example.com/pricing"),
        ];

        var first = await (await _api.PostEventsAsync(batch)).Content.ReadFromJsonAsync<EventBatchResult>();
        var afterFirst = await LeadAsync("twice@acme-software-api.com");
        var second = await (await _api.PostEventsAsync(batch)).Content.ReadFromJsonAsync<EventBatchResult>();
        var afterSecond = await LeadAsync("twice@acme-software-api.com");

        Assert.Equal((3, 0), (first!.Accepted, first.Duplicates));
        Assert.Equal((0, 3), (second!.Accepted, second.Duplicates));
        Assert.Equal(afterFirst.EngagementScore, afterSecond.EngagementScore);
        Assert.True(afterFirst.EngagementScore > 0);
    }

    [Fact]
    public async Task ABatchWithOneBadItemLandsTheRest()
    {
        var response = await _api.PostEventsAsync(
            Event("mixed-1", "mixed@acme-software-api.com", "email_open"),
            Event("mixed-2", "mixed@acme-software-api.com", "carrier_pigeon"),
            Event("mixed-3", "not an email", "email_open"),
            Event("mixed-4", "mixed@acme-software-api.com", "email_click"),
            new { eventId = "mixed-5", email = "mixed@acme-software-api.com", type = "email_open", occurredAt = "last tuesday" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<EventBatchResult>();
        Assert.Equal(2, result!.Accepted);
        Assert.Equal([1, 2, 4], result.Rejected.Select(r => r.Index));
        Assert.Contains("type", result.Rejected[0].Error);
        Assert.Contains("occurredAt", result.Rejected[2].Error);
    }

    [Fact]
    public async Task AnEventForAnUnknownEmailCreatesTheLead()
    {
        await _api.PostEventsAsync(Event("unknown-1", "someone.new@brand-new.example", "webinar_registered"));

        var lead = await LeadAsync("someone.new@brand-new.example");

        Assert.Equal("API", lead.Source);
        Assert.True(lead.EngagementScore > 0);
    }

    [Fact]
    public async Task ADemoRequestFromAnIcpFitLeadMakesItAnMqlAtOnce()
    {
        await _api.PostAsJsonAsync("/api/v1/leads", IcpLead("demo@acme-software-api.com"));

        await _api.PostEventsAsync(Event("demo-1", "demo@acme-software-api.com", "demo_request", url: "https://example.com/demo"));

        Assert.Equal("MQL", (await LeadAsync("demo@acme-software-api.com")).Stage);
    }

    [Theory]
    [InlineData("{\"events\": [")]
    [InlineData("{\"events\": 7}")]
    [InlineData("\u0000\u0001garbage")]
    public async Task GarbageIsAMalformedRequestNeverAServerError(string body)
    {
        var response = await _api.PostAsync("/api/v1/events", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ABatchWithoutEventsIsAnInvalidValue()
    {
        var response = await _api.PostAsJsonAsync("/api/v1/events", new { items = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task ABatchOfOnlyDuplicateEventsCreatesNoLeadForAnUnknownEmail()
    {
        await _api.PostEventsAsync(Event("dup-only-1", "first@dup-only.example", "email_open"));
        var leadsBefore = await LeadCountAsync();

        var response = await _api.PostEventsAsync(
            Event("dup-only-1", "stranger@dup-only.example", "email_open"),
            Event("dup-only-1", "stranger@dup-only.example", "email_open"));
        var result = await response.Content.ReadFromJsonAsync<EventBatchResult>();

        Assert.Equal((0, 2), (result!.Accepted, result.Duplicates));
        Assert.Equal(leadsBefore, await LeadCountAsync());
        Assert.Empty((await _api.GetFromJsonAsync<List<LeadResource>>("/api/v1/leads?email=stranger@dup-only.example"))!);
    }

    [Fact]
    public async Task AnEventIdRepeatedInOneBatchCreatesOnlyTheFirstEventsLead()
    {
        var leadsBefore = await LeadCountAsync();

        var result = await (await _api.PostEventsAsync(
            Event("dup-twice-1", "kept@dup-twice.example", "email_open"),
            Event("dup-twice-1", "dropped@dup-twice.example", "email_open"))).Content.ReadFromJsonAsync<EventBatchResult>();

        Assert.Equal((1, 1), (result!.Accepted, result.Duplicates));
        Assert.Equal(leadsBefore + 1, await LeadCountAsync());
        Assert.Empty((await _api.GetFromJsonAsync<List<LeadResource>>("/api/v1/leads?email=dropped@dup-twice.example"))!);
    }

    private async Task<int> LeadCountAsync()
    {
        await using var db = await app.Service<IDbContextFactory<SdrDbContext>>().CreateDbContextAsync();
        return await db.Leads.CountAsync();
    }
}
