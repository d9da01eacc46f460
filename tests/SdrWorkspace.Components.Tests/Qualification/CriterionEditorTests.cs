using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Domain.Qualification;
using SdrWorkspace.Web.Features.Qualification;

namespace SdrWorkspace.Components.Tests.Qualification;

public class CriterionEditorTests : ComponentTest
{
    private static readonly FrameworkCriterion Budget = FrameworkCatalogue.Criteria(Framework.BANT)[0];

    private readonly List<CriterionAnswer> reported = [];

    private IRenderedComponent<CriterionEditor> Render(CriterionAnswer answer, bool compact = false) =>
        Context.Render<CriterionEditor>(p => p
            .Add(c => c.Criterion, Budget)
            .Add(c => c.Answer, answer)
            .Add(c => c.Compact, compact)
            .Add(c => c.AnswerChanged, a => reported.Add(a)));

    [Fact]
    public void EachStateIsARadioTheBrowserCopyOfTheDraftCanRead()
    {
        var editor = Render(new CriterionAnswer(CriterionState.Partial));

        var radios = editor.FindAll("input[type=radio][data-draft-field='state-budget']");

        Assert.Equal(["Unknown", "Partial", "Confirmed", "Disqualifying"], radios.Select(r => r.GetAttribute("value")));
        Assert.Equal("Partial", Assert.Single(radios, r => r.HasAttribute("checked")).GetAttribute("value"));
    }

    [Fact]
    public void TheStatesAreAGroupNamedAfterTheCriterion()
    {
        var editor = Render(new CriterionAnswer(CriterionState.Unknown));

        Assert.Equal("Budget state", editor.Find("[role=radiogroup]").GetAttribute("aria-label"));
    }

    [Fact]
    public async Task ChoosingAStateReportsItAndKeepsTheEvidence()
    {
        var editor = Render(new CriterionAnswer(CriterionState.Unknown, "40k set aside"));

        await editor.Find("input[value=Confirmed]").ClickAsync(new MouseEventArgs());

        Assert.Equal(new CriterionAnswer(CriterionState.Confirmed, "40k set aside"), Assert.Single(reported));
    }

    [Theory]
    [InlineData("1", CriterionState.Unknown)]
    [InlineData("2", CriterionState.Partial)]
    [InlineData("3", CriterionState.Confirmed)]
    [InlineData("4", CriterionState.Disqualifying)]
    public async Task AltAndANumberSetsTheStateInCallMode(string key, CriterionState expected)
    {
        var editor = Render(new CriterionAnswer(CriterionState.Partial), compact: true);

        await editor.Find(".criterion").KeyDownAsync(new KeyboardEventArgs { Key = key, AltKey = true });

        Assert.Equal(expected, Assert.Single(reported).State);
    }

    [Fact]
    public async Task ANumberWithoutAltIsJustTyping()
    {
        var editor = Render(new CriterionAnswer(CriterionState.Partial), compact: true);

        await editor.Find(".criterion").KeyDownAsync(new KeyboardEventArgs { Key = "3" });
        await editor.Find(".criterion").KeyDownAsync(new KeyboardEventArgs { Key = "5", AltKey = true });

        Assert.Empty(reported);
    }

    [Fact]
    public void CallModeNumbersTheStatesAndHidesTheGuidedQuestions()
    {
        var editor = Render(new CriterionAnswer(CriterionState.Unknown), compact: true);

        Assert.Empty(editor.FindAll(".questions"));
        Assert.Contains("Confirmed (3)", editor.Find("[role=radiogroup]").TextContent);
    }

    [Fact]
    public void OutsideCallModeTheGuidedQuestionsAreShown()
    {
        var editor = Render(new CriterionAnswer(CriterionState.Unknown));

        Assert.Equal(Budget.Questions, editor.FindAll(".questions li").Select(li => li.TextContent));
    }

    [Fact]
    public async Task TypingEvidenceReportsItWithTheStateKept()
    {
        var editor = Render(new CriterionAnswer(CriterionState.Partial));

        await editor.Find("textarea#evidence-budget").InputAsync(new ChangeEventArgs { Value = "Budget owner is the CRO" });

        Assert.Equal(new CriterionAnswer(CriterionState.Partial, "Budget owner is the CRO"), reported[^1]);
    }

    [Fact]
    public async Task ClearedEvidenceIsReportedAsNone()
    {
        var editor = Render(new CriterionAnswer(CriterionState.Partial, "something"));

        await editor.Find("textarea#evidence-budget").InputAsync(new ChangeEventArgs { Value = "" });

        Assert.Null(reported[^1].Evidence);
    }

    [Fact]
    public void TheEvidenceFieldIsLabelledAndMarkedForTheBrowserCopy()
    {
        var editor = Render(new CriterionAnswer(CriterionState.Unknown, "typed"));

        var evidence = editor.Find("textarea[data-draft-field='evidence-budget']");

        Assert.Equal("Evidence", editor.Find($"label[for='{evidence.Id}']").TextContent);
        Assert.Equal("typed", evidence.GetAttribute("value"));
    }
}
