using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Qualification;
using SdrWorkspace.Domain.Scoring;

namespace SdrWorkspace.Domain.Tests.Common;

public class LabelsTests
{
    [Fact]
    public void EnumNamesReadAsWords()
    {
        Assert.Equal("Economic buyer", Labels.Of(BuyingRole.EconomicBuyer));
        Assert.Equal("Revenue operations", Labels.Of(JobFunction.RevenueOperations));
        Assert.Equal("Meeting requested", Labels.Of(DispositionCode.MeetingRequested));
    }

    [Fact]
    public void AcronymsAndSpecialNamesKeepTheirForm()
    {
        Assert.Equal("C-level", Labels.Of(Seniority.CLevel));
        Assert.Equal("VP", Labels.Of(Seniority.VP));
        Assert.Equal("IT", Labels.Of(JobFunction.IT));
        Assert.Equal("Not ICP", Labels.Of(DispositionCode.NotIcp));
        Assert.Equal("MQL", Labels.Of(LifecycleStage.MQL));
    }
}

/// <summary>Every identifier a definition stores has a name a person reads, never the identifier itself.</summary>
public class DefinitionLabelsTests
{
    private static readonly Type[] DefinitionEnums =
    [
        typeof(FitAttribute), typeof(Seniority), typeof(JobFunction), typeof(BuyingRole), typeof(EngagementSignal), typeof(Framework),
        typeof(DispositionCode), typeof(StageEffect), typeof(CadenceEffect), typeof(ContactEffect),
    ];

    public static TheoryData<Enum> EveryDefinitionValue()
    {
        var data = new TheoryData<Enum>();
        foreach (var value in DefinitionEnums.SelectMany(t => Enum.GetValues(t).Cast<Enum>()))
            data.Add(value);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryDefinitionValue))]
    public void EveryEnumValueOfADefinitionReadsAsWords(Enum value)
    {
        var label = Labels.Of(value);

        Assert.False(string.IsNullOrWhiteSpace(label));
        Assert.DoesNotContain('_', label);
        Assert.True(char.IsUpper(label[0]), $"\"{label}\" should start a sentence");
        // Words have a space between them: no lower-case letter runs straight into a capital ("DemoRequest").
        Assert.DoesNotMatch("[a-z][A-Z]", label);
    }

    [Fact]
    public void EveryFrameworkCriterionKeyHasItsName()
    {
        foreach (var framework in Enum.GetValues<Framework>())
        {
            foreach (var criterion in FrameworkCatalogue.Criteria(framework))
            {
                Assert.Equal(criterion.Name, FrameworkCatalogue.NameOf(framework, criterion.Key));
                Assert.DoesNotContain('_', criterion.Name);
            }
        }
        Assert.Equal("Economic buyer", FrameworkCatalogue.NameOf(Framework.MEDDIC, "economic_buyer"));
    }

    [Fact]
    public void IdentifiersAndSettingNamesReadAsASentence()
    {
        Assert.Equal("Economic buyer", Labels.Of("economic_buyer"));
        Assert.Equal("Min engagement", Labels.Of("minEngagement"));
        Assert.Equal("Demo request", Labels.Of(EngagementSignal.DemoRequest));
        Assert.Equal("Form submitted", Labels.Of(EngagementSignal.FormSubmit));
        Assert.Equal("Pause until date", Labels.Of(CadenceEffect.PauseUntilDate));
        Assert.Equal("BANT", Labels.Of(Framework.BANT));
        Assert.Equal("North America", Labels.Of(Regions.NorthAmerica));
    }
}
