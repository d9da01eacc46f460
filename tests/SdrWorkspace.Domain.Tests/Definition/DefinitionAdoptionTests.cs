using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Qualification;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Definition;

public class DefinitionAdoptionTests
{
    private static readonly QualificationDefinition Current = Definitions.Default;
    private static readonly QualificationDefinition Draft = Current with { Mql = Current.Mql with { MinEngagement = 20 } };

    [Fact]
    public void AnAdoptedDraftBecomesTheNextVersion()
    {
        var adopted = DefinitionAdoption.NextVersion(Draft, Current.Version, Current, "Webinar leads convert well");

        Assert.Equal(Current.Version + 1, adopted.Version);
        Assert.Equal(20, adopted.Mql.MinEngagement);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void AdoptingNeedsAReason(string? reason)
    {
        var error = Assert.Throws<DomainException>(() => DefinitionAdoption.NextVersion(Draft, Current.Version, Current, reason));

        Assert.Contains("reason", error.Message);
    }

    [Fact]
    public void ADraftFromAnOlderVersionIsRefusedSoAnAdoptionMeanwhileIsNotOverwritten()
    {
        var newer = Current with { Version = 2 };

        var error = Assert.Throws<DomainException>(() => DefinitionAdoption.NextVersion(Draft, 1, newer, "Tighter"));

        Assert.Contains("version 2 has been adopted since", error.Message);
    }

    [Fact]
    public void ADraftWithoutChangesIsNothingToAdopt()
    {
        Assert.Throws<DomainException>(() => DefinitionAdoption.NextVersion(Current with { }, Current.Version, Current, "Review"));
    }

    [Fact]
    public void AnUnsoundDraftIsRefusedWithWhatIsWrong()
    {
        var broken = Current with { Mql = Current.Mql with { MinFit = 140 }, Cadence = Current.Cadence with { MinTouches = 20 } };

        var error = Assert.Throws<DomainException>(() => DefinitionAdoption.NextVersion(broken, Current.Version, Current, "Oops"));

        Assert.Contains("minimum fit must be between 0 and 100", error.Message);
        Assert.Contains("Cadence", error.Message);
    }

    [Fact]
    public void TheDefaultDefinitionIsSound()
    {
        Assert.Empty(DefinitionValidation.Problems(Current));
    }

    [Fact]
    public void PriorityBandsMustBeInOrder()
    {
        var problems = DefinitionValidation.Problems(Current with { Priority = new(Hot: 40, Warm: 60) });

        Assert.Equal([new DefinitionProblem(DefinitionField.Priority, "Priority bands: Warm must be above 0 and below Hot, and Hot at most 100.")], problems);
    }

    [Fact]
    public void AFrameworkCannotNeedMoreConfirmedCriteriaThanItHas()
    {
        var rules = Current.Frameworks.Rules.Select(r => r.Framework == Framework.BANT ? r with { MinConfirmed = 5 } : r).ToList();

        var problems = DefinitionValidation.Problems(Current with { Frameworks = Current.Frameworks with { Rules = rules } });

        Assert.Equal([new DefinitionProblem(DefinitionField.FrameworkPass(Framework.BANT), "BANT: the pass rule must need between 1 and 4 confirmed criteria.")], problems);
    }

    [Fact]
    public void TheReviewIsDueAQuarterAfterTheLastOne()
    {
        var reviewed = TestClock.DaysAgo(89);

        Assert.False(DefinitionReview.IsDue(reviewed, TestClock.Now));
        Assert.True(DefinitionReview.IsDue(reviewed, TestClock.DaysFromNow(1)));
        Assert.Equal(reviewed.AddDays(90), DefinitionReview.DueAt(reviewed));
    }
}
