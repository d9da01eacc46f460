using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Handover;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Web.Features.Dashboards;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Features.Dashboards;

/// <summary>Every dashboard figure, recounted with plain SQL over the seeded file and compared.</summary>
[Collection(DemoWorkspaceCollection.Name)]
public class DashboardQueriesTests(DemoWorkspace app)
{
    private static readonly DateTime From = SdrWorkspaceFactory.Now.AddDays(-120);
    private static readonly DateTime To = SdrWorkspaceFactory.Now.AddMinutes(1);
    private static readonly DashboardFilter LastFourMonths = new(From, To);

    private Recount Sql() => new(app.OpenRawConnection(), From, To);

    private async Task<DashboardReport> ReportAsync(DemoUser viewer, DashboardFilter? filter = null) =>
        await app.Services.GetRequiredService<DashboardQueries>().ReportAsync(await app.PrincipalOfAsync(viewer), filter ?? LastFourMonths);

    [Fact]
    public async Task TheFunnelCountsTheCohortLeadsThatEverReachedEachStageAndThoseThatDroppedBefore()
    {
        using var sql = Sql();
        var report = await ReportAsync(DemoUsers.Manager);

        var reached = await sql.CountsAsync($"""SELECT "To", COUNT(DISTINCT "LeadId") FROM "StageChanges" WHERE "LeadId" IN {Recount.Cohort} GROUP BY "To" """);
        Assert.True(reached["Opportunity"] > 0, "the period should have opportunities");
        foreach (var step in report.Funnel.Stages)
            Assert.Equal(reached.GetValueOrDefault(step.Stage.ToString()), step.Reached.Value);

        var droppedAfterMql = await sql.IdsAsync($"""
            SELECT "LeadId" FROM "StageChanges" WHERE "To" = 'MQL' AND "LeadId" IN {Recount.Cohort}
            EXCEPT SELECT "LeadId" FROM "StageChanges" WHERE "To" = 'SAL'
            """);
        var sal = report.Funnel.Stages.Single(s => s.Stage == LifecycleStage.SAL);
        Assert.Equal(droppedAfterMql, sal.DroppedFromPrevious!.LeadIds);
        Assert.Equal((double)reached["SAL"] / reached["MQL"], sal.ConversionFromPrevious);
        Assert.Equal((double)reached["SQL"] / reached["MQL"], report.Funnel.MqlToSql);
    }

    [Fact]
    public async Task WhereTheCohortIsNowCountsItsLeadsByTheirStageToday()
    {
        using var sql = Sql();
        var report = await ReportAsync(DemoUsers.Marketing);

        var now = await sql.CountsAsync($"""SELECT "Stage", COUNT(*) FROM "Leads" WHERE "Id" IN {Recount.Cohort} GROUP BY "Stage" """);
        var nurtured = await sql.IdsAsync($"""SELECT "Id" FROM "Leads" WHERE "Stage" = 'Nurture' AND "Id" IN {Recount.Cohort}""");

        Assert.Equal(Enum.GetValues<LifecycleStage>(), report.Funnel.Now.Select(n => n.Stage));
        foreach (var current in report.Funnel.Now)
            Assert.Equal(now.GetValueOrDefault(current.Stage.ToString()), current.Leads.Value);
        Assert.NotEmpty(nurtured);
        Assert.Equal(nurtured, report.Funnel.Now.Single(n => n.Stage == LifecycleStage.Nurture).Leads.LeadIds);
    }

    [Fact]
    public async Task TimeInStageIsTheMedianAndNinetiethPercentileOfCompletedStays()
    {
        using var sql = Sql();
        var report = await ReportAsync(DemoUsers.Manager);

        foreach (var stage in new[] { "MQL", "SAL", "SQL" })
        {
            var minutes = (await sql.NumbersAsync($"""
                SELECT (julianday("NextAt") - julianday("At")) * 1440 FROM {Recount.MovesWithNext}
                WHERE "To" = '{stage}' AND "NextAt" IS NOT NULL AND "LeadId" IN {Recount.Cohort}
                """)).Order().ToList();
            var time = report.Funnel.Stages.Single(s => s.Stage.ToString() == stage).TimeInStage!;

            Assert.Equal(minutes.Count, time.Stays.Value);
            Assert.Equal(minutes[(int)Math.Ceiling(0.5 * minutes.Count) - 1], time.Median.TotalMinutes, precision: 2);
            Assert.Equal(minutes[(int)Math.Ceiling(0.9 * minutes.Count) - 1], time.P90.TotalMinutes, precision: 2);
        }
    }

