using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Qualification;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Qualification;

public class AssessmentTests
{
    private static readonly DateTime Later = TestClock.Now.AddMinutes(20);

    private static Lead LeadIn(LifecycleStage stage) => LeadBuilder.IcpFit().InStage(stage, TestClock.DaysAgo(2)).Build();

    private static AnswersBuilder QualifyingBant => AnswersBuilder.Empty.Confirmed("budget", "authority", "need");

    private static IReadOnlyList<StageChange> Complete(Assessment assessment, Lead lead, DateOnly? reactivationOn = null) =>
        assessment.Complete(lead, Definitions.Default, Assessments.ColleagueActor, Later, reactivationOn);

    [Theory]
    [InlineData(LifecycleStage.SQL, "The lead is already SQL: it has been handed to sales.")]
    [InlineData(LifecycleStage.Opportunity, "The lead is already Opportunity: it has been handed to sales.")]
    [InlineData(LifecycleStage.Disqualified, "The lead is disqualified: reopen it before qualifying it again.")]
    public void ALeadThatIsHandedOverOrDisqualifiedCannotBeQualified(LifecycleStage stage, string message)
    {
        var lead = LeadIn(stage);

        var error = Assert.Throws<DomainException>(() => Assessments.Start(lead));

        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData(LifecycleStage.Lead)]
    [InlineData(LifecycleStage.MQL)]
    [InlineData(LifecycleStage.SAL)]
    [InlineData(LifecycleStage.Nurture)]
    public void ALeadStillWithTheSdrCanBeQualified(LifecycleStage stage)
    {
        var assessment = Assessments.Start(LeadIn(stage), Framework.MEDDIC);

        Assert.Equal(AssessmentStatus.Draft, assessment.Status);
        Assert.Equal(Framework.MEDDIC, assessment.Framework);
        Assert.Empty(assessment.Answers);
        Assert.Equal((Assessments.Sdr, TestClock.Now), (assessment.StartedBy, assessment.StartedAt));
        Assert.Equal((Assessments.Sdr, TestClock.Now), (assessment.UpdatedBy, assessment.UpdatedAt));
    }

    [Fact]
    public void AnAnswerKeepsItsStateEvidenceAndWhoGaveIt()
    {
        var assessment = Assessments.Start(LeadIn(LifecycleStage.MQL));

        assessment.Answer("budget", CriterionState.Confirmed, "40k set aside for Q3", Assessments.Colleague, Later);

        Assert.Equal(new CriterionAnswer(CriterionState.Confirmed, "40k set aside for Q3"), assessment.AnswerTo("budget"));
        Assert.Equal((Assessments.Colleague, Later), (assessment.UpdatedBy, assessment.UpdatedAt));
    }

    [Fact]
    public void AnswersAreStoredAsJsonThatReadsBackTheSame()
    {
        var assessment = Assessments.Answered(LeadIn(LifecycleStage.MQL), Framework.BANT, QualifyingBant.Disqualifying("timeline"));

        Assert.Contains("\"Disqualifying\"", assessment.AnswersJson);
        Assert.Equal(CriterionState.Disqualifying, assessment.AnswerTo("timeline").State);
        Assert.Equal(4, assessment.Answers.Count);
    }

