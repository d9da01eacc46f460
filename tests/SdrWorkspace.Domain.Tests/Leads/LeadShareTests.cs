using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Leads;

/// <summary>A manager sharing a lead with another SDR.</summary>
public class LeadShareTests
{
    [Fact]
    public void SharingRecordsWhoMaySeeTheLeadWhoSharedItAndWhen()
    {
        var lead = LeadBuilder.IcpFit().OwnedBy("sam").Build();

        lead.ShareWith("alex", "manager@demo.local", TestClock.Now);

        var share = Assert.Single(lead.Shares);
        Assert.Equal("alex", share.UserId);
        Assert.Equal("manager@demo.local", share.SharedBy);
        Assert.Equal(TestClock.Now, share.At);
        Assert.True(lead.IsSharedWith("alex"));
        Assert.False(lead.IsSharedWith("priya"));
    }

    [Fact]
    public void SharingTwiceWithTheSameUserKeepsOneShare()
    {
        var lead = LeadBuilder.IcpFit().OwnedBy("sam").Build();

        lead.ShareWith("alex", "manager", TestClock.Now);
        lead.ShareWith("alex", "manager", TestClock.Now.AddHours(1));

        Assert.Equal(TestClock.Now, Assert.Single(lead.Shares).At);
    }

    [Fact]
    public void SharingWithTheOwnerIsRefused()
    {
        var lead = LeadBuilder.IcpFit().OwnedBy("sam").Build();

        var refused = Assert.Throws<DomainException>(() => lead.ShareWith("sam", "manager", TestClock.Now));

        Assert.Contains("already belongs", refused.Message);
        Assert.Empty(lead.Shares);
    }

    [Fact]
    public void SharingWithNobodyIsRefused()
    {
        var lead = LeadBuilder.IcpFit().OwnedBy("sam").Build();

        Assert.Throws<DomainException>(() => lead.ShareWith(" ", "manager", TestClock.Now));
    }
}
