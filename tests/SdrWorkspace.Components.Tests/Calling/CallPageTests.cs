using System.Security.Claims;
using Bunit.JSInterop;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Calling;
using SdrWorkspace.Web.Features.Queue;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Components.Tests.Calling;

/// <summary>The call view: outcome keys and buttons, the note that keeps its keys, the links, the next lead, the end.</summary>
public class CallPageTests(ChangingWorkspace app) : WorkspaceComponentTest(app), IClassFixture<ChangingWorkspace>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private FakeTimeProvider AppClock => (FakeTimeProvider)App.Services.GetRequiredService<TimeProvider>();

    private NavigationManager Navigation => Context.Services.GetRequiredService<NavigationManager>();

    private BunitJSModuleInterop Drafts { get; set; } = default!;

    /// <summary>Leads of the demo SDR's under a source of the test's own, highest score first, and the call view opened on that filter.</summary>
    private async Task<(IRenderedComponent<CallPage> Page, int[] Leads)> OpenAsync(int leads = 2, string? storedNote = null)
    {
        var sdr = await SignInAsync(DemoUsers.Sdr);
        var source = $"Call view {Guid.NewGuid():N}";
        var ids = new int[leads];
        for (var i = 0; i < leads; i++)
            ids[i] = await App.AddLeadToCallAsync(sdr.FindFirstValue(ClaimTypes.NameIdentifier)!, source, score: 90 - i, lastName: $"Caller{i}");
        // Each test's run starts after the calls earlier tests logged.
        AppClock.Advance(TimeSpan.FromMinutes(1));
        Drafts = Context.JSInterop.SetupModule("/assets/js/drafts.js");
        Drafts.Mode = JSRuntimeMode.Loose;
        if (storedNote is not null)
            Drafts.Setup<string?>("read", _ => true).SetResult(System.Text.Json.JsonSerializer.Serialize(new { baseRevision = 0, fields = new { note = storedNote } }));
        Navigation.NavigateTo(new CallSession(new QueueFilter(Source: source, Sort: QueueSort.Score)).Href);
        RenderProviders();
        var page = Context.Render<CallPage>();
        page.WaitForElement("div.call", Patience);
        return (page, ids);
    }

    private static string Heading(IRenderedComponent<CallPage> page) => page.Find("h1").TextContent.Trim();

    private static Task PressAsync(IRenderedComponent<CallPage> page, string key) =>
        page.Find("div.call").KeyDownAsync(new KeyboardEventArgs { Key = key });

    private async Task<List<Touch>> TouchesOnAsync(int leadId)
    {
        await using var db = App.CreateDbContext();
        return await db.Touches.AsNoTracking().Where(t => t.LeadId == leadId).ToListAsync();
    }

    [Theory]
    [InlineData("1", TouchOutcome.NoAnswer)]
    [InlineData("2", TouchOutcome.LeftVoicemail)]
    [InlineData("3", TouchOutcome.Connected)]
    [InlineData("4", TouchOutcome.WrongNumber)]
    [InlineData("5", TouchOutcome.MeetingBooked)]
    public async Task AnOutcomeKeyLogsThatCallAndOpensTheNextLead(string key, TouchOutcome outcome)
    {
        var (page, leads) = await OpenAsync();
        Assert.Equal("Casey Caller0", Heading(page));

        await PressAsync(page, key);

        var touch = Assert.Single(await TouchesOnAsync(leads[0]));
        Assert.Equal((TouchChannel.Call, outcome), (touch.Channel, touch.Outcome));
        page.WaitForAssertion(() => Assert.Equal("Casey Caller1", Heading(page)), Patience);
        Assert.Equal("1 call made", page.Find("[data-testid=calls-made]").TextContent);
    }

    [Fact]
    public async Task EveryOutcomeButtonShowsItsKey()
    {
        var (page, _) = await OpenAsync(leads: 1);

        var labels = page.FindAll("section.call-outcomes button[data-outcome]").Select(b => b.TextContent.Trim()).ToList();

        Assert.Equal(["No answer (1)", "Left voicemail (2)", "Connected (3)", "Wrong number (4)", "Meeting booked (5)"], labels);
    }

    [Fact]
    public async Task ClickingAnOutcomeLogsItWithTheNoteAsTyped()
    {
        var (page, leads) = await OpenAsync();
        const string hostile = "<script>alert('x')</script> سيتصل غدا 📞";
        await page.Find("textarea#call-note").InputAsync(new ChangeEventArgs { Value = hostile });

        await page.Find("button[data-outcome=LeftVoicemail]").ClickAsync(new());

        var touch = Assert.Single(await TouchesOnAsync(leads[0]));
        Assert.Equal((TouchOutcome.LeftVoicemail, hostile), (touch.Outcome, touch.Note));
        page.WaitForAssertion(() => Assert.Equal("Casey Caller1", Heading(page)), Patience);
        Assert.Equal("", page.Find("textarea#call-note").GetAttribute("value") ?? "");
        Drafts.VerifyInvoke("clear");
    }

    [Theory]
    [InlineData("1")]
    [InlineData("5")]
    [InlineData("q")]
    [InlineData("s")]
    public async Task KeysTypedInTheNoteAreTextNotCommands(string key)
    {
        var (page, leads) = await OpenAsync();

        await page.Find("textarea#call-note").KeyDownAsync(new KeyboardEventArgs { Key = key });

        Assert.Empty(await TouchesOnAsync(leads[0]));
        Assert.Equal("Casey Caller0", Heading(page));
        Assert.DoesNotContain("qualify", Navigation.Uri);
    }

    [Fact]
    public async Task ThePhoneIsATelLinkAndTheEmailAMailtoLink()
    {
        var (page, leads) = await OpenAsync(leads: 1);
        await using var db = App.CreateDbContext();
        var email = (await db.Leads.SingleAsync(l => l.Id == leads[0])).Email;

        Assert.Equal("tel:+49301234567", page.Find("[data-testid=call-phone]").GetAttribute("href"));
        Assert.Equal($"mailto:{email}", page.Find("[data-testid=call-email]").GetAttribute("href"));
    }

    [Fact]
    public async Task TheSheetShowsTheLeadsLocalTimeWhyNowAndTopReasons()
    {
        var (page, _) = await OpenAsync(leads: 1);

        Assert.Matches(@"^\w{3} \d\d:\d\d \(Europe/Berlin, UTC\+1\)$", page.Find("[data-testid=call-local-time]").TextContent);
        Assert.NotEmpty(page.Find("[data-testid=call-why-now]").TextContent.Trim());
        Assert.NotEmpty(page.FindAll("[data-testid=call-reasons] li"));
    }

    [Fact]
    public async Task AfterTheLastLeadTheQueueIsDoneWithTheCountOfCalls()
    {
        var (page, _) = await OpenAsync();

        await PressAsync(page, "1");
        page.WaitForAssertion(() => Assert.Equal("Casey Caller1", Heading(page)), Patience);
        await PressAsync(page, "3");

        page.WaitForAssertion(() => Assert.Contains("2 calls made in this run", page.Find("[data-testid=queue-done]").TextContent), Patience);
        Assert.Equal("Queue done", Heading(page));
    }

    [Fact]
    public async Task SkippingPassesOverTheLeadWithoutLoggingACall()
    {
        var (page, leads) = await OpenAsync();

        await PressAsync(page, "s");

        page.WaitForAssertion(() => Assert.Equal("Casey Caller1", Heading(page)), Patience);
        Assert.Empty(await TouchesOnAsync(leads[0]));
        Assert.Equal("0 calls made", page.Find("[data-testid=calls-made]").TextContent);
    }

    [Fact]
    public async Task QOpensQualificationThatReturnsToThisRunPastTheLead()
    {
        var (page, leads) = await OpenAsync();

        await PressAsync(page, "q");

        var opened = new Uri(Navigation.Uri);
        Assert.Equal($"/leads/{leads[0]}/qualify", opened.AbsolutePath);
        var returnTo = Uri.UnescapeDataString(opened.Query["?returnTo=".Length..]);
        Assert.StartsWith("/calling?", returnTo);
        Assert.Equal([leads[0]], CallSession.FromUri("http://localhost" + returnTo).Passed);
    }

    [Fact]
    public async Task ANoteTheBrowserKeptIsPutBack()
    {
        var (page, _) = await OpenAsync(leads: 1, storedNote: "Gatekeeper said try after 3");

        page.WaitForAssertion(() => Assert.Equal("Gatekeeper said try after 3", page.Find("textarea#call-note").GetAttribute("value")), Patience);
        Drafts.VerifyInvoke("watch");
    }
}
