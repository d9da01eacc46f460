using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Dashboards;
using SdrWorkspace.Web.Features.Leads;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Data.Seeding;

/// <summary>The demo company looks like a real one to a newcomer: its ICP is there to find, and its reps book meetings.</summary>
[Collection(DemoWorkspaceCollection.Name)]
public class DemoCompanyRealismTests(DemoWorkspace app)
{
    [Fact]
    public async Task EveryIcpIndustryOfTheDefaultDefinitionIsAmongTheAccountsAndTheIndustryFilter()
    {
        var icp = DefaultDefinition.Create().Fit.Where(c => c.Attribute == FitAttribute.Industry).SelectMany(c => c.Matches).Select(m => m.Value!).ToList();

        var offered = await app.Services.GetRequiredService<LeadQueries>().IndustriesAsync();

        Assert.NotEmpty(icp);
        Assert.All(icp, industry => Assert.Contains(industry, offered));
        Assert.True(offered.Count > icp.Count, $"accounts outside the ICP too: {string.Join(", ", offered)}");
    }

    [Fact]
    public async Task EveryRepHasBookedMeetingsInTheDemoHistory()
    {
        var manager = await app.PrincipalOfAsync(DemoUsers.Manager);
        var history = new DashboardFilter(SdrWorkspaceFactory.Now.AddDays(-181), SdrWorkspaceFactory.Now.AddMinutes(1));
        await using var db = app.CreateDbContext();
        var owners = await db.Leads.Where(l => l.OwnerId != null).Select(l => l.OwnerId).Distinct().CountAsync();

        var reps = (await app.Services.GetRequiredService<DashboardQueries>().ReportAsync(manager, history)).Manager!.Reps;

        Assert.Equal(owners, reps.Count);
        Assert.All(reps, rep => Assert.True(rep.Meetings.Value > 0, $"{rep.Rep} booked no meeting"));
        Assert.True(await db.Touches.AnyAsync(t => t.Outcome == TouchOutcome.MeetingBooked && t.Channel == TouchChannel.Call));
    }
}
