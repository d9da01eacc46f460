using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Qualification;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Qualification;

/// <summary>
/// Two people on one draft: the colleague saved first (the assessment as stored), this SDR saves the
/// form they started from <c>basis</c>.
/// </summary>
public class DraftMergeTests
{
    private const string Me = "me@example.com";
    private static readonly DateTime SavedAt = TestClock.Now.AddMinutes(5);

    private static Assessment Draft(AnswersBuilder answers, Framework framework = Framework.BANT) =>
        Assessments.Answered(LeadBuilder.IcpFit().InStage(LifecycleStage.MQL).Build(), framework, answers);

    private static DraftState Mine(DraftState basis, AnswersBuilder answers) =>
        basis with { Answers = new Dictionary<string, CriterionAnswer>(basis.Answers.Concat(answers.Build())) };

    private static IReadOnlyList<DraftConflict> Save(Assessment current, DraftState basis, DraftState mine) =>
        DraftMerge.Apply(current, basis, mine, Me, SavedAt);

    [Fact]
    public void MyChangesApplyWhenNobodyElseSavedMeanwhile()
    {
        var current = Draft(AnswersBuilder.Empty.Confirmed("budget"));
        var basis = DraftState.Of(current);

        var conflicts = Save(current, basis, Mine(basis, AnswersBuilder.Empty.Confirmed("need")) with { Notes = "Pain: manual reporting" });

        Assert.Empty(conflicts);
        Assert.Equal(CriterionState.Confirmed, current.AnswerTo("need").State);
        Assert.Equal(CriterionState.Confirmed, current.AnswerTo("budget").State);
        Assert.Equal("Pain: manual reporting", current.Notes);
        Assert.Equal((Me, SavedAt), (current.UpdatedBy, current.UpdatedAt));
    }

    [Fact]
    public void FieldsIDidNotTouchKeepTheColleaguesChanges()
    {
        var current = Draft(AnswersBuilder.Empty);
        var basis = DraftState.Of(current);
        current.With(AnswersBuilder.Empty.Confirmed("budget"), Assessments.Colleague);
        current.WriteNotes("Their notes", Assessments.Colleague, TestClock.Now);

        var conflicts = Save(current, basis, Mine(basis, AnswersBuilder.Empty.Partial("need")));

        Assert.Empty(conflicts);
        Assert.Equal(CriterionState.Confirmed, current.AnswerTo("budget").State);
        Assert.Equal(CriterionState.Partial, current.AnswerTo("need").State);
        Assert.Equal("Their notes", current.Notes);
    }

    [Fact]
    public void AnAnswerTheColleagueChangedDifferentlyIsLeftAndReportedWithMyText()
    {
        var current = Draft(AnswersBuilder.Empty);
        var basis = DraftState.Of(current);
        current.With(AnswersBuilder.Empty.Disqualifying("budget"), Assessments.Colleague);

        var conflicts = Save(current, basis, Mine(basis, AnswersBuilder.Empty.Confirmed("budget")));

        Assert.Equal([new DraftConflict("Budget", Assessments.Colleague, "Heard on the call: budget Confirmed")], conflicts);
        Assert.Equal(CriterionState.Disqualifying, current.AnswerTo("budget").State);
    }

    [Fact]
    public void TheSameChangeOnBothSidesIsNoConflict()
    {
        var current = Draft(AnswersBuilder.Empty);
        var basis = DraftState.Of(current);
        current.With(AnswersBuilder.Empty.Confirmed("budget"), Assessments.Colleague);

        var conflicts = Save(current, basis, Mine(basis, AnswersBuilder.Empty.Confirmed("budget")));

        Assert.Empty(conflicts);
        Assert.Equal(Assessments.Colleague, current.UpdatedBy);
    }

    [Fact]
    public void MyChangeAppliesNextToADifferentFieldTheColleagueChanged()
    {
        var current = Draft(AnswersBuilder.Empty);
        var basis = DraftState.Of(current);
        current.With(AnswersBuilder.Empty.Confirmed("authority"), Assessments.Colleague);

        var conflicts = Save(current, basis, Mine(basis, AnswersBuilder.Empty.Confirmed("budget")));

        Assert.Empty(conflicts);
        Assert.Equal(2, current.Answers.Count(a => a.Value.State == CriterionState.Confirmed));
    }

