using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Domain.Qualification;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Web.Features.DefinitionEditor;

namespace SdrWorkspace.Web.Tests.Features.DefinitionEditor;

/// <summary>The editor's fields describe the definition they were filled from, and say what is wrong when they cannot.</summary>
public class DefinitionFormTests
{
    private static readonly QualificationDefinition Default = DefaultDefinition.Create();

    [Fact]
    public void UntouchedFieldsGiveBackTheSameDefinition()
    {
        var (definition, problems) = DefinitionForm.From(Default).ToDefinition();

        Assert.Empty(problems);
        Assert.Empty(DefinitionDiff.Between(Default, definition!));
    }

    [Fact]
    public void EditedFieldsBecomeTheDraftsSettings()
    {
        var form = DefinitionForm.From(Default);
        form.MinEngagement = 15;
        var industry = form.Fit.Single(f => f.Attribute == FitAttribute.Industry);
        industry.Values.Clear();
        industry.Add("Software", 1);
        industry.Add(" Healthcare ", 0.5);
        form.Fit.Single(f => f.Attribute == FitAttribute.Employees).Ranges = "100-2000";
        form.Fit.Single(f => f.Attribute == FitAttribute.Seniority).Add("IndividualContributor", 0.2);
        form.HandRaises = [EngagementSignal.DemoRequest, EngagementSignal.PricingPageVisit];
        form.Frameworks.Single(f => f.Framework == Framework.MEDDIC).Required = ["champion"];
        form.Dispositions.Single(d => d.Code == DispositionCode.Referral).Stage = StageEffect.Nurture;

        var (definition, problems) = form.ToDefinition();

        Assert.Empty(problems);
        Assert.Equal(15, definition!.Mql.MinEngagement);
        Assert.Equal([new FitMatch("Software"), new FitMatch("Healthcare", Share: 0.5)], definition.Fit.Single(f => f.Attribute == FitAttribute.Industry).Matches);
        Assert.Equal([new FitMatch(Min: 100, Max: 2000)], definition.Fit.Single(f => f.Attribute == FitAttribute.Employees).Matches);
        Assert.Equal(new FitMatch("IndividualContributor", Share: 0.2), definition.Fit.Single(f => f.Attribute == FitAttribute.Seniority).Matches[^1]);
        Assert.Equal([EngagementSignal.DemoRequest, EngagementSignal.PricingPageVisit], definition.Mql.HandRaises);
        Assert.Equal(["champion"], definition.RuleFor(Framework.MEDDIC).Required);
        Assert.Equal(StageEffect.Nurture, definition.Disposition(DispositionCode.Referral).Stage);
    }

    [Fact]
    public void UnreadableIcpValuesAreNamedAndGiveNoDefinition()
    {
        var form = DefinitionForm.From(Default);
        form.Fit.Single(f => f.Attribute == FitAttribute.Employees).Ranges = "fifty to many";
        form.Fit.Single(f => f.Attribute == FitAttribute.AnnualRevenue).Ranges = "1000-:half";

        var (definition, problems) = form.ToDefinition();

        Assert.Null(definition);
        Assert.Equal(
            [
                new DefinitionProblem(DefinitionField.FitMatches(FitAttribute.Employees), "ICP fit, Employees: \"fifty to many\" is not a range such as 50-5000."),
                new DefinitionProblem(DefinitionField.FitMatches(FitAttribute.AnnualRevenue), "ICP fit, Annual revenue: \"1000-:half\" has a share that is not a number (write 0.5 for half)."),
            ],
            problems);
    }

    [Fact]
    public void AnUnsoundSettingIsReportedWithTheDefinition()
    {
        var form = DefinitionForm.From(Default);
        form.MinTouches = 20;

        var (definition, problems) = form.ToDefinition();

        Assert.NotNull(definition);
        Assert.Equal([new DefinitionProblem(DefinitionField.CadenceTouches, "Cadence: between 1 and 100 touches, and the minimum no more than the maximum.")], problems);
    }

    [Fact]
    public void AValueAddedTwiceIsKeptOnceWithItsLatestShare()
    {
        var row = DefinitionForm.From(Default).Fit.Single(f => f.Attribute == FitAttribute.Seniority);

        row.Add("manager", 0.6);
        row.Add("   ", 1);

        Assert.Equal(4, row.Values.Count);
        Assert.Equal(0.6, row.Values.Single(m => m.IsMatch("Manager")).Share);
    }
}
