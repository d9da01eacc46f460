using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Common;
using SdrWorkspace.Web.Features.Shared;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Features.Shared;

/// <summary>
/// The one way to change a lead: a missing lead and one the user may not work read the same, a refusal keeps
/// its message, a change someone else saved first is a conflict, nothing failed is saved or announced, and a
/// saved change reaches the open screens.
/// </summary>
public sealed class LeadWorkTests(ChangingWorkspace app) : IClassFixture<ChangingWorkspace>, IDisposable
{
    private readonly List<IDisposable> _subscriptions = [];

    private LeadWork Work => app.Services.GetRequiredService<LeadWork>();

    public void Dispose() => _subscriptions.ForEach(s => s.Dispose());

    [Fact]
    public async Task AMissingLeadAndSomeoneElsesLeadGiveTheSameAnswer()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var othersLead = await LeadOfAsync(DemoUsers.All.First(u => u.Email == "alex.chen@demo.local"));

        var missing = await Work.RunAsync(sdr, int.MaxValue, LeadChangeKind.Touch, _ => { });
        var notMine = await Work.RunAsync(sdr, othersLead, LeadChangeKind.Touch, _ => { });

        Assert.Equal((WorkResultKind.Missing, WorkResult.MissingMessage), (missing.Kind, missing.Error));
        Assert.Equal(missing, notMine);
    }

    [Fact]
    public async Task ARefusalKeepsItsMessageAndNothingIsSavedOrAnnounced()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var leadId = await LeadOfAsync(DemoUsers.Sdr);
        var announced = Listen();

        var refused = await Work.RunAsync(sdr, leadId, LeadChangeKind.Touch, op =>
        {
            op.Lead.PlanNextAction(op.Now.AddDays(1), "Changed, then refused", op.Now);
            throw new DomainException("Not now.");
        });

        Assert.Equal((WorkResultKind.Refused, "Not now."), (refused.Kind, refused.Error));
        await using var db = app.CreateDbContext();
        Assert.NotEqual("Changed, then refused", (await db.Leads.SingleAsync(l => l.Id == leadId)).NextActionNote);
        Assert.DoesNotContain(announced, c => c.LeadId == leadId);
    }

    [Fact]
    public async Task AChangeSomeoneElseSavedFirstIsAConflictAndTheirsStands()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var leadId = await LeadOfAsync(DemoUsers.Sdr, skip: 1);

        var lost = await Work.RunAsync(sdr, leadId, LeadChangeKind.Touch, async op =>
        {
            await using (var other = app.CreateDbContext())
            {
                var theirs = await other.Leads.SingleAsync(l => l.Id == leadId);
                theirs.PlanNextAction(op.Now.AddDays(2), "Saved first", op.Now);
                await other.SaveChangesAsync();
            }
            op.Lead.PlanNextAction(op.Now.AddDays(1), "Saved second", op.Now);
        });

        Assert.Equal((WorkResultKind.Conflict, WorkResult.ConflictMessage), (lost.Kind, lost.Error));
        await using var db = app.CreateDbContext();
        Assert.Equal("Saved first", (await db.Leads.SingleAsync(l => l.Id == leadId)).NextActionNote);
    }

    [Fact]
    public async Task ASavedChangeReachesTheOpenScreensOfItsOwner()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var leadId = await LeadOfAsync(DemoUsers.Sdr, skip: 2);
        var announced = Listen();

        var done = await Work.RunAsync(sdr, leadId, LeadChangeKind.Touch, op => op.Lead.PlanNextAction(op.Now.AddDays(1), "Call back", op.Now));

        Assert.True(done.Succeeded, done.Error);
        var change = Assert.Single(announced, c => c.LeadId == leadId);
        Assert.Equal((sdr.FindFirstValue(ClaimTypes.NameIdentifier), LeadChangeKind.Touch), (change.OwnerId, change.Kind));
    }

    private ConcurrentBag<LeadChanged> Listen()
    {
        var announced = new ConcurrentBag<LeadChanged>();
        _subscriptions.Add(app.Services.GetRequiredService<LeadChangeFeed>().Subscribe(c => { announced.Add(c); return Task.CompletedTask; }));
        return announced;
    }

    private async Task<int> LeadOfAsync(DemoUser owner, int skip = 0)
    {
        var ownerId = (await app.PrincipalOfAsync(owner)).FindFirstValue(ClaimTypes.NameIdentifier);
        await using var db = app.CreateDbContext();
        return await db.Leads.Where(l => l.OwnerId == ownerId && !l.DoNotContact).OrderBy(l => l.Id).Skip(skip).Select(l => l.Id).FirstAsync();
    }
}
