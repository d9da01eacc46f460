using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Bulk;
using SdrWorkspace.Web.Features.Leads;
using SdrWorkspace.Web.Tests.Reliability;

namespace SdrWorkspace.Web.Tests.Features.Bulk;

/// <summary>A bulk action while another writer (a large import) holds the database stops cleanly and says so.</summary>
public class BulkWhileBusyTests(BusyDatabaseTests.ImpatientWorkspace app) : IClassFixture<BusyDatabaseTests.ImpatientWorkspace>
{
    [Fact]
    public async Task ReassigningWhileTheDatabaseIsBusyStopsAtTheFirstLeadAndChangesNone()
    {
        var manager = await app.PrincipalOfAsync(DemoUsers.Manager);
        var sam = (await app.PrincipalOfAsync(DemoUsers.Sdr)).FindFirstValue(ClaimTypes.NameIdentifier)!;
        var alex = (await app.PrincipalOfAsync(DemoUsers.All.First(u => u.Email == "alex.chen@demo.local"))).FindFirstValue(ClaimTypes.NameIdentifier)!;
        var source = $"busy-bulk-{Guid.NewGuid():N}";
        await using (var db = app.CreateDbContext())
        {
            db.Leads.AddRange(Enumerable.Range(1, 3).Select(i =>
                new Lead(new NewLead($"{source}-{i}@example.com", "Busy", $"Lead {i}", Source: source, OwnerId: sam), "test", 1, DateTime.UtcNow)));
            await db.SaveChangesAsync();
        }
        var bulk = app.Services.GetRequiredService<BulkLeadActions>();
        var drawn = await bulk.MatchingAsync(manager, new LeadListFilter(Source: source));

        var outcome = await app.WhileAnotherWriterHoldsTheLockAsync(() => bulk.ReassignAsync(manager, drawn, alex));

        Assert.True(outcome.Stopped);
        Assert.Equal(0, outcome.Succeeded);
        Assert.Equal(drawn.Select(l => l.Name), Assert.Single(outcome.Failures).Names);
        Assert.Equal("The database was busy, so it stopped before changing any lead.", outcome.StoppedNote);
        await using var after = app.CreateDbContext();
        Assert.All(await after.Leads.Where(l => l.Source == source).Select(l => l.OwnerId).ToListAsync(), owner => Assert.Equal(sam, owner));
    }
}
