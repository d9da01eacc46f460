using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Data.Definitions;
using SdrWorkspace.Data.Sqlite;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Web.Features.Scoring;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Features.Scoring;

/// <summary>The bulk re-score (raw reads and writes for speed) stores exactly what the engine says, as EF reads it back.</summary>
public sealed class FullRescoreTests : IClassFixture<ChangingWorkspace>
{
    private readonly ChangingWorkspace _app;

    public FullRescoreTests(ChangingWorkspace app) => _app = app;

    private LeadScoring Scoring => _app.Services.GetRequiredService<LeadScoring>();

    public static TheoryData<string> Changes => ["fit share", "half-life"];

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task AfterADefinitionChangeEveryLeadHoldsTheEnginesScoreAndOnlyTheChangedOnesAreWritten(string change)
    {
        await Scoring.RescoreAllAsync();
        var adopted = await AdoptAsync(d => change == "fit share"
            ? d with { FitShareOfScore = d.FitShareOfScore == 0.7 ? 0.6 : 0.7 }
            : d with { Engagement = d.Engagement with { HalfLifeDays = d.Engagement.HalfLifeDays == 10 ? 12 : 10 } });
        await using var before = _app.CreateDbContext();
        var stored = await before.Leads.AsNoTracking().Include(l => l.Account).ToDictionaryAsync(l => l.Id);
        var facts = await LeadScoring.FactsAsync(before, stored.Keys.ToList(), default);
        var moving = stored.Values.Where(l => !l.HasScore(LeadScorer.Score(adopted, l.FitProfile, facts[l.Id], SdrWorkspaceFactory.Now))).Select(l => l.Id).ToHashSet();

        var changed = await Scoring.RescoreAllAsync();

        await using var db = _app.CreateDbContext();
        var leads = await db.Leads.AsNoTracking().Include(l => l.Account).ToListAsync();
        Assert.NotEmpty(moving);
        Assert.Equal(moving.Count, changed);
        Assert.All(leads, lead =>
        {
            var expected = LeadScorer.Score(adopted, lead.FitProfile, facts[lead.Id], SdrWorkspaceFactory.Now);
            Assert.True(lead.HasScore(expected), $"lead {lead.Id} stores {lead.Score} (v{lead.DefinitionVersion}), the engine says {expected.Total} (v{expected.DefinitionVersion})");
            var was = stored[lead.Id];
            if (moving.Contains(lead.Id))
                Assert.True((lead.Revision, lead.DefinitionVersion, lead.ScoredAt) == (was.Revision + 1, adopted.Version, SdrWorkspaceFactory.Now), $"lead {lead.Id} was not written as changed");
            else
                Assert.True((lead.Revision, lead.DefinitionVersion) == (was.Revision, was.DefinitionVersion), $"lead {lead.Id} was written though its score stands");
        });
    }

    [Fact]
    public async Task APassLeavesEveryLeadWithTheEngagementStateOfAllItsEvents()
    {
        await Scoring.RescoreAllAsync();

        await using var db = _app.CreateDbContext();
        var definition = await _app.Services.GetRequiredService<DefinitionStore>().CurrentAsync();
        var leads = await db.Leads.AsNoTracking().ToListAsync();
        var events = (await db.EngagementEvents.AsNoTracking().ToListAsync()).ToLookup(e => e.LeadId);
        Assert.All(leads, lead =>
        {
            var expected = EngagementState.Empty(definition, SdrWorkspaceFactory.Now);
            foreach (var e in events[lead.Id])
                expected.Add(e.ToFact(), e.Id);
            Assert.Equal(expected.ToBytes(), lead.EngagementState);
        });
    }

    [Fact]
    public async Task ARefreshSliceScoresTheNextLeadsInIdOrderAndGivesThoseWithoutAStateTheirs()
    {
        await using var db = _app.CreateDbContext();
        var ids = await db.Leads.OrderBy(l => l.Id).Select(l => l.Id).ToListAsync();
        var slice = ids.Skip(2).Take(3).ToList();
        await db.Leads.Where(l => slice.Contains(l.Id)).ExecuteUpdateAsync(l => l.SetProperty(x => x.EngagementState, (byte[]?)null));

        var (last, _) = await Scoring.RefreshSliceAsync(ids[1], 3);
        var (end, _) = await Scoring.RefreshSliceAsync(ids[^1], 3);

        await using var check = _app.CreateDbContext();
        Assert.Equal(slice[^1], last);
        Assert.Null(end);
        Assert.All(await check.Leads.AsNoTracking().Where(l => slice.Contains(l.Id)).ToListAsync(),
            l => Assert.True(l.EngagementState is not null, $"lead {l.Id} was not given its state"));
    }

    [Fact]
    public async Task ASecondPassWithNothingChangedWritesNothing()
    {
        await Scoring.RescoreAllAsync();
        var revisions = await RevisionsAsync();

        var changed = await Scoring.RescoreAllAsync();

        Assert.Equal(0, changed);
        Assert.Equal(revisions, await RevisionsAsync());
    }