    [Fact]
    public async Task MqlAcceptanceCountsEachMqlOfThePeriodByTheMoveThatAnsweredIt()
    {
        using var sql = Sql();
        var report = await ReportAsync(DemoUsers.Marketing);

        var answers = await sql.CountsAsync($"""
            SELECT CASE WHEN "NextTo" IS NULL THEN 'waiting' WHEN "NextTo" = 'SAL' THEN 'accepted'
                        WHEN "NextActor" = 'recycling' THEN 'recycled' ELSE 'rejected' END, COUNT(*)
            FROM {Recount.MovesWithNext} WHERE "To" = 'MQL' AND "At" >= $from AND "At" < $to GROUP BY 1
            """);
        var reasons = await sql.CountsAsync($"""
            SELECT COALESCE(r."Reason", m."NextReason"), COUNT(*) FROM {Recount.MovesWithNext} m
            LEFT JOIN "MqlReviews" r ON r."LeadId" = m."LeadId" AND r."DecidedAt" = m."NextAt" AND r."Reason" IS NOT NULL
            WHERE m."To" = 'MQL' AND m."NextTo" IS NOT NULL AND m."NextTo" <> 'SAL' AND m."NextActor" <> 'recycling'
              AND m."At" >= $from AND m."At" < $to GROUP BY 1
            """);

        var acceptance = report.Acceptance;
        Assert.True(answers["rejected"] > 0, "the period should have rejected MQLs");
        Assert.Equal(new MqlTally(answers.Values.Sum(), answers.GetValueOrDefault("accepted"), answers.GetValueOrDefault("rejected"),
            answers.GetValueOrDefault("recycled"), answers.GetValueOrDefault("waiting")), acceptance.Mqls);
        var labelled = reasons.ToDictionary(r => Enum.TryParse<MqlRejectionReason>(r.Key, out var code) ? MqlRejectionReasons.Label(code) : r.Key, r => r.Value);
        Assert.Equal(labelled.OrderBy(r => r.Key), acceptance.RejectionReasons.ToDictionary(r => r.Reason, r => r.Count.Value).OrderBy(r => r.Key));
    }

    [Fact]
    public async Task SqlAcceptanceCountsWhatAesDidWithEachSql()
    {
        using var sql = Sql();
        var report = await ReportAsync(DemoUsers.Manager);

        var answers = await sql.CountsAsync($"""
            SELECT COALESCE("NextTo", 'pending'), COUNT(*) FROM {Recount.MovesWithNext}
            WHERE "To" = 'SQL' AND "LeadId" IN {Recount.Cohort} GROUP BY 1
            """);
        var returns = await sql.CountsAsync($"""
            SELECT "NextReason", COUNT(*) FROM {Recount.MovesWithNext}
            WHERE "To" = 'SQL' AND "NextTo" = 'SAL' AND "LeadId" IN {Recount.Cohort} GROUP BY 1
            """);

        Assert.True(answers["Opportunity"] > 0);
        Assert.Equal(answers["Opportunity"], report.Acceptance.SqlsAccepted.Value);
        Assert.Equal(answers.GetValueOrDefault("SAL"), report.Acceptance.SqlsReturned.Value);
        Assert.Equal(answers.GetValueOrDefault("pending"), report.Acceptance.SqlsPending.Value);
        Assert.Equal(returns.OrderBy(r => r.Key), report.Acceptance.ReturnReasons.ToDictionary(r => r.Reason, r => r.Count.Value).OrderBy(r => r.Key));
    }

