using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Funnel;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Features.Funnel;

/// <summary>The funnel's numbers, recounted with plain SQL over the same file.</summary>
[Collection(DemoWorkspaceCollection.Name)]
public class FunnelQueriesTests(DemoWorkspace app)
{
    [Theory]
    [InlineData(30, 0)]
    [InlineData(90, 0)]
    [InlineData(150, 60)]
    [InlineData(400, 0)]
    public async Task TheCohortCountsAreTheLeadsOfThePeriodThatEverReachedEachStage(int fromDaysAgo, int toDaysAgo)
    {
        var from = SdrWorkspaceFactory.Now.AddDays(-fromDaysAgo);
        var to = SdrWorkspaceFactory.Now.AddDays(-toDaysAgo);
        await using var connection = app.OpenRawConnection();
        var reached = await CountAsync(connection, """
            SELECT "To", COUNT(DISTINCT "LeadId") FROM "StageChanges"
            WHERE "LeadId" IN (SELECT "Id" FROM "Leads" WHERE "CreatedAt" >= $from AND "CreatedAt" < $to)
            GROUP BY "To"
            """, from, to);
        var current = await CountAsync(connection, """
            SELECT "Stage", COUNT(*) FROM "Leads" WHERE "CreatedAt" >= $from AND "CreatedAt" < $to GROUP BY "Stage"
            """, from, to);

        var report = await app.Services.GetRequiredService<FunnelQueries>().CohortAsync(from, to);

        Assert.True(reached.GetValueOrDefault(LifecycleStage.MQL) > 0, "the period should have MQLs");
        Assert.Equal(LifecycleRules.Funnel, report.Steps.Select(s => s.Stage));
        Assert.All(report.Steps, step => Assert.Equal(reached.GetValueOrDefault(step.Stage), step.Reached));
        Assert.All(Enum.GetValues<LifecycleStage>(), stage => Assert.Equal(current.GetValueOrDefault(stage), report.CurrentStages[stage]));
        Assert.Null(report.Steps[0].ConversionFromPrevious);
        foreach (var (before, step) in report.Steps.Zip(report.Steps.Skip(1)))
            Assert.Equal(before.Reached == 0 ? null : (double)step.Reached / before.Reached, step.ConversionFromPrevious);
        Assert.Equal((double)reached.GetValueOrDefault(LifecycleStage.SQL) / reached[LifecycleStage.MQL], report.MqlToSql);
    }

    /// <summary>Stage counts from a query whose first column is a stage name and second a count.</summary>
    private static async Task<Dictionary<LifecycleStage, int>> CountAsync(SqliteConnection connection, string sql, DateTime from, DateTime to)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        // Times are stored as ISO text in UTC, so text comparison is time comparison.
        command.Parameters.AddWithValue("$from", from.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$to", to.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture));
        await using var reader = await command.ExecuteReaderAsync();
        var counts = new Dictionary<LifecycleStage, int>();
        while (await reader.ReadAsync())
            counts[Enum.Parse<LifecycleStage>(reader.GetString(0))] = reader.GetInt32(1);
        return counts;
    }
}
