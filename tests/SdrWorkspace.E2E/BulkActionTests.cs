using System.Text.Json;
using Microsoft.Playwright;
using SdrWorkspace.E2E.Infrastructure;
using SdrWorkspace.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace SdrWorkspace.E2E;

/// <summary>
/// Acting on many leads at once. Each test makes its own leads through the ingestion API under a source no other
/// lead has, so the list can be filtered to just them and no demo lead is moved.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class BulkActionTests(AppFixture app)
{
    private const string Alex = "Alex Chen";

    /// <summary>Leads from a fitting company (an MQL once a demo is requested), each assigned an owner by round robin first.</summary>
    private async Task<(string Source, List<string> Names)> AddLeadsAsync(IngestionApi api, int count, bool requestDemo = false)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var source = $"Bulk {tag}";
        var names = new List<string>();
        for (var i = 1; i <= count; i++)
        {
            var email = $"bulk-{tag}-{i}@bulk-{tag}.test";
            var id = await api.UpsertLeadAsync(new
            {
                email, firstName = $"Bulk{i:00}", lastName = $"Lead {tag}", title = "VP of Sales", source,
                company = new { name = $"Bulkco {tag}", domain = $"bulk-{tag}.test", industry = "Software", employees = 250, annualRevenue = 50_000_000, country = "United States" },
            });
            if (requestDemo)
                await api.PostEventAsync(email, "demo_request");
            names.Add($"Bulk{i:00} Lead {tag}");
            // Round robin gives a new lead its owner just after it arrives; a list drawn before that would see it change.
            await WaitUntilAsync(api, id, lead => lead.GetProperty("owner").ValueKind == JsonValueKind.String
                && (!requestDemo || lead.GetProperty("stage").GetString() == "MQL"));
        }
        return (source, names);
    }

    private static async Task WaitUntilAsync(IngestionApi api, int leadId, Func<JsonElement, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition(await api.LeadAsync(leadId)))
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Lead {leadId} never reached the expected state: {await api.LeadAsync(leadId)}");
            await Task.Delay(100);
        }
    }

    private async Task ReassignAllAsync(string source, int count, string owner)
    {
        var manager = await LoginPage.SignedInAsync(app, DemoAccounts.Manager);
        var leads = new LeadsListPage(manager);
        await leads.OpenAsync("All leads");
        await leads.FilterBySourceAsync(source);
        await Expect(leads.Count).ToHaveTextAsync($"{count} leads · page 1");
        var bulk = new BulkSelection(manager);

        await bulk.SelectPageAsync();
        await Expect(bulk.Count).ToHaveTextAsync($"{count} selected");
        await bulk.ReassignToAsync(owner);

        await Expect(bulk.Outcome).ToHaveTextAsync($"{count} reassigned.");
        await Expect(leads.OwnerCells).ToHaveTextAsync(Enumerable.Repeat(owner, count).ToArray());
    }

    [Fact]
    public async Task AManagerReassignsTwentyLeadsAtOnceToANamedSdrAndReadsTheOutcome()
    {
        using var api = new IngestionApi(app.Server.BaseUrl);
        var (source, _) = await AddLeadsAsync(api, 20);

        await ReassignAllAsync(source, 20, Alex);
    }

    [Fact]
    public async Task AnSdrAcceptsSeveralMqlsAtOnceInTheInbox()
    {
        using var api = new IngestionApi(app.Server.BaseUrl);
        var (source, names) = await AddLeadsAsync(api, 3, requestDemo: true);
        await ReassignAllAsync(source, 3, Alex);
        var sdr = await LoginPage.SignedInAsync(app, DemoAccounts.OtherSdr);
        var inbox = new MqlInboxPage(sdr);
        await inbox.OpenAsync();
        var bulk = new BulkSelection(sdr);

        foreach (var name in names)
            await bulk.SelectAsync(name);
        await Expect(bulk.Count).ToHaveTextAsync("3 selected");
        await bulk.AcceptSelectedAsync();

        await Expect(bulk.Outcome).ToHaveTextAsync("3 accepted.");
        foreach (var name in names)
            await Expect(inbox.Items.Filter(new() { HasText = name })).ToHaveCountAsync(0);
    }
}
