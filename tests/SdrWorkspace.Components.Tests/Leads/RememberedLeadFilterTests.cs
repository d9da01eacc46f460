using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Users;
using SdrWorkspace.Web.Features.Leads;
using SdrWorkspace.Web.Features.Shared;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Components.Tests.Leads;

/// <summary>The lead list opens with the filter its user last had, and keeps the one they set.</summary>
public class RememberedLeadFilterTests(ChangingWorkspace app) : WorkspaceComponentTest(app), IClassFixture<ChangingWorkspace>
{
    [Fact]
    public async Task TheListOpensWithTheFilterTheUserLastHad()
    {
        var (user, wanted, other) = await AddSdrWithTwoLeadsAsync();
        var principal = await SignInAsync(user);
        await App.Services.GetRequiredService<RememberedFilters>()
            .SetAsync(principal, RememberedFilters.Screens.Leads, new LeadListFilter(Text: wanted));
        RenderProviders();

        var page = Context.Render<LeadsPage>();

        page.WaitForAssertion(() => Assert.Equal([$"Rae {wanted}"], page.FindAll("a.lead-link").Select(a => a.TextContent)), TimeSpan.FromSeconds(10));
        Assert.Equal(wanted, page.Labelled("Find").GetAttribute("value"));
        Assert.DoesNotContain($"Rae {other}", page.Markup);
    }

    [Fact]
    public async Task TextTypedIntoTheListIsKeptForTheNextVisit()
    {
        var (user, wanted, _) = await AddSdrWithTwoLeadsAsync();
        var principal = await SignInAsync(user);
        RenderProviders();
        var page = Context.Render<LeadsPage>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("a.lead-link").Count), TimeSpan.FromSeconds(10));

        await page.Labelled("Find").InputAsync(new Microsoft.AspNetCore.Components.ChangeEventArgs { Value = wanted });
        Clock.Advance(TimeSpan.FromSeconds(1));

        page.WaitForAssertion(() => Assert.Single(page.FindAll("a.lead-link")), TimeSpan.FromSeconds(10));
        var kept = await App.Services.GetRequiredService<RememberedFilters>().GetAsync(principal, RememberedFilters.Screens.Leads, new LeadListFilter());
        Assert.Equal(wanted, kept.Text);
    }

    private async Task<(DemoUser User, string Wanted, string Other)> AddSdrWithTwoLeadsAsync()
    {
        var user = await App.AddUserAsync(Roles.Sdr);
        var id = (await App.PrincipalOfAsync(user)).FindFirstValue(ClaimTypes.NameIdentifier);
        var (wanted, other) = ($"Wanted{Guid.NewGuid().ToString("N")[..8]}", $"Other{Guid.NewGuid().ToString("N")[..8]}");
        await using var db = App.CreateDbContext();
        foreach (var last in new[] { wanted, other })
            db.Leads.Add(new Lead(new NewLead($"{last.ToLowerInvariant()}@example.com", "Rae", last, "VP of Sales", null, "Website", null, null, id),
                "test", 1, SdrWorkspaceFactory.Now));
        await db.SaveChangesAsync();
        return (user, wanted, other);
    }
}
