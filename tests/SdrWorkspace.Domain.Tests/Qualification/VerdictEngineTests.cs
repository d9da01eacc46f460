using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Qualification;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Qualification;

public class VerdictEngineTests
{
    private static FrameworkVerdict Evaluate(Framework framework, AnswersBuilder answers) =>
        VerdictEngine.Evaluate(framework, Definitions.Default.RuleFor(framework), answers.Build());

    [Fact]
    public void BantThreeOfFourConfirmedPasses()
    {
        var verdict = Evaluate(Framework.BANT, AnswersBuilder.Empty.Confirmed("budget", "authority", "need"));

        Assert.Equal(VerdictOutcome.Qualified, verdict.Outcome);
        Assert.Equal("Qualified: Budget, Authority and Need confirmed, Timeline unknown: 3 of 4, needs 3", verdict.Reason);
        Assert.Equal((Framework.BANT, 3, 3, 4), (verdict.Framework, verdict.Confirmed, verdict.Needed, verdict.Total));
    }

    [Fact]
    public void BantTwoOfFourConfirmedDoesNotPass()
    {
        var verdict = Evaluate(Framework.BANT, AnswersBuilder.Empty.Confirmed("budget", "authority").Partial("need"));

        Assert.Equal(VerdictOutcome.Open, verdict.Outcome);
        Assert.Equal("Budget and Authority confirmed, Need partial, Timeline unknown: 2 of 4, needs 3", verdict.Reason);
        Assert.Equal(2, verdict.Confirmed);
    }

    [Fact]
    public void BantAllFourConfirmedPasses()
    {
        var verdict = Evaluate(Framework.BANT, AnswersBuilder.Empty.Confirmed("budget", "authority", "need", "timeline"));

        Assert.Equal(VerdictOutcome.Qualified, verdict.Outcome);
        Assert.Equal("Qualified: Budget, Authority, Need and Timeline confirmed: 4 of 4, needs 3", verdict.Reason);
    }

    [Fact]
    public void AnUnansweredFormIsOpen()
    {
        var verdict = Evaluate(Framework.BANT, AnswersBuilder.Empty);

        Assert.Equal(VerdictOutcome.Open, verdict.Outcome);
        Assert.Equal("Budget, Authority, Need and Timeline unknown: 0 of 4, needs 3", verdict.Reason);
    }

    [Fact]
    public void PartialAnswersDoNotCountAsConfirmed()
    {
        var verdict = Evaluate(Framework.BANT, AnswersBuilder.Empty.Confirmed("budget", "authority").Partial("need", "timeline"));

        Assert.Equal(VerdictOutcome.Open, verdict.Outcome);
    }

    [Fact]
    public void AnExplicitUnknownIsTheSameAsNoAnswer()
    {
        var explicitUnknown = Evaluate(Framework.BANT, AnswersBuilder.Empty.Confirmed("budget").Unknown("need", "timeline"));
        var unanswered = Evaluate(Framework.BANT, AnswersBuilder.Empty.Confirmed("budget"));

        Assert.Equal(unanswered, explicitUnknown);
    }

    [Fact]
    public void ADisqualifyingBudgetDisqualifiesEvenWithEverythingElseConfirmed()
    {
        var verdict = Evaluate(Framework.BANT, AnswersBuilder.Empty.Confirmed("authority", "need", "timeline").Disqualifying("budget"));

        Assert.Equal(VerdictOutcome.Disqualified, verdict.Outcome);
        Assert.Equal("Disqualified on Budget: Authority, Need and Timeline confirmed, Budget disqualifying", verdict.Reason);
    }

    [Fact]
    public void OnlyTheTimelineDisqualifyingMeansNurtureNotDisqualified()
    {
        var verdict = Evaluate(Framework.BANT, AnswersBuilder.Empty.Confirmed("budget", "authority", "need").Disqualifying("timeline"));

        Assert.Equal(VerdictOutcome.Nurture, verdict.Outcome);
        Assert.Equal(
            "Timeline rules it out for now, the rest may fit later: Budget, Authority and Need confirmed, Timeline disqualifying",
            verdict.Reason);
    }

    [Fact]
    public void TimingTogetherWithAnotherDisqualifyingCriterionDisqualifies()
    {
        var verdict = Evaluate(Framework.BANT, AnswersBuilder.Empty.Confirmed("authority").Disqualifying("budget", "timeline"));

        Assert.Equal(VerdictOutcome.Disqualified, verdict.Outcome);
        Assert.StartsWith("Disqualified on Budget and Timeline: ", verdict.Reason);
    }

    [Fact]
    public void MeddicPassesWithFiveConfirmedIncludingEconomicBuyerPainAndChampion()
    {
        var verdict = Evaluate(Framework.MEDDIC,
            AnswersBuilder.Empty.Confirmed("metrics", "economic_buyer", "decision_criteria", "identify_pain", "champion"));

        Assert.Equal(VerdictOutcome.Qualified, verdict.Outcome);
        Assert.Equal((5, 5, 6), (verdict.Confirmed, verdict.Needed, verdict.Total));
    }