    [Fact]
    public void AnUnansweredCriterionIsUnknown()
    {
        var assessment = Assessments.Start(LeadIn(LifecycleStage.MQL));

        Assert.Equal(new CriterionAnswer(CriterionState.Unknown), assessment.AnswerTo("need"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void BlankEvidenceIsStoredAsNone(string? evidence)
    {
        var assessment = Assessments.Start(LeadIn(LifecycleStage.MQL));

        assessment.Answer("need", CriterionState.Partial, evidence, Assessments.Sdr, Later);

        Assert.Null(assessment.AnswerTo("need").Evidence);
    }

    [Fact]
    public void ACriterionOfAnotherFrameworkIsRefused()
    {
        var assessment = Assessments.Start(LeadIn(LifecycleStage.MQL), Framework.BANT);

        var error = Assert.Throws<DomainException>(() =>
            assessment.Answer("champion", CriterionState.Confirmed, null, Assessments.Sdr, Later));

        Assert.Equal("BANT has no criterion 'champion'.", error.Message);
        Assert.Empty(assessment.Answers);
    }

    [Fact]
    public void EvidenceUpToTheLimitIsKept()
    {
        var assessment = Assessments.Start(LeadIn(LifecycleStage.MQL));
        var evidence = new string('e', Assessment.EvidenceMaxLength);

        assessment.Answer("need", CriterionState.Confirmed, evidence, Assessments.Sdr, Later);

        Assert.Equal(evidence, assessment.AnswerTo("need").Evidence);
    }

    [Fact]
    public void EvidenceBeyondTheLimitIsRefused()
    {
        var assessment = Assessments.Start(LeadIn(LifecycleStage.MQL));

        var error = Assert.Throws<DomainException>(() => assessment.Answer(
            "need", CriterionState.Confirmed, new string('e', Assessment.EvidenceMaxLength + 1), Assessments.Sdr, Later));

        Assert.Equal("Evidence is limited to 4000 characters.", error.Message);
    }

    [Fact]
    public void NotesAreKeptWithWhoWroteThem()
    {
        var assessment = Assessments.Start(LeadIn(LifecycleStage.MQL));

        assessment.WriteNotes("Renewal with the incumbent in June", Assessments.Colleague, Later);

        Assert.Equal("Renewal with the incumbent in June", assessment.Notes);
        Assert.Equal((Assessments.Colleague, Later), (assessment.UpdatedBy, assessment.UpdatedAt));
    }

    [Fact]
    public void BlankNotesAreStoredAsNone()
    {
        var assessment = Assessments.Start(LeadIn(LifecycleStage.MQL));
        assessment.WriteNotes("Call back", Assessments.Sdr, TestClock.Now);

        assessment.WriteNotes("  ", Assessments.Sdr, Later);

        Assert.Null(assessment.Notes);
    }

    [Fact]
    public void NotesBeyondTheLimitAreRefused()
    {
        var assessment = Assessments.Start(LeadIn(LifecycleStage.MQL));

        var error = Assert.Throws<DomainException>(() =>
            assessment.WriteNotes(new string('n', Assessment.NotesMaxLength + 1), Assessments.Sdr, Later));

        Assert.Equal("Notes are limited to 20000 characters.", error.Message);
    }

    [Fact]
    public void SwitchingFrameworkKeepsTheAnswersToSharedCriteriaAndDropsTheRest()
    {
        var assessment = Assessments.Answered(LeadIn(LifecycleStage.MQL), Framework.BANT,
            AnswersBuilder.Empty.Confirmed("budget", "authority").Partial("need"));

        assessment.SwitchTo(Framework.CHAMP, Assessments.Colleague, Later);

        Assert.Equal(Framework.CHAMP, assessment.Framework);
        Assert.Equal(["authority"], assessment.Answers.Keys);
        Assert.Equal(CriterionState.Confirmed, assessment.AnswerTo("authority").State);
        Assert.Equal((Assessments.Colleague, Later), (assessment.UpdatedBy, assessment.UpdatedAt));
    }

    [Fact]
    public void SwitchingToTheSameFrameworkChangesNothing()
    {
        var assessment = Assessments.Answered(LeadIn(LifecycleStage.MQL), Framework.BANT, QualifyingBant);

        assessment.SwitchTo(Framework.BANT, Assessments.Colleague, Later);

        Assert.Equal(3, assessment.Answers.Count);
        Assert.Equal((Assessments.Sdr, TestClock.Now), (assessment.UpdatedBy, assessment.UpdatedAt));
    }

    [Fact]
    public void TheVerdictIsTheFrameworksRuleAppliedToTheAnswers()
    {
        var assessment = Assessments.Answered(LeadIn(LifecycleStage.MQL), Framework.CHAMP,
            AnswersBuilder.Empty.Confirmed("authority", "money", "prioritization"));

        var verdict = assessment.Verdict(Definitions.Default);

        Assert.Equal(VerdictOutcome.Open, verdict.Outcome);
        Assert.EndsWith("; Challenges must be confirmed", verdict.Reason);
    }

    [Fact]
    public void AnUndecidedQualificationCannotBeFinished()
    {
        var lead = LeadIn(LifecycleStage.MQL);
        var assessment = Assessments.Answered(lead, Framework.BANT, AnswersBuilder.Empty.Confirmed("budget"));

        var error = Assert.Throws<DomainException>(() => Complete(assessment, lead));

        Assert.Equal("Not decided yet: Budget confirmed, Authority, Need and Timeline unknown: 1 of 4, needs 3.", error.Message);
        Assert.Equal(AssessmentStatus.Draft, assessment.Status);
        Assert.Equal(LifecycleStage.MQL, lead.Stage);
    }

    [Fact]
    public void AQualifiedLeadBecomesAnSqlWithTheVerdictAsReason()
    {
        var lead = LeadIn(LifecycleStage.Lead);
        var assessment = Assessments.Answered(lead, Framework.BANT, QualifyingBant);

        var changes = Complete(assessment, lead);

        var change = Assert.Single(changes);
        Assert.Equal((LifecycleStage.Lead, LifecycleStage.SQL), (change.From, change.To));
        Assert.Equal("BANT Qualified: Budget, Authority and Need confirmed, Timeline unknown: 3 of 4, needs 3", change.Reason);
        Assert.Equal((Assessments.Colleague, Later, 1), (change.Actor, change.At, change.DefinitionVersion));
        Assert.Equal(LifecycleStage.SQL, lead.Stage);
    }

    [Fact]
    public void AQualifiedMqlIsAcceptedOnTheWayToSql()
    {
        var lead = LeadIn(LifecycleStage.MQL);
        var assessment = Assessments.Answered(lead, Framework.BANT, QualifyingBant);

        var changes = Complete(assessment, lead);

        Assert.Equal(
            [(LifecycleStage.MQL, LifecycleStage.SAL, "Accepted on the qualification call"), (LifecycleStage.SAL, LifecycleStage.SQL, changes[1].Reason)],
            changes.Select(c => (c.From, c.To, c.Reason)));
        Assert.StartsWith("BANT Qualified: ", changes[1].Reason);
        Assert.Equal(LifecycleStage.SQL, lead.Stage);
    }

    [Fact]
    public void AQualifiedSalGoesStraightToSql()
    {
        var lead = LeadIn(LifecycleStage.SAL);
        var assessment = Assessments.Answered(lead, Framework.BANT, QualifyingBant);

        var change = Assert.Single(Complete(assessment, lead));

        Assert.Equal((LifecycleStage.SAL, LifecycleStage.SQL), (change.From, change.To));
    }

    [Fact]
    public void AQualifiedNurtureLeadIsReactivatedOnTheWayToSql()
    {
        var lead = LeadIn(LifecycleStage.Nurture);
        var assessment = Assessments.Answered(lead, Framework.BANT, QualifyingBant);

        var changes = Complete(assessment, lead);

        Assert.Equal(
            [(LifecycleStage.Nurture, LifecycleStage.Lead, "Reactivated on a qualification call"), (LifecycleStage.Lead, LifecycleStage.SQL, changes[1].Reason)],
            changes.Select(c => (c.From, c.To, c.Reason)));
        Assert.Equal(LifecycleStage.SQL, lead.Stage);
        Assert.Null(lead.ReactivationOn);
    }

    [Fact]
    public void ADisqualifiedLeadKeepsTheReasonAndTheDisqualifyingEvidence()
    {
        var lead = LeadIn(LifecycleStage.MQL);
        var assessment = Assessments.Answered(lead, Framework.BANT, AnswersBuilder.Empty.Confirmed("authority", "need"));
        assessment.Answer("budget", CriterionState.Disqualifying, "No budget until 2027", Assessments.Sdr, TestClock.Now);

        var change = Assert.Single(Complete(assessment, lead));

        Assert.Equal(LifecycleStage.Disqualified, change.To);
        Assert.Equal(
            "BANT Disqualified on Budget: Authority and Need confirmed, Timeline unknown, Budget disqualifying (Budget: No budget until 2027)",
            change.Reason);
        Assert.Equal(change.Reason, lead.DisqualificationReason);
    }

    [Fact]
    public void BadTimingAloneNurturesTheLeadUntilTheGivenDate()
    {
        var lead = LeadIn(LifecycleStage.SAL);
        var assessment = Assessments.Answered(lead, Framework.BANT, QualifyingBant);
        assessment.Answer("timeline", CriterionState.Disqualifying, "Locked into a contract until autumn", Assessments.Sdr, TestClock.Now);
        var reactivation = new DateOnly(2025, 10, 1);

        var change = Assert.Single(Complete(assessment, lead, reactivation));

        Assert.Equal(LifecycleStage.Nurture, change.To);
        Assert.StartsWith("BANT Timeline rules it out for now", change.Reason);
        Assert.EndsWith("(Timeline: Locked into a contract until autumn)", change.Reason);
        Assert.Equal(reactivation, lead.ReactivationOn);
    }

    [Fact]
    public void BadTimingWithoutADateNurturesForTheDefinitionsNurtureMonths()
    {
        var lead = LeadIn(LifecycleStage.MQL);
        var assessment = Assessments.Answered(lead, Framework.BANT, QualifyingBant.Disqualifying("timeline"));

        Complete(assessment, lead);

        Assert.Equal(LifecycleStage.Nurture, lead.Stage);
        Assert.Equal(TestClock.Today.AddMonths(Definitions.Default.Cadence.NurtureMonths), lead.ReactivationOn);
        Assert.Equal(new DateOnly(2025, 7, 12), lead.ReactivationOn);
    }

    [Fact]
    public void ALeadAlreadyInNurtureCannotBeNurturedAgain()
    {
        var lead = LeadIn(LifecycleStage.Nurture);
        var assessment = Assessments.Answered(lead, Framework.BANT, QualifyingBant.Disqualifying("timeline"));

        var error = Assert.Throws<DomainException>(() => Complete(assessment, lead));

        Assert.Equal("The lead is already in nurture.", error.Message);
        Assert.Equal(AssessmentStatus.Draft, assessment.Status);
    }

    [Fact]
    public void FinishingRecordsTheOutcomeWhoFinishedAndWhen()
    {
        var lead = LeadIn(LifecycleStage.MQL);
        var assessment = Assessments.Answered(lead, Framework.BANT, QualifyingBant);
        var definition = Definitions.Default with { Version = 4 };

        assessment.Complete(lead, definition, Assessments.ColleagueActor, Later);

        Assert.Equal(AssessmentStatus.Completed, assessment.Status);
        Assert.Equal(VerdictOutcome.Qualified, assessment.Outcome);
        Assert.Equal("Qualified: Budget, Authority and Need confirmed, Timeline unknown: 3 of 4, needs 3", assessment.VerdictReason);
        Assert.Equal((Assessments.Colleague, Later), (assessment.CompletedBy, assessment.CompletedAt));
        Assert.Equal(4, assessment.DefinitionVersion);
    }

    [Fact]
    public void AFinishedQualificationRefusesEveryChange()
    {
        var lead = LeadIn(LifecycleStage.MQL);
        var assessment = Assessments.Answered(lead, Framework.BANT, QualifyingBant);
        Complete(assessment, lead);

        Action[] changes =
        [
            () => assessment.Answer("timeline", CriterionState.Confirmed, null, Assessments.Sdr, Later),
            () => assessment.WriteNotes("One more thing", Assessments.Sdr, Later),
            () => assessment.SwitchTo(Framework.CHAMP, Assessments.Sdr, Later),
            () => Complete(assessment, lead),
        ];

        Assert.All(changes, change => Assert.Equal(
            "This qualification is finished; start a new one to change it.", Assert.Throws<DomainException>(change).Message));
        Assert.Equal(3, assessment.Answers.Count);
    }
}
