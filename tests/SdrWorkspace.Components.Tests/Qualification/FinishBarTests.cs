using Microsoft.AspNetCore.Components.Web;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Domain.Qualification;
using SdrWorkspace.Web.Features.Qualification;

namespace SdrWorkspace.Components.Tests.Qualification;

public class FinishBarTests : ComponentTest
{
    private static readonly DateOnly InSixMonths = new(2027, 5, 23);

    private readonly List<DateOnly?> finished = [];

    private IRenderedComponent<FinishBar> Render(VerdictOutcome outcome, string? error = null)
    {
        RenderProviders();
        return Context.Render<FinishBar>(p => p
            .Add(f => f.Verdict, new FrameworkVerdict(Framework.BANT, outcome, 3, 3, 4, "reason"))
            .Add(f => f.DefaultReactivation, InSixMonths)
            .Add(f => f.Error, error)
            .Add(f => f.Finish, on => finished.Add(on)));
    }

    private static AngleSharp.Dom.IElement FinishButton(IRenderedComponent<FinishBar> bar) => bar.Find("button.mud-button-filled");

    [Theory]
    [InlineData(VerdictOutcome.Open)]
    [InlineData(VerdictOutcome.Qualified)]
    [InlineData(VerdictOutcome.Nurture)]
    public void NoErrorIsShownWhenThereIsNone(VerdictOutcome outcome)
    {
        var bar = Render(outcome);

        Assert.Empty(bar.FindAll("[role=alert]"));
        Assert.DoesNotContain("error", bar.Find(".finish-bar").TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AnErrorIsShownAsAnAlertNextToFinish()
    {
        var bar = Render(VerdictOutcome.Qualified, "Dana Whitfield changed this qualification a moment ago.");

        var alert = bar.Find("[role=alert]");
        Assert.Contains("Dana Whitfield changed this qualification a moment ago.", alert.TextContent);
        Assert.Contains("error", alert.ClassName);
    }

    [Fact]
    public void AnOpenVerdictCannotBeFinishedAndSaysWhy()
    {
        var bar = Render(VerdictOutcome.Open);

        Assert.True(FinishButton(bar).HasAttribute("disabled"));
        Assert.Contains("Finish becomes possible once the answers decide", bar.Markup);
    }

    [Theory]
    [InlineData(VerdictOutcome.Qualified, "Finish: make SQL")]
    [InlineData(VerdictOutcome.Disqualified, "Finish: disqualify")]
    [InlineData(VerdictOutcome.Nurture, "Finish: send to nurture")]
    public void TheButtonSaysWhatFinishingDoes(VerdictOutcome outcome, string label)
    {
        var bar = Render(outcome);

        Assert.Equal(label, FinishButton(bar).TextContent.Trim());
    }

    [Fact]
    public async Task FinishingAQualifiedVerdictNeedsNoReactivationDate()
    {
        var bar = Render(VerdictOutcome.Qualified);

        await FinishButton(bar).ClickAsync(new MouseEventArgs());

        Assert.Equal([null], finished);
    }

    [Fact]
    public async Task FinishingANurtureVerdictReactivatesOnTheDefaultDate()
    {
        var bar = Render(VerdictOutcome.Nurture);

        Assert.Equal("2027-05-23", bar.Find("input").GetAttribute("value"));
        await FinishButton(bar).ClickAsync(new MouseEventArgs());

        Assert.Equal([InSixMonths], finished);
    }
}