    [Fact]
    public void MeddicWithFiveConfirmedButNoChampionIsOpen()
    {
        var verdict = Evaluate(Framework.MEDDIC,
            AnswersBuilder.Empty.Confirmed("metrics", "economic_buyer", "decision_criteria", "decision_process", "identify_pain").Partial("champion"));

        Assert.Equal(VerdictOutcome.Open, verdict.Outcome);
        Assert.Equal(
            "Metrics, Economic buyer, Decision criteria, Decision process and Identify pain confirmed, Champion partial: 5 of 6, needs 5; Champion must be confirmed",
            verdict.Reason);
    }

    [Fact]
    public void MeddicNamesEveryMissingRequiredCriterion()
    {
        var verdict = Evaluate(Framework.MEDDIC,
            AnswersBuilder.Empty.Confirmed("metrics", "decision_criteria", "decision_process", "champion").Partial("economic_buyer"));

        Assert.Equal(VerdictOutcome.Open, verdict.Outcome);
        Assert.EndsWith("; Economic buyer and Identify pain must be confirmed", verdict.Reason);
    }

    [Fact]
    public void MeddicWithEveryRequiredCriterionButOnlyFourConfirmedIsOpen()
    {
        var verdict = Evaluate(Framework.MEDDIC,
            AnswersBuilder.Empty.Confirmed("metrics", "economic_buyer", "identify_pain", "champion"));

        Assert.Equal(VerdictOutcome.Open, verdict.Outcome);
        Assert.Equal(
            "Metrics, Economic buyer, Identify pain and Champion confirmed, Decision criteria and Decision process unknown: 4 of 6, needs 5",
            verdict.Reason);
    }

    [Fact]
    public void MeddicOnlyTheDecisionProcessDisqualifyingMeansNurture()
    {
        var verdict = Evaluate(Framework.MEDDIC,
            AnswersBuilder.Empty.Confirmed("metrics", "economic_buyer", "identify_pain", "champion").Disqualifying("decision_process"));

        Assert.Equal(VerdictOutcome.Nurture, verdict.Outcome);
    }

    [Fact]
    public void MeddicADisqualifyingEconomicBuyerDisqualifies()
    {
        var verdict = Evaluate(Framework.MEDDIC, AnswersBuilder.Empty.Confirmed("identify_pain").Disqualifying("economic_buyer"));

        Assert.Equal(VerdictOutcome.Disqualified, verdict.Outcome);
        Assert.StartsWith("Disqualified on Economic buyer: ", verdict.Reason);
    }

    [Fact]
    public void ChampPassesWithChallengesAndTwoMoreConfirmed()
    {
        var verdict = Evaluate(Framework.CHAMP, AnswersBuilder.Empty.Confirmed("challenges", "authority", "money"));

        Assert.Equal(VerdictOutcome.Qualified, verdict.Outcome);
        Assert.Equal("Qualified: Challenges, Authority and Money confirmed, Prioritization unknown: 3 of 4, needs 3", verdict.Reason);
    }

    [Fact]
    public void ChampWithoutConfirmedChallengesIsOpenHoweverManyOthersAreConfirmed()
    {
        var verdict = Evaluate(Framework.CHAMP, AnswersBuilder.Empty.Confirmed("authority", "money", "prioritization").Partial("challenges"));

        Assert.Equal(VerdictOutcome.Open, verdict.Outcome);
        Assert.EndsWith("; Challenges must be confirmed", verdict.Reason);
    }

    [Fact]
    public void ChampOnlyPrioritizationDisqualifyingMeansNurture()
    {
        var verdict = Evaluate(Framework.CHAMP, AnswersBuilder.Empty.Confirmed("challenges", "authority", "money").Disqualifying("prioritization"));

        Assert.Equal(VerdictOutcome.Nurture, verdict.Outcome);
    }

    [Fact]
    public void ChampADisqualifyingMoneyDisqualifies()
    {
        var verdict = Evaluate(Framework.CHAMP, AnswersBuilder.Empty.Confirmed("challenges", "authority").Disqualifying("money"));

        Assert.Equal(VerdictOutcome.Disqualified, verdict.Outcome);
    }

    [Theory]
    [InlineData(Framework.BANT, "champion")]
    [InlineData(Framework.MEDDIC, "budget")]
    [InlineData(Framework.CHAMP, "Challenges")]
    public void AnUnknownCriterionKeyIsRefused(Framework framework, string key)
    {
        var error = Assert.Throws<DomainException>(() => Evaluate(framework, AnswersBuilder.Empty.Confirmed(key)));

        Assert.Equal($"{framework} has no criterion '{key}'.", error.Message);
    }

    [Fact]
    public void ARuleForAnotherFrameworkIsRefused()
    {
        Assert.Throws<ArgumentException>(() =>
            VerdictEngine.Evaluate(Framework.BANT, Definitions.Default.RuleFor(Framework.CHAMP), AnswersBuilder.Empty.Build()));
    }

    [Fact]
    public void ThePassRuleComesFromTheDefinition()
    {
        var strictBant = new FrameworkRule(Framework.BANT, MinConfirmed: 4, Required: ["budget"]);

        var verdict = VerdictEngine.Evaluate(Framework.BANT, strictBant,
            AnswersBuilder.Empty.Confirmed("budget", "authority", "need").Build());

        Assert.Equal(VerdictOutcome.Open, verdict.Outcome);
        Assert.Equal(4, verdict.Needed);
    }
}
