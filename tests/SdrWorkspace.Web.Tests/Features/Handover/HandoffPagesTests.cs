using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Web.Features.Mqls.Review;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Features.Handover;

/// <summary>Each hand-off screen opens for the roles it serves, with the demo data in it, and is refused to the others.</summary>
[Collection(DemoWorkspaceCollection.Name)]
public class HandoffPagesTests(DemoWorkspace app)
{
    public static TheoryData<DemoUser, string, string> OpenPages => new()
    {
        { DemoUsers.Sdr, "/mql-inbox", ">MQL inbox</h1>" },
        { DemoUsers.Manager, "/mql-inbox", ">MQL inbox</h1>" },
        { DemoUsers.Marketing, "/mql-review", ">MQL review</h1>" },
        { DemoUsers.Manager, "/mql-review", ">MQL review</h1>" },
        { DemoUsers.AccountExecutive, "/handovers", ">Handovers</h1>" },
        { DemoUsers.Manager, "/handovers", ">Handovers</h1>" },
        { DemoUsers.Manager, "/handover-breaches", ">Hand-off breaches</h1>" },
    };

    [Theory]
    [MemberData(nameof(OpenPages))]
    public async Task TheRolesAHandoffScreenServesCanOpenIt(DemoUser user, string path, string heading)
    {
        using var browser = await app.SignedInBrowserAsync(user);

        using var page = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(heading, await page.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("marketing@demo.local", "/mql-inbox")]
    [InlineData("sdr@demo.local", "/mql-review")]
    [InlineData("sdr@demo.local", "/handovers")]
    [InlineData("ae@demo.local", "/handover-breaches")]
    public async Task OtherRolesAreRefused(string email, string path)
    {
        using var browser = await app.SignedInBrowserAsync(DemoUsers.All.Single(u => u.Email == email));

        using var page = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/Account/AccessDenied", page.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task TheDemoAeHasHandoversWaitingAndMarketingHasQuestionsOnRejections()
    {
        using var ae = await app.SignedInBrowserAsync(DemoUsers.AccountExecutive);
        var marketing = await app.PrincipalOfAsync(DemoUsers.Marketing);

        var handovers = await ae.GetStringAsync("/handovers");
        // The review pages its MQLs, so a thread may sit on a later page than the first one rendered.
        var review = await app.Services.GetRequiredService<MqlReviewQueries>().ReportAsync(marketing, SdrWorkspaceFactory.Now.AddDays(-30));

        Assert.Contains("Pending", handovers);
        Assert.Contains(review.Rows, r => r.RejectionId is not null && r.Comments == 1);
    }
}
