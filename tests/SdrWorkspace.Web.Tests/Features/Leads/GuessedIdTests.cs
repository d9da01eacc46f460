using System.Net;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Leads;
using SdrWorkspace.Web.Features.Qualification;
using SdrWorkspace.Web.Features.Touches;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Features.Leads;

/// <summary>
/// An SDR who guesses the id of another SDR's lead, in a page address or a call, gets what a lead that does
/// not exist gives, and changes nothing; unless a manager shared the lead with them.
/// </summary>
public class GuessedIdTests(ChangingWorkspace app) : IClassFixture<ChangingWorkspace>
{
    private const int NoSuchLead = 987_654;

    [Fact]
    public async Task AnotherSdrsLeadPageLooksExactlyLikeALeadThatDoesNotExist()
    {
        var lead = await LeadOfAnotherSdrAsync();
        using var browser = await app.SignedInBrowserAsync(DemoUsers.Sdr);

        var guessed = await PageTextAsync(browser, $"/leads/{lead.Id}");
        var missing = await PageTextAsync(browser, $"/leads/{NoSuchLead}");

        Assert.Contains(">Lead not found</h1>", guessed);
        Assert.DoesNotContain(lead.Email, guessed, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(WebUtility.HtmlEncode(lead.LastName), guessed);
        // Only where an address names the lead: the same digits can occur in icon paths.
        Assert.Equal(MainContent(missing).Replace($"leads/{NoSuchLead}", "leads/ID"), MainContent(guessed).Replace($"leads/{lead.Id}", "leads/ID"));
    }

    [Fact]
    public async Task AnotherSdrsLeadCannotBeQualifiedOrTouchedOrExported()
    {
        var lead = await LeadOfAnotherSdrAsync();
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        using var browser = await app.SignedInBrowserAsync(DemoUsers.Sdr);
        var before = await CountsAsync(lead.Id);

        var qualify = await PageTextAsync(browser, $"/leads/{lead.Id}/qualify");
        var (draft, draftError) = await Service<QualificationService>().OpenAsync(sdr, lead.Id);
        var touch = await Service<TouchService>().LogAsync(sdr, lead.Id, TouchChannel.Call, TouchOutcome.NoAnswer);
        var plan = await Service<TouchService>().PlanNextActionAsync(sdr, lead.Id, SdrWorkspaceFactory.Now.AddDays(1), "guessed");
        var export = await browser.GetStringAsync("/leads/export.csv");

        Assert.Contains("does not exist or is not yours", qualify);
        Assert.Null(draft);
        Assert.NotNull(draftError);
        Assert.False(touch.Succeeded);
        Assert.False(plan.Succeeded);
        Assert.DoesNotContain(lead.Email, export, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await CountsAsync(lead.Id));
    }

    [Fact]
    public async Task TheSignInCookieOfAnSdrDoesNotOpenTheApiForAnyLead()
    {
        var lead = await LeadOfAnotherSdrAsync();
        using var browser = await app.SignedInBrowserAsync(DemoUsers.Sdr);

        using var read = await browser.GetAsync($"/api/v1/leads/{lead.Id}");
        using var code = await browser.PostAsync($"/api/v1/leads/{lead.Id}/dispositions",
            new StringContent("""{"code":"Unsubscribe"}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, read.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, code.StatusCode);
        await using var db = app.CreateDbContext();
        Assert.False((await db.Leads.SingleAsync(l => l.Id == lead.Id)).DoNotContact);
    }

    [Fact]
    public async Task ALeadAManagerSharedOpensAndCanBeWorkedByTheSdr()
    {
        var lead = await LeadOfAnotherSdrAsync(skip: 1);
        var manager = await app.PrincipalOfAsync(DemoUsers.Manager);
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);

        var shared = await Service<LeadSharing>().ShareAsync(manager, lead.Id, IdOf(sdr));
        using var browser = await app.SignedInBrowserAsync(DemoUsers.Sdr);
        var page = await PageTextAsync(browser, $"/leads/{lead.Id}");
        var touch = await Service<TouchService>().LogAsync(sdr, lead.Id, TouchChannel.Email, TouchOutcome.Sent, "Covering for a colleague");

        Assert.True(shared.Succeeded, shared.Error);
        Assert.Contains($">{WebUtility.HtmlEncode(lead.FirstName + " " + lead.LastName).Trim()}</h1>", page);
        Assert.True(touch.Succeeded, touch.Error);
        await using var db = app.CreateDbContext();
        Assert.True(await db.Touches.AnyAsync(t => t.LeadId == lead.Id && t.Note == "Covering for a colleague"));
        Assert.True(await db.LeadShares.AnyAsync(s => s.LeadId == lead.Id && s.UserId == IdOf(sdr) && s.SharedBy == DemoUsers.Manager.Email));
    }

    [Fact]
    public async Task OnlyAManagerCanShareALead()
    {
        var lead = await LeadOfAnotherSdrAsync(skip: 2);
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);

        var result = await Service<LeadSharing>().ShareAsync(sdr, lead.Id, IdOf(sdr));

        Assert.False(result.Succeeded);
        Assert.Equal("Only a manager can share leads.", result.Error);
        await using var db = app.CreateDbContext();
        Assert.False(await db.LeadShares.AnyAsync(s => s.LeadId == lead.Id));
    }

    private T Service<T>() where T : notnull => app.Services.GetRequiredService<T>();

    private static string IdOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;

    private async Task<Lead> LeadOfAnotherSdrAsync(int skip = 0)
    {
        var sdrId = IdOf(await app.PrincipalOfAsync(DemoUsers.Sdr));
        await using var db = app.CreateDbContext();
        return await db.Leads.AsNoTracking()
            .Where(l => l.OwnerId != null && l.OwnerId != sdrId && l.LastName != ""
                && (l.Stage == LifecycleStage.Lead || l.Stage == LifecycleStage.MQL) && !l.DoNotContact)
            .OrderBy(l => l.Id).Skip(skip).FirstAsync();
    }

    private async Task<(int Touches, int Assessments, int Changes)> CountsAsync(int leadId)
    {
        await using var db = app.CreateDbContext();
        return (await db.Touches.CountAsync(t => t.LeadId == leadId),
            await db.Assessments.CountAsync(a => a.LeadId == leadId),
            await db.StageChanges.CountAsync(s => s.LeadId == leadId));
    }

    private static async Task<string> PageTextAsync(HttpClient browser, string path)
    {
        using var response = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The page's main content, without the per-request markers (antiforgery, circuit state) around it.</summary>
    private static string MainContent(string html)
    {
        var start = html.IndexOf("<main", StringComparison.Ordinal);
        var end = html.IndexOf("</main>", StringComparison.Ordinal);
        var main = html[start..end];
        return System.Text.RegularExpressions.Regex.Replace(main, "<!--Blazor:[^>]*-->", "");
    }
}