    [Fact]
    public async Task ALeadTheNewDefinitionMakesAnMqlMovesThereWithItsHistoryRecorded()
    {
        await Scoring.RescoreAllAsync();
        await using (var before = _app.CreateDbContext())
            Assert.True(await before.Leads.AnyAsync(l => l.Stage == LifecycleStage.Lead && l.StageChangedAt == l.CreatedAt && !l.DoNotContact && l.Score > 0));
        var adopted = await AdoptAsync(d => d with { Mql = d.Mql with { MinFit = 0, MinEngagement = 0 } });

        await Scoring.RescoreAllAsync();

        await using var db = _app.CreateDbContext();
        var moves = await db.StageChanges.AsNoTracking()
            .Where(c => c.DefinitionVersion == adopted.Version && c.To == LifecycleStage.MQL && c.Actor == Lead.ScoringActor).ToListAsync();
        Assert.NotEmpty(moves);
        var movedIds = moves.Select(m => m.LeadId).ToList();
        var moved = await db.Leads.AsNoTracking().Where(l => movedIds.Contains(l.Id)).ToListAsync();
        Assert.All(moved, l => Assert.Equal(LifecycleStage.MQL, l.Stage));
        Assert.All(moved, l => Assert.Equal(adopted.Version, l.DefinitionVersion));
    }

    [Fact]
    public async Task AScoreWrittenFromAStaleReadLeavesTheLeadAsSomeoneElseSavedIt()
    {
        await using var db = _app.CreateDbContext();
        var lead = await db.Leads.AsNoTracking().Include(l => l.Account).OrderBy(l => l.Id).FirstAsync();
        var definition = await _app.Services.GetRequiredService<DefinitionStore>().CurrentAsync();
        var card = LeadScorer.Score(definition with { Version = definition.Version + 100 }, lead.FitProfile, [], SdrWorkspaceFactory.Now);
        await using (var other = _app.CreateDbContext())
        {
            var saved = await other.Leads.SingleAsync(l => l.Id == lead.Id);
            saved.PlanNextAction(SdrWorkspaceFactory.Now.AddDays(1), "Call back", SdrWorkspaceFactory.Now);
            await other.SaveChangesAsync();
        }

        var written = await ScoreWriter.WriteAsync(db, [new ScoreUpdate(lead.Id, lead.Revision, lead.EngagementState, card.Verdict, [])], SdrWorkspaceFactory.Now, default);

        await using var check = _app.CreateDbContext();
        var after = await check.Leads.AsNoTracking().SingleAsync(l => l.Id == lead.Id);
        Assert.Empty(written);
        Assert.Equal(lead.Revision + 1, after.Revision);
        Assert.Equal(lead.DefinitionVersion, after.DefinitionVersion);
        Assert.Equal("Call back", after.NextActionNote);
    }

    [Fact]
    public async Task AScoreWrittenFromACurrentReadIsStoredAndBumpsTheRevision()
    {
        await using var db = _app.CreateDbContext();
        var lead = await db.Leads.AsNoTracking().Include(l => l.Account).OrderBy(l => l.Id).Skip(1).FirstAsync();
        var definition = await _app.Services.GetRequiredService<DefinitionStore>().CurrentAsync();
        var card = LeadScorer.Score(definition with { Version = definition.Version + 100 }, lead.FitProfile, [], SdrWorkspaceFactory.Now);

        var written = await ScoreWriter.WriteAsync(db, [new ScoreUpdate(lead.Id, lead.Revision, lead.EngagementState, card.Verdict, [])], SdrWorkspaceFactory.Now, default);

        await using var check = _app.CreateDbContext();
        var after = await check.Leads.AsNoTracking().SingleAsync(l => l.Id == lead.Id);
        Assert.Equal([lead.Id], written);
        Assert.Equal(lead.Revision + 1, after.Revision);
        Assert.Equal((card.Fit, card.Engagement, card.Total, card.DefinitionVersion), (after.FitScore, after.EngagementScore, after.Score, after.DefinitionVersion));
    }

    private async Task<QualificationDefinition> AdoptAsync(Func<QualificationDefinition, QualificationDefinition> change)
    {
        var store = _app.Services.GetRequiredService<DefinitionStore>();
        var current = await store.CurrentAsync();
        var next = change(current) with { Version = current.Version + 1 };
        await using var db = _app.CreateDbContext();
        db.DefinitionVersions.Add(new DefinitionVersion
        {
            Version = next.Version, Json = DefinitionJson.Serialize(next), AdoptedAt = SdrWorkspaceFactory.Now, AdoptedBy = "test", Reason = "test",
        });
        await db.SaveChangesAsync();
        store.Invalidate();
        return next;
    }

    private async Task<Dictionary<int, int>> RevisionsAsync()
    {
        await using var db = _app.CreateDbContext();
        return await db.Leads.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Revision);
    }
}