    [Fact]
    public async Task SourcesAndCalibrationBandsCountLeadsAndTheirMqlsSqlsAndOpportunities()
    {
        using var sql = Sql();
        var report = await ReportAsync(DemoUsers.Marketing);

        string Reached(string stage) => $"""EXISTS (SELECT 1 FROM "StageChanges" c WHERE c."LeadId" = l."Id" AND c."To" = '{stage}')""";
        var bySource = await sql.CountsAsync($"""
            SELECT "Source" || '|' || COUNT(*) || '|' || SUM({Reached("MQL")}) || '|' || SUM({Reached("SQL")}), 0
            FROM "Leads" l WHERE "Id" IN {Recount.Cohort} GROUP BY "Source"
            """);
        var byBand = await sql.CountsAsync($"""
            SELECT MIN("Score" / 20, 4) || '|' || COUNT(*) || '|' || SUM({Reached("SQL")}) || '|' || SUM({Reached("Opportunity")}), 0
            FROM "Leads" l WHERE "Id" IN {Recount.Cohort} GROUP BY MIN("Score" / 20, 4)
            """);

        Assert.Equal(bySource.Keys.Order(), report.BySource.Select(s => $"{s.Name}|{s.Leads.Value}|{s.Mqls.Value}|{s.Sqls.Value}").Order());
        Assert.Equal(byBand.Keys.Order(), report.Calibration.Where(b => b.Leads.Value > 0)
            .Select(b => $"{ScoreBands.All.ToList().IndexOf(b.Band)}|{b.Leads.Value}|{b.ReachedSql.Value}|{b.ReachedOpportunity.Value}").Order());
    }

    [Fact]
    public async Task TrendsCountTheLeadsCreatedAndMovedIntoEachStageWeekByWeek()
    {
        using var sql = Sql();
        var report = await ReportAsync(DemoUsers.Manager);

        var created = await sql.CountsAsync($"""SELECT {Recount.WeekOf("\"CreatedAt\"")}, COUNT(*) FROM "Leads" WHERE "Id" IN {Recount.Cohort} GROUP BY 1""");
        var moved = await sql.CountsAsync($"""
            SELECT {Recount.WeekOf("\"At\"")} || ' ' || "To", COUNT(DISTINCT "LeadId") FROM "StageChanges"
            WHERE "At" >= $from AND "At" < $to AND "From" IS NOT NULL GROUP BY 1
            """);

        Assert.True(report.Trends[0].Week <= DateOnly.FromDateTime(From) && report.Trends[^1].Week.AddDays(7) > DateOnly.FromDateTime(To));
        Assert.All(report.Trends.Zip(report.Trends.Skip(1)), pair => Assert.Equal(pair.First.Week.AddDays(7), pair.Second.Week));
        foreach (var week in report.Trends)
        {
            var day = week.Week.ToString("yyyy-MM-dd");
            Assert.Equal(created.GetValueOrDefault(day), week.Created.Value);
            Assert.Equal(moved.GetValueOrDefault($"{day} MQL"), week.Mqls.Value);
            Assert.Equal(moved.GetValueOrDefault($"{day} SAL"), week.Sals.Value);
            Assert.Equal(moved.GetValueOrDefault($"{day} SQL"), week.Sqls.Value);
            Assert.Equal(moved.GetValueOrDefault($"{day} Opportunity"), week.Opportunities.Value);
        }
        Assert.Equal(created.Values.Sum(), report.Trends.Sum(w => w.Created.Value));
    }

    [Fact]
    public async Task SpeedToLeadMeasuresEachHandRaiseToTheFirstTouchAfterIt()
    {
        using var sql = Sql();
        var report = await ReportAsync(DemoUsers.Manager);

        const string handRaises = """
            (SELECT e."LeadId", l."OwnerId", datetime(e."OccurredAt", '+5 minutes') < $now AS "Due",
                    (julianday((SELECT MIN(t."At") FROM "Touches" t WHERE t."LeadId" = e."LeadId" AND t."At" >= e."OccurredAt")) - julianday(e."OccurredAt")) * 1440 AS "Minutes"
             FROM "EngagementEvents" e JOIN "Leads" l ON l."Id" = e."LeadId"
             WHERE e."OccurredAt" >= $from AND e."OccurredAt" < $to
               AND (e."Type" IN ('DemoRequest', 'MeetingBooked') OR (e."Type" = 'EmailReply' AND e."Disposition" IN ('Interested', 'MeetingRequested'))))
            """;
        var all = await sql.CountAsync($"SELECT COUNT(*) FROM {handRaises}");
        var within = await sql.CountAsync($"""SELECT COUNT(*) FROM {handRaises} WHERE "Minutes" <= 5""");
        var unanswered = await sql.CountAsync($"""SELECT COUNT(*) FROM {handRaises} WHERE "Minutes" IS NULL""");
        var breachesByOwner = await sql.CountsAsync($"""
            SELECT COALESCE(u."DisplayName", '(unassigned)'), COUNT(*) FROM {handRaises} h LEFT JOIN "AspNetUsers" u ON u."Id" = h."OwnerId"
            WHERE (h."Minutes" IS NULL AND h."Due") OR h."Minutes" > 5 GROUP BY 1
            """);

        var speed = report.Manager!.Speed;
        Assert.True(all > 0, "the period should have hand-raises");
        Assert.Equal(all, speed.HandRaises.Value);
        Assert.Equal(within, speed.WithinSla.Value);
        Assert.Equal(all, speed.Distribution.Sum(b => b.HandRaises.Value));
        Assert.Equal(unanswered, speed.Distribution[^1].HandRaises.Value);
        Assert.Equal(breachesByOwner.OrderBy(b => b.Key), speed.BreachesByRep.ToDictionary(b => b.Rep, b => b.Breaches.Value).OrderBy(b => b.Key));
    }

