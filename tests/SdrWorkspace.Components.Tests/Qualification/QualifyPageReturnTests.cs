using System.Security.Claims;
using Bunit.JSInterop;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Qualification;
using SdrWorkspace.Web.Features.Qualification;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Components.Tests.Qualification;

/// <summary>Qualification opened from the call view goes back to it; an address that could lead elsewhere is ignored.</summary>
public class QualifyPageReturnTests(ChangingWorkspace app) : WorkspaceComponentTest(app), IClassFixture<ChangingWorkspace>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private async Task<(IRenderedComponent<QualifyPage> Page, int LeadId)> OpenAsync(string? returnTo, bool withoutCompany = false)
    {
        var sdr = await SignInAsync(DemoUsers.Sdr);
        var leadId = withoutCompany
            ? await App.AddMqlAsync(sdr.FindFirstValue(ClaimTypes.NameIdentifier)!)
            : await UnqualifiedMqlOfAsync(sdr.FindFirstValue(ClaimTypes.NameIdentifier)!);
        Context.JSInterop.SetupModule("/assets/js/drafts.js").Mode = JSRuntimeMode.Loose;
        RenderProviders();
        return (Render(leadId, returnTo), leadId);
    }

    /// <summary>The page at its address, as the call view opens it: the return address is in the query.</summary>
    private IRenderedComponent<QualifyPage> Render(int leadId, string? returnTo)
    {
        Context.Services.GetRequiredService<NavigationManager>()
            .NavigateTo($"/leads/{leadId}/qualify{(returnTo is null ? "" : $"?returnTo={Uri.EscapeDataString(returnTo)}")}");
        var page = Context.Render<QualifyPage>(p => p.Add(q => q.Id, leadId));
        page.WaitForElement("form.qualify-form[data-ready=true]", Patience);
        return page;
    }

    private async Task<int> UnqualifiedMqlOfAsync(string ownerId)
    {
        await using var db = App.CreateDbContext();
        return await db.Leads
            .Where(l => l.OwnerId == ownerId && l.Stage == LifecycleStage.MQL && l.AccountId != null && !db.Assessments.Any(a => a.LeadId == l.Id))
            .OrderBy(l => l.Id).Select(l => l.Id).FirstAsync();
    }

    private static string BackLink(IRenderedComponent<QualifyPage> page) => page.Find(".mud-breadcrumbs a").GetAttribute("href")!;

    [Fact]
    public async Task OpenedFromTheCallViewTheWayBackIsTheCallView()
    {
        var (page, _) = await OpenAsync("/calling?since=2026-11-23T09:00:00.0000000Z&skip=12");

        Assert.Equal("/calling?since=2026-11-23T09:00:00.0000000Z&skip=12", BackLink(page));
        Assert.Contains("Back to calling", page.Find(".mud-breadcrumbs").TextContent);
    }

    [Theory]
    [InlineData("//evil.example/phish")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    [InlineData("javascript:alert(1)")]
    public async Task AReturnAddressOutsideTheAppIsIgnored(string hostile)
    {
        var (page, leadId) = await OpenAsync(hostile);

        Assert.Equal($"leads/{leadId}", BackLink(page));
    }

    [Fact]
    public async Task FinishingReturnsToTheCallView()
    {
        var sdr = await SignInAsync(DemoUsers.Sdr);
        var leadId = await UnqualifiedMqlOfAsync(sdr.FindFirstValue(ClaimTypes.NameIdentifier)!);
        var qualification = App.Services.GetRequiredService<QualificationService>();
        var opened = (await qualification.OpenAsync(sdr, leadId)).Draft!;
        var confirmed = new[] { "budget", "authority", "need", "timeline" }.ToDictionary(k => k, _ => new CriterionAnswer(CriterionState.Confirmed, "Said so on the call"));
        Assert.NotNull((await qualification.SaveAsync(sdr, opened, opened.State with { Framework = Framework.BANT, Answers = confirmed })).Draft);
        Context.JSInterop.SetupModule("/assets/js/drafts.js").Mode = JSRuntimeMode.Loose;
        RenderProviders();
        var page = Render(leadId, "/calling?skip=5");

        await page.Find(".finish-bar button.mud-button-filled").ClickAsync(new());

        var navigation = Context.Services.GetRequiredService<NavigationManager>();
        page.WaitForAssertion(() => Assert.EndsWith("/calling?skip=5", navigation.Uri), Patience);
    }

    [Fact]
    public async Task ALeadWithoutACompanyIsNamedByNameAlone()
    {
        var (page, leadId) = await OpenAsync(null, withoutCompany: true);
        await using var db = App.CreateDbContext();
        var lead = await db.Leads.SingleAsync(l => l.Id == leadId);

        Assert.Equal($"Qualify {lead.FullName}", page.Find("h1").TextContent);
    }
}
