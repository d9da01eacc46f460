using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Web.Features.Import;
using SdrWorkspace.Web.Tests.Api;
using Xunit.Abstractions;

namespace SdrWorkspace.Web.Tests.Import;

[Collection(ApiCollection.Name)]
public sealed class CsvImportTests(ApiFactory app, ITestOutputHelper output)
{
    private const string Header = "Email,First name,Last name,Job title,Company,Website,Industry,Employees,Country";

    private static CsvFile Csv(IEnumerable<string> lines) =>
        CsvImport.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", lines)))).GetAwaiter().GetResult();

    private static IEnumerable<string> Rows(string prefix, int count) =>
        Enumerable.Range(1, count).Select(i => $"{prefix}{i}@{prefix}-co{i % 50}.com,Pat,Lee {i},Director of Marketing,{prefix} Co {i % 50},{prefix}-co{i % 50}.com,Software,250,Germany");

    private ImportCheck Check(CsvFile file, ImportKind kind = ImportKind.Leads) =>
        app.Service<CsvImport>().Validate(file, CsvImport.AutoMap(file.Headers, kind), kind);

    private async Task<int> CountAsync(Func<SdrDbContext, Task<int>> count)
    {
        await using var db = await app.Service<IDbContextFactory<SdrDbContext>>().CreateDbContextAsync();
        return await count(db);
    }

    [Fact]
    public void HeadersAreMappedToFieldsByTheirUsualNames()
    {
        var mapping = CsvImport.AutoMap(Header.Split(','), ImportKind.Leads);

        Assert.Equal(0, mapping["email"]);
        Assert.Equal(3, mapping["title"]);
        Assert.Equal(5, mapping["domain"]);
        Assert.Null(mapping["phone"]);
    }

    [Fact]
    public void ARowErrorNamesTheColumnAsTheFileCallsIt()
    {
        var check = Check(Csv([
            "Email,Website,Headcount",
            "pat@name-test.com,not a domain,-5",
        ]));

        var error = Assert.Single(check.Errors);
        Assert.Equal("Website must be a domain such as example.com; Headcount must be a whole number between 0 and 10,000,000", error.Message);
    }

    [Fact]
    public async Task OneBadRowInAThousandImportsNothingAndNamesTheRow()
    {
        var lines = new List<string> { Header };
        lines.AddRange(Rows("bad1000", 1000));
        lines[500] = "not-an-email,Pat,Lee,Director,Co,co.com,Software,250,Germany";
        var before = await CountAsync(db => db.Leads.CountAsync());

        var check = Check(Csv(lines));

        Assert.False(check.IsValid);
        var error = Assert.Single(check.Errors);
        Assert.Equal(501, error.Row);
        Assert.Contains("email", error.Message);
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.Service<CsvImport>().ImportAsync(check, "marketing@demo.local"));
        Assert.Equal(before, await CountAsync(db => db.Leads.CountAsync()));
    }

    [Fact]
    public async Task DuplicatesUpdateTheExistingLeadAndOneDomainIsOneAccount()
    {
        var first = Check(Csv([Header, "dupe@dupe-co.com,Sam,Old,Manager,Dupe Co,dupe-co.com,Software,100,US"]));
        await app.Service<CsvImport>().ImportAsync(first, "marketing@demo.local");

        var second = Check(Csv([Header,
            "DUPE@dupe-co.com,Sam,New,VP Marketing,Dupe Co,dupe-co.com,Software,100,US",
            "other@dupe-co.com,Ada,Other,CFO,Dupe Company,dupe-co.com,,,"]));
        var result = await app.Service<CsvImport>().ImportAsync(second, "marketing@demo.local");

        Assert.Single(result.CreatedEmails);
        await using var db = await app.Service<IDbContextFactory<SdrDbContext>>().CreateDbContextAsync();
        var leads = await db.Leads.Include(l => l.Account).Where(l => l.Email.EndsWith("@dupe-co.com")).ToListAsync();
        Assert.Equal(2, leads.Count);
        Assert.Equal("New", leads.Single(l => l.Email == "dupe@dupe-co.com").LastName);
        Assert.Single(leads.Select(l => l.AccountId).Distinct());
        Assert.Equal(1, await db.Accounts.CountAsync(a => a.Domain == "dupe-co.com"));
    }

    [Fact]
    public async Task EventsImportIdempotentlyOnTheirIds()
    {
        var file = Csv(["Event id,Email,Type,Occurred at,URL", "csv-e1,events@csv-events.com,email_click,2026-11-01T10:00:00Z,", "csv-e2,events@csv-events.com,page_visit,2026-11-02T10:00:00Z,https://x.com/pricing"]);

        var first = await app.Service<CsvImport>().ImportAsync(Check(file, ImportKind.Events), "marketing@demo.local");
        var second = await app.Service<CsvImport>().ImportAsync(Check(file, ImportKind.Events), "marketing@demo.local");

        Assert.Equal((2, 0), (first.EventsAccepted, first.EventDuplicates));
        Assert.Equal((0, 2), (second.EventsAccepted, second.EventDuplicates));
    }

    /// <summary>A guard against slow paths creeping in (a query per row, say); the 50,000-row figure is in docs/decisions/0003-ingestion.md.</summary>
    [Fact]
    public async Task TenThousandRowsImportWholeInOneGo()
    {
        const int rows = 10_000;
        var lines = new List<string> { Header };
        lines.AddRange(Rows("bulk", rows));
        var watch = Stopwatch.StartNew();

        var check = Check(Csv(lines));
        var result = await app.Service<CsvImport>().ImportAsync(check, "marketing@demo.local");

        watch.Stop();
        output.WriteLine($"{rows:N0} rows read, checked and imported in {watch.Elapsed.TotalSeconds:F1} s ({rows / watch.Elapsed.TotalSeconds:N0} rows/s)");
        // The time is printed, not asserted: it measures the machine as much as the import.
        Assert.Equal(rows, result.CreatedEmails.Count);
    }

    [Fact]
    public async Task ALatin1FileIsReadAsWindows1252WithAWarningAndItsAccentsArriveIntact()
    {
        var bytes = Encoding.Latin1.GetBytes(string.Join("\n", [Header, "klaus@societe-latin.fr,Klaus,Müller,Directeur,Société Générale Latin,societe-latin.fr,Banking,900,France"]));

        var file = await CsvImport.ReadAsync(new MemoryStream(bytes));
        await app.Service<CsvImport>().ImportAsync(Check(file), "marketing@demo.local");

        Assert.Equal(CsvImport.NotUtf8Warning, file.EncodingWarning);
        await using var db = await app.Service<IDbContextFactory<SdrDbContext>>().CreateDbContextAsync();
        var lead = await db.Leads.Include(l => l.Account).SingleAsync(l => l.Email == "klaus@societe-latin.fr");
        Assert.Equal(("Müller", "Société Générale Latin"), (lead.LastName, lead.Account!.Name));
    }

    [Fact]
    public async Task AUtf8FileWithOrWithoutAByteOrderMarkIsReadWithoutAWarning()
    {
        var text = $"{Header}\nzoe@utf8-bom.example,Zoë,Müller,,,,,,\n";

        var withBom = await CsvImport.ReadAsync(new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]));
        var withoutBom = await CsvImport.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)));

        Assert.Equal(("Email", "Müller", null), (withBom.Headers[0], withBom.Rows[0][2], withBom.EncodingWarning));
        Assert.Equal(("Email", "Müller", null), (withoutBom.Headers[0], withoutBom.Rows[0][2], withoutBom.EncodingWarning));
    }
}
