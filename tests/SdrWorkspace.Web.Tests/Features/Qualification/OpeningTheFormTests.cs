using System.Net;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Features.Qualification;

/// <summary>
/// Opening the qualification form (a plain GET, which prerenders the page) only reads: the draft is stored by
/// the first real edit. Whatever the address carries, the page answers normally.
/// </summary>
public class OpeningTheFormTests(ChangingWorkspace app) : IClassFixture<ChangingWorkspace>
{
    [Fact]
    public async Task OpeningTheQualifyPageStoresNoDraft()
    {
        var leadId = await UnqualifiedLeadOfTheSdrAsync(skip: 0);
        using var browser = await app.SignedInBrowserAsync(DemoUsers.Sdr);

        using var response = await browser.GetAsync($"/leads/{leadId}/qualify");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Budget", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await AssessmentsOfAsync(leadId));
    }

    [Theory]
    [InlineData("99")]
    [InlineData("-1")]
    [InlineData("bant%27%3Cscript%3E")]
    [InlineData("MEDDIC%00")]
    [InlineData("%F0%9F%92%A3")]
    public async Task AForgedFrameworkInTheAddressIsIgnored(string framework)
    {
        var leadId = await UnqualifiedLeadOfTheSdrAsync(skip: 1);
        using var browser = await app.SignedInBrowserAsync(DemoUsers.Sdr);

        using var response = await browser.GetAsync($"/leads/{leadId}/qualify?framework={framework}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Budget, Authority, Need, Timeline", html);
        Assert.Equal(0, await AssessmentsOfAsync(leadId));
    }

    private async Task<int> UnqualifiedLeadOfTheSdrAsync(int skip)
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var sdrId = sdr.FindFirstValue(ClaimTypes.NameIdentifier);
        await using var db = app.CreateDbContext();
        return await db.Leads.Where(l => l.OwnerId == sdrId && l.Stage == LifecycleStage.MQL && !db.Assessments.Any(a => a.LeadId == l.Id))
            .OrderByDescending(l => l.Id).Skip(skip).Select(l => l.Id).FirstAsync();
    }

    private async Task<int> AssessmentsOfAsync(int leadId)
    {
        await using var db = app.CreateDbContext();
        return await db.Assessments.CountAsync(a => a.LeadId == leadId);
    }
}
