using System.Diagnostics;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Leads;
using SdrWorkspace.Web.Features.Search;
using SdrWorkspace.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SdrWorkspace.Web.Tests.Features.Search;

/// <summary>The app bar's search and the lists' text filter over the real database: what each role finds, and text taken literally.</summary>
public class SearchQueriesTests(ChangingWorkspace app, ITestOutputHelper output) : IClassFixture<ChangingWorkspace>
{
    private SearchQueries Search => app.Services.GetRequiredService<SearchQueries>();

    [Fact]
    public async Task AnSdrFindsTheirOwnLeadByCompanyAndNotAnotherSdrsLeadThere()
    {
        var company = Unique("Zephyrine");
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var other = await app.PrincipalOfAsync(DemoUsers.All.First(u => u.Email.StartsWith("alex.chen")));
        var mine = await AddLeadAsync(company, "Quinn", "Mine", IdOf(sdr));
        var theirs = await AddLeadAsync(company, "Quinn", "Theirs", IdOf(other));

        var found = await Search.FindAsync(sdr, company.ToUpperInvariant());

        Assert.Equal([mine], found.Leads.Select(l => l.Id));
        var account = Assert.Single(found.Accounts);
        Assert.Equal(1, account.Leads);
        var hit = found.Leads[0];
        Assert.Equal((LifecycleStage.Lead, "Sam Rivera", company), (hit.Stage, hit.OwnerName, hit.Company));
        Assert.Contains(theirs, (await Search.FindAsync(other, company)).Leads.Select(l => l.Id));
    }

    [Theory]
    [InlineData("manager@demo.local")]
    [InlineData("marketing@demo.local")]
    [InlineData("admin@demo.local")]
    public async Task ThoseWhoSeeEveryLeadFindEveryOwnersLeads(string email)
    {
        var company = Unique("Borealis");
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var other = await app.PrincipalOfAsync(DemoUsers.All.First(u => u.Email.StartsWith("priya.patel")));
        var leads = new[] { await AddLeadAsync(company, "Ada", "One", IdOf(sdr)), await AddLeadAsync(company, "Ada", "Two", IdOf(other)) };

        var found = await Search.FindAsync(await app.PrincipalOfAsync(DemoUsers.All.Single(u => u.Email == email)), company);

        Assert.Equal(leads.Order(), found.Leads.Select(l => l.Id).Order());
        Assert.Equal(2, Assert.Single(found.Accounts).Leads);
    }

    [Fact]
    public async Task AnAccountExecutiveFindsOnlyLeadsHandedToSales()
    {
        var ae = await app.PrincipalOfAsync(DemoUsers.AccountExecutive);
        await using var db = app.CreateDbContext();
        var sql = await db.Leads.Where(l => l.Stage == LifecycleStage.SQL).Select(l => l.Email).FirstAsync();
        var plain = await db.Leads.Where(l => l.Stage == LifecycleStage.Lead).Select(l => l.Email).FirstAsync();

        Assert.Contains(sql, (await Search.FindAsync(ae, sql)).Leads.Select(l => l.Email));
        Assert.Empty((await Search.FindAsync(ae, plain)).Leads);
        Assert.All((await Search.FindAsync(ae, "a")).Leads, l => Assert.Contains(l.Stage, new[] { LifecycleStage.SQL, LifecycleStage.Opportunity }));
    }

    [Fact]
    public async Task LeadsAreFoundByFirstNameLastNameFullNameEmailAndPhone()
    {
        var manager = await app.PrincipalOfAsync(DemoUsers.Manager);
        var last = Unique("Okonkwo");
        var id = await AddLeadAsync(Unique("Nimbus"), "Marisol", last, ownerId: null, phone: "+1 (415) 555-0199");

        foreach (var typed in new[] { last[..6], $"marisol {last[..4]}", $"{last.ToLowerInvariant()}@", "415 555 0199", "4155550199" })
            Assert.Contains(id, (await Search.FindAsync(manager, typed)).Leads.Select(l => l.Id));
        Assert.DoesNotContain(id, (await Search.FindAsync(manager, "arisol")).Leads.Select(l => l.Id));
    }

    [Fact]
    public async Task WildcardsQuotesAndMarkupAreSearchedLiterally()
    {
        var manager = await app.PrincipalOfAsync(DemoUsers.Manager);
        var company = Unique("<script>alert('x')</script>_100%");
        var id = await AddLeadAsync(company, "O'Brien_%", "<b>Bold</b>", ownerId: null);

        Assert.Equal([id], (await Search.FindAsync(manager, "o'brien_%")).Leads.Select(l => l.Id));
        Assert.Equal([id], (await Search.FindAsync(manager, "<b>bold")).Leads.Select(l => l.Id));
        Assert.Equal(company, Assert.Single((await Search.FindAsync(manager, company)).Accounts).Name);
        Assert.Empty((await Search.FindAsync(manager, "o_brien")).Leads);
        Assert.Empty((await Search.FindAsync(manager, "%%")).Leads);
        Assert.Empty((await Search.FindAsync(manager, "__")).Leads);
    }