    [Fact]
    public async Task RepProductivityCountsEachRepsTouchesConversationsMeetingsAndSqls()
    {
        using var sql = Sql();
        var report = await ReportAsync(DemoUsers.Manager);

        var touches = await sql.CountsAsync("""
            SELECT u."DisplayName" || '|' || COUNT(*) || '|' || SUM(t."Outcome" IN ('Connected', 'Replied', 'MeetingBooked')) || '|' || SUM(t."Outcome" = 'MeetingBooked'), 0
            FROM "Touches" t JOIN "AspNetUsers" u ON u."Id" = t."ByUserId" WHERE t."At" >= $from AND t."At" < $to GROUP BY u."Id"
            """);
        var sqls = await sql.CountsAsync("""
            SELECT u."DisplayName", COUNT(*) FROM "StageChanges" c JOIN "AspNetUsers" u ON u."UserName" = c."Actor"
            WHERE c."To" = 'SQL' AND c."At" >= $from AND c."At" < $to GROUP BY u."Id"
            """);

        var reps = report.Manager!.Reps;
        Assert.Equal(touches.Keys.Order(), reps.Where(r => r.Touches.Value > 0)
            .Select(r => $"{r.Rep}|{r.Touches.Value}|{r.Conversations.Value}|{r.Meetings.Value}").Order());
        Assert.Equal(sqls.OrderBy(s => s.Key), reps.Where(r => r.Sqls.Value > 0).ToDictionary(r => r.Rep, r => r.Sqls.Value).OrderBy(s => s.Key));
        var touchesByWeek = await sql.CountsAsync($"""
            SELECT u."DisplayName" || ' ' || {Recount.WeekOf("t.\"At\"")}, COUNT(*) FROM "Touches" t JOIN "AspNetUsers" u ON u."Id" = t."ByUserId"
            WHERE t."At" >= $from AND t."At" < $to GROUP BY 1
            """);
        Assert.Equal(touchesByWeek.OrderBy(t => t.Key), report.Manager.RepWeeks.Where(w => w.Touches.Value > 0)
            .ToDictionary(w => $"{w.Rep} {w.Week:yyyy-MM-dd}", w => w.Touches.Value).OrderBy(t => t.Key));
    }