    [Fact]
    public void NotesTheColleagueRewroteAreLeftAndReportedWithMine()
    {
        var current = Draft(AnswersBuilder.Empty);
        current.WriteNotes("First notes", Assessments.Sdr, TestClock.Now);
        var basis = DraftState.Of(current);
        current.WriteNotes("Their rewrite", Assessments.Colleague, TestClock.Now);

        var conflicts = Save(current, basis, basis with { Notes = "My rewrite" });

        Assert.Equal([new DraftConflict("Notes", Assessments.Colleague, "My rewrite")], conflicts);
        Assert.Equal("Their rewrite", current.Notes);
    }

    [Fact]
    public void TheSameNotesOnBothSidesAreNoConflict()
    {
        var current = Draft(AnswersBuilder.Empty);
        var basis = DraftState.Of(current);
        current.WriteNotes("Champion: Dana", Assessments.Colleague, TestClock.Now);

        var conflicts = Save(current, basis, basis with { Notes = "Champion: Dana" });

        Assert.Empty(conflicts);
    }

    [Fact]
    public void MyFrameworkSwitchAppliesAndKeepsTheSharedAnswers()
    {
        var current = Draft(AnswersBuilder.Empty.Confirmed("budget", "authority"));
        var basis = DraftState.Of(current);
        var mine = new DraftState(Framework.CHAMP, AnswersBuilder.Empty.Confirmed("authority", "challenges").Build(), null);

        var conflicts = Save(current, basis, mine);

        Assert.Empty(conflicts);
        Assert.Equal(Framework.CHAMP, current.Framework);
        Assert.Equal(["authority", "challenges"], current.Answers.Keys.Order());
    }

    [Fact]
    public void SwitchingToAnotherFrameworkThanTheColleagueDidIsAConflict()
    {
        var current = Draft(AnswersBuilder.Empty);
        var basis = DraftState.Of(current);
        current.SwitchTo(Framework.MEDDIC, Assessments.Colleague, TestClock.Now);

        var conflicts = Save(current, basis, basis with { Framework = Framework.CHAMP });

        Assert.Equal([new DraftConflict("Framework", Assessments.Colleague, "CHAMP")], conflicts);
        Assert.Equal(Framework.MEDDIC, current.Framework);
    }

    [Fact]
    public void SwitchingToTheSameFrameworkAsTheColleagueIsNoConflict()
    {
        var current = Draft(AnswersBuilder.Empty);
        var basis = DraftState.Of(current);
        current.SwitchTo(Framework.CHAMP, Assessments.Colleague, TestClock.Now);

        var conflicts = Save(current, basis, basis with { Framework = Framework.CHAMP });

        Assert.Empty(conflicts);
        Assert.Equal(Framework.CHAMP, current.Framework);
    }

    [Fact]
    public void SavingAnUnchangedFormChangesNothing()
    {
        var current = Draft(AnswersBuilder.Empty.Confirmed("budget"));
        var basis = DraftState.Of(current);

        var conflicts = Save(current, basis, basis);

        Assert.Empty(conflicts);
        Assert.Equal((Assessments.Sdr, TestClock.Now), (current.UpdatedBy, current.UpdatedAt));
    }

    [Fact]
    public void MyAnswerToACriterionTheColleaguesFrameworkNoLongerHasIsReported()
    {
        var current = Draft(AnswersBuilder.Empty);
        var basis = DraftState.Of(current);
        current.SwitchTo(Framework.CHAMP, Assessments.Colleague, TestClock.Now);

        var conflicts = Save(current, basis, Mine(basis, AnswersBuilder.Empty.Confirmed("budget")));

        Assert.Equal([new DraftConflict("Budget", Assessments.Colleague, "Heard on the call: budget Confirmed")], conflicts);
        Assert.Empty(current.Answers);
    }