    [Fact]
    public async Task TheLeadListsTextFilterFindsWhatTheSearchFindsWithinWhatTheViewerSees()
    {
        var company = Unique("Halcyon");
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var other = await app.PrincipalOfAsync(DemoUsers.All.First(u => u.Email.StartsWith("jordan.blake")));
        var mine = await AddLeadAsync(company, "Rae", "Mine", IdOf(sdr));
        await AddLeadAsync(company, "Rae", "Theirs", IdOf(other));
        var leads = app.Services.GetRequiredService<LeadQueries>();

        var page = await leads.ListAsync(sdr, new LeadListFilter(Text: company), after: null, pageSize: 25);

        Assert.Equal(1, page.Total);
        Assert.Equal(mine, Assert.Single(page.Rows).Id);
    }

    /// <summary>
    /// Over 100,000 leads, what is typed finds what it names and the viewer's limits still hold. How fast is the
    /// benchmark's business (its search row), not a timed assertion here: the time is only written to the output.
    /// </summary>
    [Fact]
    public async Task ASearchOverAHundredThousandLeadsFindsWhatIsTypedWithinWhatTheViewerSees()
    {
        await AddManyLeadsAsync(100_000);
        var manager = await app.PrincipalOfAsync(DemoUsers.Manager);
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);

        var byName = await TimedFindAsync(manager, "bulkfirst99999");
        var byPhone = await TimedFindAsync(manager, "555 9999");
        var byCompany = await TimedFindAsync(manager, "Company 1234");
        var unowned = await TimedFindAsync(sdr, "bulkfirst99999");
        var nothing = await TimedFindAsync(manager, "zzzz");

        Assert.Equal("bulk99999@bulk.test", Assert.Single(byName.Leads).Email);
        Assert.NotEmpty(byPhone.Leads);
        Assert.All(byPhone.Leads, l => Assert.EndsWith("9999", l.Phone));
        Assert.Contains(byCompany.Accounts, a => a.Name == "Company 1234");
        Assert.Empty(unowned.Leads);
        Assert.Empty(nothing.Leads);
    }

    private async Task<SearchResults> TimedFindAsync(ClaimsPrincipal viewer, string typed)
    {
        var clock = Stopwatch.StartNew();
        var results = await Search.FindAsync(viewer, typed);
        output.WriteLine($"{viewer.Identity!.Name} \"{typed}\": {clock.ElapsedMilliseconds} ms");
        return results;
    }

    private async Task AddManyLeadsAsync(int count)
    {
        await using var connection = app.OpenRawConnection();
        await using var transaction = connection.BeginTransaction();
        var accounts = connection.CreateCommand();
        accounts.CommandText = $"INSERT INTO Accounts (Name, Domain) {Series(2000)} SELECT 'Company ' || value, 'bulk' || value || '.test' FROM series";
        await ExecuteAsync(accounts);
        var leads = connection.CreateCommand();
        leads.CommandText = $"""
            INSERT INTO Leads (Email, FirstName, LastName, Phone, Source, AccountId, Stage, StageChangedAt, CreatedAt, Seniority, Function, BuyingRole,
                               DoNotContact, FitScore, EngagementScore, Score, DefinitionVersion, Revision)
            {Series(count)}
            SELECT 'bulk' || value || '@bulk.test', 'BulkFirst' || value, 'BulkLast' || value, '+1 555 ' || (value % 10000), 'Bulk',
                   (SELECT MIN(Id) FROM Accounts WHERE Domain LIKE 'bulk%') + value % 2000, 'Lead', '2026-11-01', '2026-11-01',
                   'Unknown', 'Unknown', 'Unknown', 0, 0, 0, value % 100, 1, 0
            FROM series
            """;
        await ExecuteAsync(leads);
        transaction.Commit();
    }

    private static string Series(int count) => $"WITH RECURSIVE series(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM series WHERE value < {count})";

    private static async Task ExecuteAsync(Microsoft.Data.Sqlite.SqliteCommand command)
    {
        await using (command)
            await command.ExecuteNonQueryAsync();
    }

    private async Task<int> AddLeadAsync(string company, string first, string last, string? ownerId, string? phone = null)
    {
        await using var db = app.CreateDbContext();
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Name == company) ?? new Account(company, $"{Guid.NewGuid():N}.test", "Software", 200, null, "US");
        var lead = new Lead(new NewLead($"{last.ToLowerInvariant().Replace("<", "").Replace(">", "").Replace("/", "")}@{Guid.NewGuid():N}.test".Replace("'", ""),
            first, last, "VP of Sales", phone, "Website", null, account, ownerId), "test", 1, SdrWorkspaceFactory.Now);
        db.Leads.Add(lead);
        await db.SaveChangesAsync();
        return lead.Id;
    }

    private static string Unique(string name) => $"{name}{Guid.NewGuid().ToString("N")[..8]}";

    private static string IdOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;
}