    [Fact]
    public async Task TouchesBeforeConversionCountTheTouchesBeforeALeadFirstBecameAnSql()
    {
        using var sql = Sql();
        var report = await ReportAsync(DemoUsers.Manager);

        var touchesBeforeSql = await sql.NumbersAsync($"""
            SELECT (SELECT COUNT(*) FROM "Touches" t WHERE t."LeadId" = c."LeadId" AND t."At" < MIN(c."At"))
            FROM "StageChanges" c WHERE c."To" = 'SQL' AND c."LeadId" IN {Recount.Cohort} GROUP BY c."LeadId"
            """);

        var touchesBeforeRecycle = await sql.NumbersAsync($"""
            SELECT (SELECT COUNT(*) FROM "Touches" t WHERE t."LeadId" = c."LeadId" AND t."At" < MIN(c."At"))
            FROM "StageChanges" c WHERE c."To" IN ('Nurture', 'Disqualified') AND c."LeadId" IN {Recount.Cohort}
            AND c."LeadId" NOT IN (SELECT "LeadId" FROM "StageChanges" WHERE "To" = 'SQL') GROUP BY c."LeadId"
            """);

        var section = report.Manager!.TouchesBefore;
        Assert.True(touchesBeforeSql.Count > 0);
        Assert.True(touchesBeforeRecycle.Count > 0);
        Assert.Equal(touchesBeforeRecycle.Count, section.Recycled.Value);
        Assert.Equal(touchesBeforeRecycle.Order().ToList()[(int)Math.Ceiling(0.5 * touchesBeforeRecycle.Count) - 1], section.MedianToRecycle);
        Assert.Equal(touchesBeforeRecycle.Count(t => t is >= 8 and <= 15), section.Buckets.Single(b => b.Label == "8-15").Recycled.Value);
        Assert.Equal(touchesBeforeSql.Count, section.Converted.Value);
        Assert.Equal(touchesBeforeSql.Order().ToList()[(int)Math.Ceiling(0.5 * touchesBeforeSql.Count) - 1], section.MedianToConversion);
        Assert.Equal(touchesBeforeSql.Count(t => t is >= 4 and <= 7), section.Buckets.Single(b => b.Label == "4-7").Converted.Value);
        Assert.Equal(section.Converted.Value, section.Buckets.Sum(b => b.Converted.Value));
        Assert.Equal(section.Recycled.Value, section.Buckets.Sum(b => b.Recycled.Value));
    }

    [Fact]
    public async Task TheDispositionMixCountsCodedRepliesByWeekAndCode()
    {
        using var sql = Sql();
        var report = await ReportAsync(DemoUsers.Manager);

        var replies = await sql.CountsAsync($"""
            SELECT {Recount.WeekOf("\"OccurredAt\"")} || ' ' || "Disposition", COUNT(*) FROM "EngagementEvents"
            WHERE "Disposition" IS NOT NULL AND "OccurredAt" >= $from AND "OccurredAt" < $to GROUP BY 1
            """);

        var cells = report.Manager!.Dispositions;
        Assert.True(replies.Count > 0);
        Assert.Equal(replies.OrderBy(r => r.Key), cells.ToDictionary(c => $"{c.Week:yyyy-MM-dd} {c.Replies.Key.Split('.')[^1]}", c => c.Replies.Value).OrderBy(r => r.Key));
    }

    [Fact]
    public async Task ASegmentFilterNarrowsEveryFigureToItsLeads()
    {
        using var sql = Sql();
        var source = (await sql.CountsAsync($"""SELECT "Source", COUNT(*) FROM "Leads" WHERE "Id" IN {Recount.Cohort} GROUP BY 1 ORDER BY 2 DESC""")).First().Key;
        var report = await ReportAsync(DemoUsers.Manager, LastFourMonths with { Source = source });

        var mqls = await sql.IdsAsync($"""
            SELECT "LeadId" FROM "StageChanges" WHERE "To" = 'MQL'
            AND "LeadId" IN (SELECT "Id" FROM "Leads" WHERE "CreatedAt" >= $from AND "CreatedAt" < $to AND "Source" = '{source.Replace("'", "''")}')
            """);

        Assert.Equal(mqls, report.Funnel.Stages.Single(s => s.Stage == LifecycleStage.MQL).Reached.LeadIds);
        Assert.Equal([source], report.BySource.Select(s => s.Name));
    }

    [Fact]
    public async Task MarketingSeesNoRepLevelFiguresAndCannotDrillIntoThem()
    {
        var manager = await ReportAsync(DemoUsers.Manager);
        var marketing = await ReportAsync(DemoUsers.Marketing);

        Assert.Null(marketing.Manager);
        Assert.NotNull(manager.Figures.Find("speed.all"));
        Assert.Null(marketing.Figures.Find("speed.all"));
        Assert.NotNull(marketing.Figures.Find("funnel.reached.MQL"));
    }

    [Fact]
    public async Task OtherRolesCannotReadTheDashboards()
    {
        var queries = app.Services.GetRequiredService<DashboardQueries>();

        await Assert.ThrowsAsync<UnauthorizedAccessException>(async () => await queries.ReportAsync(await app.PrincipalOfAsync(DemoUsers.Sdr), LastFourMonths));
    }
}
