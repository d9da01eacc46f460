using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Calling;
using SdrWorkspace.Web.Features.Queue;
using SdrWorkspace.Web.Features.Touches;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Features.Calling;

/// <summary>Calling through the queue: the queue's order and filter, logged and skipped leads leave the run, the end, and whose leads.</summary>
public class CallFlowTests(ChangingWorkspace app) : IClassFixture<ChangingWorkspace>
{
    private CallFlow Flow => app.Services.GetRequiredService<CallFlow>();
    private QueueService Queue => app.Services.GetRequiredService<QueueService>();
    private TouchService Touches => app.Services.GetRequiredService<TouchService>();
    private static readonly DemoUser AnotherSdr = DemoUsers.All.First(u => u.Email == "alex.chen@demo.local");

    private FakeTimeProvider Clock => (FakeTimeProvider)app.Services.GetRequiredService<TimeProvider>();

    /// <summary>A run that starts now: the clock moves on first, so calls other tests logged are before it.</summary>
    private CallSession StartRun(QueueFilter filter)
    {
        Clock.Advance(TimeSpan.FromMinutes(1));
        return new CallSession(filter, Clock.GetUtcNow().UtcDateTime);
    }

    [Fact]
    public async Task TheRunStartsAtTheFirstLeadOfTheQueueWithItsReason()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var session = StartRun(new QueueFilter());
        var first = (await Queue.LoadAsync(sdr, session.Filter, null, 1)).Rows[0];

        var step = await Flow.NextAsync(sdr, session);

        Assert.Equal(first.LeadId, step.Lead?.Lead.Id);
        Assert.Equal(first.Reason, step.Lead!.Row.Reason);
        Assert.Equal(0, step.CallsMade);
    }

    [Fact]
    public async Task ALoggedLeadLeavesTheRunAndTheNextOfTheQueueFollows()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var session = StartRun(new QueueFilter());
        var first = (await Flow.NextAsync(sdr, session)).Lead!.Lead.Id;

        Assert.True((await Touches.LogAsync(sdr, first, TouchChannel.Call, TouchOutcome.NoAnswer)).Succeeded);
        var step = await Flow.NextAsync(sdr, session);

        var queueNow = (await Queue.LoadAsync(sdr, session.Filter, null, 10)).Rows.Select(r => r.LeadId).ToList();
        Assert.NotEqual(first, step.Lead?.Lead.Id);
        Assert.Equal(queueNow.First(id => id != first), step.Lead?.Lead.Id);
        Assert.Equal(1, step.CallsMade);
    }

    [Fact]
    public async Task TheRunFollowsTheQueuesFilterAndEndsWhenEveryLeadIsCalled()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var source = $"Call run {Guid.NewGuid():N}";
        var leads = new[] { await AddLeadAsync(sdr, source, score: 40), await AddLeadAsync(sdr, source, score: 80), await AddLeadAsync(sdr, source, score: 60) };
        var session = StartRun(new QueueFilter(Source: source, Sort: QueueSort.Score));

        var called = new List<int>();
        for (var step = await Flow.NextAsync(sdr, session); !step.QueueDone; step = await Flow.NextAsync(sdr, session))
        {
            called.Add(step.Lead!.Lead.Id);
            Assert.True((await Touches.LogAsync(sdr, step.Lead.Lead.Id, TouchChannel.Call, TouchOutcome.LeftVoicemail)).Succeeded);
            Assert.True(called.Count <= leads.Length, "The run offered a lead it had already called.");
        }

        Assert.Equal([leads[1], leads[2], leads[0]], called);
        Assert.Equal(3, (await Flow.NextAsync(sdr, session)).CallsMade);
    }

    [Fact]
    public async Task ASkippedLeadIsPassedOverWithoutCountingAsACall()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var source = $"Skip run {Guid.NewGuid():N}";
        var first = await AddLeadAsync(sdr, source, score: 90);
        var second = await AddLeadAsync(sdr, source, score: 10);
        var session = StartRun(new QueueFilter(Source: source, Sort: QueueSort.Score));

        var step = await Flow.NextAsync(sdr, session.Skipping(first));

        Assert.Equal(second, step.Lead?.Lead.Id);
        Assert.Equal(0, step.CallsMade);
        Assert.True((await Flow.NextAsync(sdr, session.Skipping(first).Skipping(second))).QueueDone);
    }

    [Fact]
    public async Task AnSdrCannotOpenAnotherSdrsLeadInTheCallView()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var other = await app.PrincipalOfAsync(AnotherSdr);
        var othersRow = (await Queue.LoadAsync(other, new QueueFilter(), null, 1)).Rows[0];

        Assert.Null(await Flow.OpenAsync(sdr, othersRow));
        Assert.NotNull(await Flow.OpenAsync(other, othersRow));
    }

    [Fact]
    public async Task TheRunNeverOffersALeadOfAnotherSdr()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var other = await app.PrincipalOfAsync(AnotherSdr);
        var source = $"Other run {Guid.NewGuid():N}";
        await AddLeadAsync(other, source, score: 99);

        Assert.True((await Flow.NextAsync(sdr, StartRun(new QueueFilter(Source: source)))).QueueDone);
    }

    [Fact]
    public async Task TheCallSheetShowsTheLeadsLocalTimeTopReasonsAndRecentTouches()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var source = $"Sheet run {Guid.NewGuid():N}";
        var lead = await AddLeadAsync(sdr, source, score: 50, country: "Germany");
        await Touches.LogAsync(sdr, lead, TouchChannel.Email, TouchOutcome.Sent, "Intro email");

        var sheet = (await Flow.NextAsync(sdr, StartRun(new QueueFilter(Source: source)))).Lead!;

        Assert.Equal("Europe/Berlin", sheet.Zone?.Zone.Id);
        Assert.NotEmpty(sheet.TopReasons);
        Assert.True(sheet.TopReasons.Count <= CallFlow.TopReasonCount);
        Assert.Equal("Intro email", Assert.Single(sheet.LastTouches).Note);
    }

    [Fact]
    public async Task AWrongNumberLoggedInTheCallFlagsTheContactDataAsAWrongContactReplyWould()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var lead = await AddLeadAsync(sdr, $"Wrong {Guid.NewGuid():N}", score: 50);

        var result = await Touches.LogAsync(sdr, lead, TouchChannel.Call, TouchOutcome.WrongNumber);

        Assert.True(result.Succeeded, result.Error);
        await using var db = app.CreateDbContext();
        var stored = await db.Leads.SingleAsync(l => l.Id == lead);
        Assert.Equal(Clock.GetUtcNow().UtcDateTime, stored.BadDataFlaggedAt);
        Assert.Equal(TouchOutcome.WrongNumber, (await db.Touches.SingleAsync(t => t.LeadId == lead)).Outcome);
    }

    private Task<int> AddLeadAsync(ClaimsPrincipal owner, string source, int score, string country = "Germany") =>
        app.AddLeadToCallAsync(owner.FindFirstValue(ClaimTypes.NameIdentifier)!, source, score, country);
}
