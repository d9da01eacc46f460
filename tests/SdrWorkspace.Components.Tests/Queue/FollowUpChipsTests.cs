using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Domain.Cadence;
using SdrWorkspace.Web.Features.Queue;

namespace SdrWorkspace.Components.Tests.Queue;

public class FollowUpChipsTests : ComponentTest
{
    private readonly List<FollowUpState?> picked = [];

    private IRenderedComponent<FollowUpChips> Render(FollowUpCounts counts, FollowUpState? selected = null) =>
        Context.Render<FollowUpChips>(p => p
            .Add(c => c.Counts, counts)
            .Add(c => c.Selected, selected)
            .Add(c => c.SelectedChanged, state => picked.Add(state)));

    private static string Chip(IRenderedComponent<FollowUpChips> chips, FollowUpState state) =>
        chips.Find($"[data-testid=due-chip-{state}]").TextContent.Trim();

    [Fact]
    public void EachChipNamesItsStateAndCount()
    {
        var chips = Render(new FollowUpCounts(Overdue: 3, DueToday: 12));

        Assert.Equal("Overdue 3", Chip(chips, FollowUpState.Overdue));
        Assert.Equal("Due today 12", Chip(chips, FollowUpState.DueToday));
    }

    [Fact]
    public async Task ClickingAChipShowsJustThoseFollowUps()
    {
        var chips = Render(new FollowUpCounts(3, 12));

        await chips.Find("[data-testid=due-chip-Overdue]").ClickAsync(new());

        Assert.Equal([FollowUpState.Overdue], picked);
    }

    [Fact]
    public async Task ClickingTheChipShownAlreadyShowsEverythingAgain()
    {
        var chips = Render(new FollowUpCounts(3, 12), FollowUpState.DueToday);
        Assert.Equal("true", chips.Find("[data-testid=due-chip-DueToday]").GetAttribute("aria-pressed"));
        Assert.Equal("false", chips.Find("[data-testid=due-chip-Overdue]").GetAttribute("aria-pressed"));

        await chips.Find("[data-testid=due-chip-DueToday]").ClickAsync(new());

        Assert.Equal([(FollowUpState?)null], picked);
    }

    [Fact]
    public void NothingDueIsShownQuietlyRatherThanInAlarmColours()
    {
        var chips = Render(new FollowUpCounts(0, 2));

        Assert.DoesNotContain("mud-chip-color-error", chips.Find("[data-testid=due-chip-Overdue]").ClassName);
        Assert.Contains("mud-chip-color-warning", chips.Find("[data-testid=due-chip-DueToday]").ClassName);
    }
}