    [Fact]
    public void MyAnswerToACriterionBothFrameworksShareFollowsTheColleaguesSwitch()
    {
        var current = Draft(AnswersBuilder.Empty);
        var basis = DraftState.Of(current);
        current.SwitchTo(Framework.CHAMP, Assessments.Colleague, TestClock.Now);

        var conflicts = Save(current, basis, Mine(basis, AnswersBuilder.Empty.Confirmed("authority")));

        Assert.Empty(conflicts);
        Assert.Equal(CriterionState.Confirmed, current.AnswerTo("authority").State);
    }

    [Fact]
    public void MySwitchDoesNotDropAnAnswerTheColleagueGaveMeanwhile()
    {
        var current = Draft(AnswersBuilder.Empty);
        var basis = DraftState.Of(current);
        current.With(AnswersBuilder.Empty.Confirmed("budget"), Assessments.Colleague);

        var conflicts = Save(current, basis, basis with { Framework = Framework.CHAMP });

        Assert.Equal([new DraftConflict("Framework", Assessments.Colleague, "CHAMP")], conflicts);
        Assert.Equal(Framework.BANT, current.Framework);
        Assert.Equal(CriterionState.Confirmed, current.AnswerTo("budget").State);
    }

    [Fact]
    public void AfterMySaveTheFormShowsTheColleaguesFieldAndTakesItAsTheBasis()
    {
        var current = Draft(AnswersBuilder.Empty);
        var basis = DraftState.Of(current);
        current.With(AnswersBuilder.Empty.Partial("budget"), Assessments.Colleague);
        var mine = basis with { Notes = "Pain: manual routing" };
        Save(current, basis, mine);

        var (newBasis, shown) = DraftMerge.Rebase(basis, mine, mine, DraftState.Of(current));

        Assert.Equal(DraftState.Of(current), newBasis);
        Assert.Equal(DraftState.Of(current), shown);
    }

    [Fact]
    public void TypingWhileASaveIsUnderWayIsKeptOnTopOfTheSavedState()
    {
        var current = Draft(AnswersBuilder.Empty);
        var basis = DraftState.Of(current);
        var sent = basis with { Notes = "Pain" };
        Save(current, basis, sent);
        var typedSince = sent with { Notes = "Pain: manual routing" };

        var (newBasis, shown) = DraftMerge.Rebase(basis, sent, typedSince, DraftState.Of(current));

        Assert.Equal("Pain", newBasis.Notes);
        Assert.Equal("Pain: manual routing", shown.Notes);
    }

    [Fact]
    public void AColleaguesSaveDoesNotReplaceWhatIAmTypingButMyNextSaveReportsTheClash()
    {
        var current = Draft(AnswersBuilder.Empty);
        var basis = DraftState.Of(current);
        var typing = basis with { Notes = "My notes" };
        current.WriteNotes("Their notes", Assessments.Colleague, TestClock.Now);

        var (newBasis, shown) = DraftMerge.Rebase(basis, basis, typing, DraftState.Of(current));
        var conflicts = Save(current, newBasis, shown);

        Assert.Equal("My notes", shown.Notes);
        Assert.Equal([new DraftConflict("Notes", Assessments.Colleague, "My notes")], conflicts);
        Assert.Equal("Their notes", current.Notes);
    }

    [Fact]
    public void AFrameworkOutsideTheCatalogueIsRefused()
    {
        var current = Draft(AnswersBuilder.Empty);
        var basis = DraftState.Of(current);

        Assert.Throws<DomainException>(() => Save(current, basis, basis with { Framework = (Framework)99 }));
        Assert.Throws<DomainException>(() => current.Answer("budget", (CriterionState)42, null, Me, SavedAt));
        Assert.Equal(Framework.BANT, current.Framework);
    }

    [Fact]
    public void StatesAreEqualWhenEveryFieldReadsTheSame()
    {
        var answered = DraftState.Empty(Framework.BANT) with
        {
            Answers = new Dictionary<string, CriterionAnswer> { ["need"] = new(CriterionState.Unknown) },
        };

        Assert.Equal(DraftState.Empty(Framework.BANT), answered);
        Assert.NotEqual(DraftState.Empty(Framework.BANT), DraftState.Empty(Framework.CHAMP));
    }
}
