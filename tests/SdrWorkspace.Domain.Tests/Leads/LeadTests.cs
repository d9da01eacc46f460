using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Leads;

public class LeadTests
{
    private static Lead Create(NewLead details) => new(details, "import", 2, TestClock.Now);

    [Fact]
    public void ANewLeadStartsAtLeadWithOneHistoryEntryFromNowhere()
    {
        var lead = Create(new NewLead("dana@acme.io", Source: "Webinar"));

        Assert.Equal(LifecycleStage.Lead, lead.Stage);
        var entry = Assert.Single(lead.StageHistory);
        Assert.Null(entry.From);
        Assert.Equal(LifecycleStage.Lead, entry.To);
        Assert.Equal("import", entry.Actor);
        Assert.Equal("Created from Webinar", entry.Reason);
        Assert.Equal(2, entry.DefinitionVersion);
        Assert.Equal(TestClock.Now, entry.At);
    }

    [Fact]
    public void ANewLeadRemembersWhenItWasCreatedAndStaged()
    {
        var lead = Create(new NewLead("dana@acme.io"));

        Assert.Equal(TestClock.Now, lead.CreatedAt);
        Assert.Equal(TestClock.Now, lead.StageChangedAt);
        Assert.Null(lead.ReactivationOn);
        Assert.Null(lead.DisqualificationReason);
        Assert.False(lead.DoNotContact);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("dana.acme.io")]
    public void ALeadNeedsAValidEmailAddress(string email)
    {
        var error = Assert.Throws<DomainException>(() => Create(new NewLead(email)));

        Assert.Equal("A lead needs a valid email address.", error.Message);
    }

    [Fact]
    public void TheEmailIsTrimmedAndLowerCasedSoDuplicatesMatch()
    {
        var lead = Create(new NewLead("  Dana.Reyes@Acme.IO "));

        Assert.Equal("dana.reyes@acme.io", lead.Email);
    }

    [Fact]
    public void ALeadWithoutASourceComesFromUnknown()
    {
        var lead = Create(new NewLead("dana@acme.io", Source: "  "));

        Assert.Equal("Unknown", lead.Source);
        Assert.Equal("Created from Unknown", lead.StageHistory[0].Reason);
    }

    [Fact]
    public void NamesAndTitleAreTrimmed()
    {
        var lead = Create(new NewLead("dana@acme.io", " Dana ", " Reyes ", " VP of Sales "));

        Assert.Equal("Dana Reyes", lead.FullName);
        Assert.Equal("VP of Sales", lead.Title);
    }

    [Fact]
    public void SeniorityAndFunctionAreReadFromTheTitle()
    {
        var lead = Create(new NewLead("dana@acme.io", Title: "Director of Marketing"));

        Assert.Equal(Seniority.Director, lead.Seniority);
        Assert.Equal(JobFunction.Marketing, lead.Function);
    }

    [Fact]
    public void TheFitProfileCombinesTheAccountAndThePersona()
    {
        var lead = LeadBuilder.IcpFit().Build();

        Assert.Equal(
            new FitProfile("Software", 500, null, Regions.NorthAmerica, Seniority.VP, JobFunction.Sales, BuyingRole.EconomicBuyer),
            lead.FitProfile);
    }

    [Fact]
    public void ALeadWithoutACompanyHasOnlyItsPersonaToFitOn()
    {
        var lead = LeadBuilder.FormFillWithoutCompany().WithTitle("VP of Sales").Build();

        var profile = lead.FitProfile;

        Assert.Null(profile.Industry);
        Assert.Null(profile.Employees);
        Assert.Null(profile.AnnualRevenue);
        Assert.Null(profile.Region);
        Assert.Equal(Seniority.VP, profile.Seniority);
    }

    [Fact]
    public void MarkingDoNotContactKeepsTheLead()
    {
        var lead = LeadBuilder.IcpFit().InStage(LifecycleStage.MQL).Build();

        lead.MarkDoNotContact();

        Assert.True(lead.DoNotContact);
        Assert.Equal(LifecycleStage.MQL, lead.Stage);
    }

    [Fact]
    public void ALeadCanBeAssignedAndUnassigned()
    {
        var lead = LeadBuilder.IcpFit().Build();

        lead.AssignTo("rep-7");
        var assigned = lead.OwnerId;
        lead.AssignTo(null);

        Assert.Equal("rep-7", assigned);
        Assert.Null(lead.OwnerId);
    }
}
