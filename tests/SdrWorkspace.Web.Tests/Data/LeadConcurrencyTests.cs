using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Data.Identity;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Data;

/// <summary>Two people editing one lead: the second save from a stale copy fails instead of overwriting the first.</summary>
public sealed class LeadConcurrencyTests : IAsyncLifetime
{
    private static readonly DateTime Now = SdrWorkspaceFactory.Now;
    private readonly TemporaryDatabase _file = new();
    private int _leadId;

    public async Task InitializeAsync()
    {
        await using var db = _file.CreateContext();
        await db.Database.MigrateAsync();
        db.Users.AddRange(User("sdr-1"), User("sdr-2"));
        var lead = new Lead(new NewLead("pat.doe@example.com", "Pat", "Doe"), "test", 1, Now);
        db.Leads.Add(lead);
        await db.SaveChangesAsync();
        _leadId = lead.Id;
    }

    [Fact]
    public async Task TheSecondOfTwoConcurrentSavesFailsAndTheFirstIsKept()
    {
        await using var first = _file.CreateContext();
        await using var second = _file.CreateContext();
        var firstCopy = await first.Leads.SingleAsync(l => l.Id == _leadId);
        var secondCopy = await second.Leads.SingleAsync(l => l.Id == _leadId);
        firstCopy.AssignTo("sdr-1");
        secondCopy.AssignTo("sdr-2");

        await first.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        var saved = await ReloadAsync();
        Assert.Equal("sdr-1", saved.OwnerId);
        Assert.Equal(1, saved.Revision);
    }

    [Fact]
    public async Task EverySaveOfALeadBumpsItsRevision()
    {
        foreach (var owner in new[] { "sdr-1", "sdr-2" })
        {
            await using var db = _file.CreateContext();
            (await db.Leads.SingleAsync(l => l.Id == _leadId)).AssignTo(owner);
            await db.SaveChangesAsync();
        }

        var saved = await ReloadAsync();
        Assert.Equal("sdr-2", saved.OwnerId);
        Assert.Equal(2, saved.Revision);
    }

    private async Task<Lead> ReloadAsync()
    {
        await using var db = _file.CreateContext();
        return await db.Leads.AsNoTracking().SingleAsync(l => l.Id == _leadId);
    }

    private static AppUser User(string id) => new() { Id = id, UserName = id, DisplayName = id };

    public Task DisposeAsync()
    {
        _file.Dispose();
        return Task.CompletedTask;
    }
}
