using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Domain.Leads;

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
