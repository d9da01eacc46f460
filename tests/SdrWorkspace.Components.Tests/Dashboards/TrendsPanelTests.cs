using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Web.Features.Dashboards;

namespace SdrWorkspace.Components.Tests.Dashboards;

public class TrendsPanelTests : ComponentTest
{
    private static TrendWeek Week(int day, int created, int daysCovered = 7) =>
        new(new DateOnly(2026, 11, day), TestFigures.Of($"Created {day}", created), TestFigures.Of($"MQL {day}", 3), TestFigures.Of($"SAL {day}", 2),
            TestFigures.Of($"SQL {day}", 1), TestFigures.Of($"Opportunity {day}", 0), daysCovered);

    [Fact]
    public void APartialLastWeekIsLabelledAsSuchInTheChartTheTableAndANote()
    {
        var trends = Context.Render<TrendsPanel>(p => p.Add(t => t.Weeks, [Week(9, 40), Week(16, 42), Week(23, 6, daysCovered: 1)]));

        var rows = trends.FindAll("tbody th").Select(th => th.TextContent).ToList();
        Assert.Equal(["9 Nov 2026", "16 Nov 2026", "23 Nov 2026 · partial week, 1 of 7 days"], rows);
        Assert.Contains("The week of 23 Nov is partial (1 of 7 days so far)", trends.Find("[data-testid=partial-week]").TextContent);
        Assert.Contains("23 Nov (1 of 7 days)", trends.Find("figure").TextContent);
    }

    [Fact]
    public void WholeWeeksCarryNoMark()
    {
        var trends = Context.Render<TrendsPanel>(p => p.Add(t => t.Weeks, [Week(9, 40), Week(16, 42)]));

        Assert.Empty(trends.FindAll("[data-testid=partial-week]"));
        Assert.DoesNotContain("partial", trends.Markup);
    }
}
