using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Assignment;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Features.Assignment;

public class LeadAssignmentTests(ChangingWorkspace app) : IClassFixture<ChangingWorkspace>
{
    private LeadAssignment Assignment => app.Services.GetRequiredService<LeadAssignment>();

    [Fact]
    public async Task NewLeadsGoRoundRobinToActiveSdrsOnly()
    {
        await using var db = app.CreateDbContext();
        var inactive = await db.Users.Where(u => u.Email == "tom.becker@demo.local").Select(u => u.Id).SingleAsync();
        var newLeads = Enumerable.Range(0, 10)
            .Select(i => new Lead(new NewLead($"new.lead{i}@example.com", "New", $"Lead {i}"), "test", 1, SdrWorkspaceFactory.Now))
            .ToList();
        db.Leads.AddRange(newLeads);
        await db.SaveChangesAsync();

        await Assignment.AssignUnownedAsync();

        await using var check = app.CreateDbContext();
        var ids = newLeads.Select(l => l.Id).ToList();
        var owners = await check.Leads.Where(l => ids.Contains(l.Id)).OrderBy(l => l.Id).Select(l => l.OwnerId).ToListAsync();
        Assert.All(owners, Assert.NotNull);
        Assert.DoesNotContain(inactive, owners);
        // Five active SDRs share ten leads two each, in turn.
        Assert.All(owners.GroupBy(o => o), g => Assert.Equal(2, g.Count()));
        Assert.Equal(5, owners.Take(5).Distinct().Count());
    }

    [Fact]
    public async Task OnlyAManagerCanReassignALead()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var manager = await app.PrincipalOfAsync(DemoUsers.Manager);
        await using var db = app.CreateDbContext();
        var lead = await db.Leads.FirstAsync(l => l.OwnerId != null && l.OwnerId != IdOf(sdr));

        var bySdr = await Assignment.ReassignAsync(sdr, lead.Id, IdOf(sdr));
        var byManager = await Assignment.ReassignAsync(manager, lead.Id, IdOf(sdr));

        Assert.Equal("Only a manager can reassign leads.", bySdr.Error);
        Assert.True(byManager.Succeeded);
        await using var check = app.CreateDbContext();
        Assert.Equal(IdOf(sdr), (await check.Leads.FirstAsync(l => l.Id == lead.Id)).OwnerId);
    }

    private static string IdOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;
}
