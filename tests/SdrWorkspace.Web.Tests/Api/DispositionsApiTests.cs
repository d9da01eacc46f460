using System.Net;
using System.Net.Http.Json;
using SdrWorkspace.Web.Features.Api;
using SdrWorkspace.Web.Features.Replies;
using static SdrWorkspace.Web.Tests.Api.ApiCalls;

namespace SdrWorkspace.Web.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class DispositionsApiTests(ApiFactory app)
{
    private readonly HttpClient _api = app.ApiClient();

    private async Task<int> LeadWithReplyAsync(string email, string text)
    {
        var lead = await (await _api.PostAsJsonAsync("/api/v1/leads", IcpLead(email))).Content.ReadFromJsonAsync<LeadResource>();
        await _api.PostEventsAsync(Event($"reply-{email}", email, "email_reply", text: text));
        return lead!.Id;
    }

    [Fact]
    public async Task InterestedOnAnIcpFitLeadMakesItAnMql()
    {
        var id = await LeadWithReplyAsync("interested@acme-software-api.com", "Yes, let's talk next week.");

        var response = await _api.PostAsJsonAsync($"/api/v1/leads/{id}/dispositions", new { code = "Interested" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var coded = await response.Content.ReadFromJsonAsync<CodedReply>();
        Assert.Equal("MQL", coded!.Stage.ToString());
    }

    [Fact]
    public async Task UnsubscribeMarksTheLeadDoNotContact()
    {
        var id = await LeadWithReplyAsync("unsub@acme-software-api.com", "Please remove me from your list.");

        var coded = await (await _api.PostAsJsonAsync($"/api/v1/leads/{id}/dispositions", new { code = "unsubscribe" })).Content.ReadFromJsonAsync<CodedReply>();

        Assert.True(coded!.DoNotContact);
    }

    [Fact]
    public async Task OutOfOfficePausesTheCadenceUntilTheReturnDateAndRecodingIsAllowed()
    {
        var id = await LeadWithReplyAsync("ooo@acme-software-api.com", "I am out of the office.");
        var back = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10);

        var missingDate = await _api.PostAsJsonAsync($"/api/v1/leads/{id}/dispositions", new { code = "out_of_office" });
        var coded = await (await _api.PostAsJsonAsync($"/api/v1/leads/{id}/dispositions", new { code = "out_of_office", followUpOn = back })).Content.ReadFromJsonAsync<CodedReply>();
        var recoded = await _api.PostAsJsonAsync($"/api/v1/leads/{id}/dispositions", new { code = "PriceObjection", note = "Read it again" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, missingDate.StatusCode);
        Assert.Equal(back, coded!.CadencePausedUntil);
        Assert.Equal(HttpStatusCode.OK, recoded.StatusCode);
    }

    [Fact]
    public async Task ALeadWithoutARepliesIsAConflictAndAnUnknownLeadNotFound()
    {
        var lead = await (await _api.PostAsJsonAsync("/api/v1/leads", IcpLead("noreply@acme-software-api.com"))).Content.ReadFromJsonAsync<LeadResource>();

        var noReply = await _api.PostAsJsonAsync($"/api/v1/leads/{lead!.Id}/dispositions", new { code = "Interested" });
        var unknown = await _api.PostAsJsonAsync("/api/v1/leads/999999/dispositions", new { code = "Interested" });
        var badCode = await _api.PostAsJsonAsync($"/api/v1/leads/{lead.Id}/dispositions", new { code = "Maybe" });

        Assert.Equal(HttpStatusCode.Conflict, noReply.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badCode.StatusCode);
    }
}
