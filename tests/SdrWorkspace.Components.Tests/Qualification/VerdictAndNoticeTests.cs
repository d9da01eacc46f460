using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Domain.Qualification;
using SdrWorkspace.Web.Features.Qualification;

namespace SdrWorkspace.Components.Tests.Qualification;

public class VerdictBannerTests : ComponentTest
{
    private IRenderedComponent<VerdictBanner> Render(VerdictOutcome outcome, string reason) =>
        Context.Render<VerdictBanner>(p => p.Add(b => b.Verdict, new FrameworkVerdict(Framework.BANT, outcome, 3, 3, 4, reason)));

    [Fact]
    public void AQualifiedVerdictSaysFinishingMakesAnSqlAndShowsAsSuccess()
    {
        var banner = Render(VerdictOutcome.Qualified, "3 of 4 confirmed, needs 3");

        Assert.Contains("finishing makes this lead an SQL", banner.Find("[data-testid=verdict]").TextContent);
        Assert.Equal("3 of 4 confirmed, needs 3", banner.Find("[data-testid=verdict-reason]").TextContent);
        Assert.Contains("success", banner.Find(".mud-alert").ClassName);
    }

    [Fact]
    public void AnOpenVerdictSaysKeepQualifying()
    {
        var banner = Render(VerdictOutcome.Open, "Budget confirmed, others unknown: 1 of 4, needs 3");

        Assert.Contains("Keep qualifying", banner.Markup);
        Assert.DoesNotContain("success", banner.Find(".mud-alert").ClassName);
    }

    [Fact]
    public void ADisqualifiedVerdictShowsAsAnErrorAndNurtureAsInformation()
    {
        Assert.Contains("error", Render(VerdictOutcome.Disqualified, "No budget").Find(".mud-alert").ClassName);
        Assert.Contains("info", Render(VerdictOutcome.Nurture, "Timeline disqualifies").Find(".mud-alert").ClassName);
    }

    [Fact]
    public void ChangesOfVerdictAreAnnouncedPolitely()
    {
        var banner = Render(VerdictOutcome.Open, "");

        var region = banner.Find("[data-testid=verdict]");
        Assert.Equal("status", region.GetAttribute("role"));
        Assert.Equal("polite", region.GetAttribute("aria-live"));
    }
}

public class ConflictNoticeTests : ComponentTest
{
    [Fact]
    public void NothingIsShownWithoutConflictsOrKeptText()
    {
        var notice = Context.Render<ConflictNotice>(p => p.Add(n => n.Conflicts, []));

        Assert.Equal("", notice.Markup.Trim());
    }

    [Fact]
    public void EachConflictNamesTheFieldWhoChangedItAndTheTextYouHad()
    {
        var notice = Context.Render<ConflictNotice>(p => p.Add(n => n.Conflicts,
            [new DraftConflict("Budget evidence", "Dana Whitfield", "40k in Q1"), new DraftConflict("Notes", "Dana Whitfield", null)]));

        var alert = notice.Find("[data-testid=conflict]");
        Assert.Equal("alert", alert.GetAttribute("role"));
        Assert.Equal(
            ["Budget evidence, changed by Dana Whitfield. Your text: “40k in Q1”", "Notes, changed by Dana Whitfield"],
            alert.QuerySelectorAll("li").Select(li => li.TextContent));
    }

    [Fact]
    public void TextTheBrowserKeptButCouldNotApplyIsShownToCopy()
    {
        var notice = Context.Render<ConflictNotice>(p => p
            .Add(n => n.Conflicts, [])
            .Add(n => n.LocalText, "Budget: 40k\nNotes: call back Tuesday"));

        Assert.Equal("Budget: 40k\nNotes: call back Tuesday", notice.Find("[data-testid=unrestored] pre").TextContent);
        Assert.Empty(notice.FindAll("[data-testid=conflict]"));
    }
}
