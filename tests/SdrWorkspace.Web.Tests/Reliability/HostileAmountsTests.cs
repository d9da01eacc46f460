using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SdrWorkspace.Data.Definitions;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Common;
using SdrWorkspace.Web.Features.Api;
using SdrWorkspace.Web.Features.DefinitionEditor;
using SdrWorkspace.Web.Features.Handover;
using SdrWorkspace.Web.Features.Import;
using SdrWorkspace.Web.Features.Scoring;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Reliability;

/// <summary>
/// Amounts at and beyond their ranges, followed all the way: refused at every way in with nothing written, or stored
/// and read back by every page and job that uses them. A value that is already stored out of range (an older bug, a
/// hand-edited file) spoils only its own record: the pages, lists and jobs go on, and the record's id is logged.
/// </summary>
public class HostileAmountsTests(HostileAmountsTests.Workspace app) : IClassFixture<HostileAmountsTests.Workspace>
{
    private const string DevelopmentKey = "dev-sdr-workspace-key-change-me";

    /// <summary>The small demo app, with what it logs kept for the test to read.</summary>
    public sealed class Workspace() : SdrWorkspaceFactory(DemoDataSize.Small)
    {
        public ConcurrentQueue<string> Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(new CapturingLoggerProvider(Logs)));
        }
    }

    public static TheoryData<string, string> AmountsBeyondTheirRange => new()
    {
        { "annualRevenue", "79228162514264337593543950335" },
        { "annualRevenue", "-79228162514264337593543950335" },
        { "annualRevenue", "10000000000000.01" },
        { "annualRevenue", "-1" },
        { "annualRevenue", "1e30" },
        { "annualRevenue", "1e309" },
        { "annualRevenue", "\"NaN\"" },
        { "annualRevenue", "\"Infinity\"" },
        { "annualRevenue", "\"12abc\"" },
        { "employees", "2147483647" },
        { "employees", "2147483648" },
        { "employees", "-2147483648" },
        { "employees", "10000001" },
        { "employees", "-1" },
        { "employees", "1e30" },
        { "employees", "1.5" },
        { "employees", "\"NaN\"" },
    };

    [Theory]
    [MemberData(nameof(AmountsBeyondTheirRange))]
    public async Task AnAmountBeyondItsRangeSentToTheApiIsRefusedNamingTheFieldAndWritesNothing(string field, string json)
    {
        using var api = Api();
        var before = await CountsAsync();

        using var response = await api.PostAsync("/api/v1/leads", Json(
            $$$"""{"email":"{{{Guid.NewGuid():N}}}@hostile-amounts.test","company":{"name":"Hostile Amounts","domain":"hostile-amounts.test","{{{field}}}":{{{json}}}}}"""));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"\"company.{field}\"", body);
        Assert.Contains("must be", body);
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [InlineData("annualRevenue", "79228162514264337593543950335")]
    [InlineData("annualRevenue", "10000000000000.01")]
    [InlineData("annualRevenue", "-1")]
    [InlineData("annualRevenue", "1e30")]
    [InlineData("annualRevenue", "NaN")]
    [InlineData("employees", "2147483647")]
    [InlineData("employees", "10000001")]
    [InlineData("employees", "-1")]
    [InlineData("employees", "99999999999999999999")]
    [InlineData("employees", "NaN")]
    public async Task AnAmountBeyondItsRangeInACsvFileIsARowErrorAndNothingIsWritten(string column, string value)
    {
        var import = app.Services.GetRequiredService<CsvImport>();
        var csv = $"email,company,domain,{column}\ngood-{Guid.NewGuid():N}@csv-amounts.test,Good,csv-amounts.test,100\nbad-{Guid.NewGuid():N}@csv-amounts.test,Bad,csv-amounts.test,{value}\n";
        var before = await CountsAsync();

        var file = await CsvImport.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)));
        var check = import.Validate(file, CsvImport.AutoMap(file.Headers, ImportKind.Leads), ImportKind.Leads);

        var error = Assert.Single(check.Errors);
        Assert.Equal(3, error.Row);
        Assert.Contains(column, error.Message);
        Assert.Matches("must be (a whole number )?between", error.Message);
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [InlineData("79228162514264337593543950335")]
    [InlineData("10000000000000.01")]
    [InlineData("0")]
    [InlineData("-1")]
    public async Task AnEstimatedValueBeyondItsRangeIsRefusedToTheAeAndTheHandoverListsStillOpen(string value)
    {
        var ae = await app.PrincipalOfAsync(DemoUsers.AccountExecutive);
        var handover = await PendingHandoverOfAsync(DemoUsers.AccountExecutive);
        var before = await CountsAsync();

        var result = await app.Services.GetRequiredService<HandoverService>()
            .AcceptAsync(ae, handover, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), DateOnly.FromDateTime(SdrWorkspaceFactory.Now).AddMonths(2));

        Assert.False(result.Succeeded);
        Assert.Equal(Ranges.EstimatedValue.Problem, result.Error);
        Assert.Equal(before, await CountsAsync());
        Assert.Equal("Pending", await ScalarAsync<string>($"SELECT Status FROM Handovers WHERE Id = {handover}"));
        await AssertOpensAsync(DemoUsers.AccountExecutive, "/handovers");
        await AssertOpensAsync(DemoUsers.Manager, "/handovers");
    }

    [Fact]
    public async Task AmountsAtTheEndsOfTheirRangesAreStoredAndReadBackByEveryPageAndJob()
    {
        using var api = Api();
        var email = $"edge-{Guid.NewGuid():N}@edge-amounts.test";
        var company = new { name = "Edge Amounts", domain = "edge-amounts.test", employees = 10_000_000, annualRevenue = 10_000_000_000_000m };

        using var created = await api.PostAsJsonAsync("/api/v1/leads", new { email, company });
        var lead = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        var ae = await app.PrincipalOfAsync(DemoUsers.AccountExecutive);
        var accepted = await app.Services.GetRequiredService<HandoverService>().AcceptAsync(
            ae, await PendingHandoverOfAsync(DemoUsers.AccountExecutive), Ranges.EstimatedValue.Max, DateOnly.FromDateTime(SdrWorkspaceFactory.Now).AddMonths(2));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(10_000_000_000_000m, lead.GetProperty("company").GetProperty("annualRevenue").GetDecimal());
        Assert.Equal(10_000_000, lead.GetProperty("company").GetProperty("employees").GetInt32());
        Assert.True(accepted.Succeeded, accepted.Error);
        await AssertOpensAsync(DemoUsers.Manager, $"/leads/{lead.GetProperty("id").GetInt32()}", "10,000,000,000,000");
        await AssertEveryPageAndJobWorksAsync(email);
    }

    [Fact]
    public async Task AnUnreadableStoredAmountSpoilsOnlyItsOwnRecordAndIsLoggedWithItsId()
    {
        // Half the accounts and handovers hold values no decimal or int can take, as an older bug or a hand edit left them.
        await ExecuteAsync("UPDATE Accounts SET AnnualRevenue = 1e30 WHERE Id % 2 = 0");
        await ExecuteAsync("UPDATE Accounts SET Employees = 99999999999 WHERE Id % 4 = 0");
        await ExecuteAsync("UPDATE Handovers SET EstimatedValue = -1e300 WHERE Id % 2 = 0");
        var planted = await ScalarAsync<long>(
            "SELECT l.Id FROM Leads l JOIN Accounts a ON a.Id = l.AccountId JOIN AspNetUsers u ON u.Id = l.OwnerId WHERE a.Id % 4 = 0 AND u.Email = 'sdr@demo.local' ORDER BY l.Id LIMIT 1");
        var plantedName = await ScalarAsync<string>($"SELECT FirstName || ' ' || LastName FROM Leads WHERE Id = {planted}");
        var plantedAccount = await ScalarAsync<long>($"SELECT AccountId FROM Leads WHERE Id = {planted}");

        var leadPage = await AssertOpensAsync(DemoUsers.Manager, $"/leads/{planted}", WebUtility.HtmlEncode(plantedName));
        await AssertEveryPageAndJobWorksAsync(await ScalarAsync<string>($"SELECT Email FROM Leads WHERE Id = {planted}"));

        Assert.DoesNotContain("1E+30", leadPage, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(app.Logs, l => l.Contains("Account") && l.Contains($" {plantedAccount} ") && l.Contains("AnnualRevenue"));
        Assert.Contains(app.Logs, l => l.Contains("SqlHandover") && l.Contains("EstimatedValue"));
        Assert.Contains(app.Logs, l => l.Contains($"lead {planted}", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task TheReScoreAndTheWhatIfLeaveOutALeadTheyCannotReadLogItsIdAndGoOnWithTheRest()
    {
        var (broken, other) = (await ScalarAsync<long>("SELECT MIN(Id) FROM Leads"), await ScalarAsync<long>("SELECT MAX(Id) FROM Leads"));
        var stage = await ScalarAsync<string>($"SELECT Stage FROM Leads WHERE Id = {broken}");
        await ExecuteAsync($"UPDATE Leads SET Score = -1 WHERE Id IN ({broken}, {other})");
        // A stage no version of the app ever wrote, as a hand edit leaves it.
        await ExecuteAsync($"UPDATE Leads SET Stage = 'Bogus' WHERE Id = {broken}");
        try
        {
            var manager = await app.PrincipalOfAsync(DemoUsers.Manager);
            var current = await app.Services.GetRequiredService<DefinitionStore>().CurrentAsync();

            await app.Services.GetRequiredService<LeadScoring>().RescoreAllAsync();
            var whatIf = await app.Services.GetRequiredService<DefinitionService>().WhatIfAsync(manager, current with { Mql = current.Mql with { MinFit = 10 } });

            Assert.Equal(-1L, await ScalarAsync<long>($"SELECT Score FROM Leads WHERE Id = {broken}"));
            Assert.NotEqual(-1L, await ScalarAsync<long>($"SELECT Score FROM Leads WHERE Id = {other}"));
            Assert.Equal(await ScalarAsync<long>("SELECT COUNT(*) FROM Leads") - 1, whatIf!.Leads);
            Assert.Contains(app.Logs, l => l.StartsWith($"Lead {broken} cannot be read", StringComparison.Ordinal));
        }
        finally
        {
            await ExecuteAsync($"UPDATE Leads SET Stage = '{stage}' WHERE Id = {broken}");
        }
    }

    /// <summary>
    /// Every page, list and job that reads amounts answers and serves the demo data beside the given lead: the lead page,
    /// the lists of each role, the dashboards, an event batch and a new lead from the lead's company, the what-if preview
    /// and the full re-score (which also scores the other leads).
    /// </summary>
    private async Task AssertEveryPageAndJobWorksAsync(string email)
    {
        var lead = await ScalarAsync<long>($"SELECT Id FROM Leads WHERE Email = '{email}'");
        var other = await ScalarAsync<long>($"SELECT Id FROM Leads WHERE Id <> {lead} AND AccountId IS NOT NULL AND AccountId % 2 = 1 ORDER BY Id LIMIT 1");
        var otherEmail = await ScalarAsync<string>($"SELECT Email FROM Leads WHERE Id = {other}");
        var domain = email[(email.IndexOf('@') + 1)..];

        await AssertOpensAsync(DemoUsers.Manager, $"/leads/{lead}");
        await AssertOpensAsync(DemoUsers.Manager, "/leads");
        await AssertOpensAsync(DemoUsers.Sdr, "/leads");
        await AssertOpensAsync(DemoUsers.Sdr, "/queue");
        await AssertOpensAsync(DemoUsers.AccountExecutive, "/handovers", "Pending");
        await AssertOpensAsync(DemoUsers.Manager, "/handovers", "Pending");
        await AssertOpensAsync(DemoUsers.Manager, "/handover-breaches");
        await AssertOpensAsync(DemoUsers.Marketing, "/mql-review");
        await AssertOpensAsync(DemoUsers.Sdr, "/mql-inbox");
        await AssertOpensAsync(DemoUsers.Manager, "/dashboards");

        using var api = Api();
        var eventsBefore = await ScalarAsync<long>("SELECT COUNT(*) FROM EngagementEvents");
        using var events = await api.PostAsJsonAsync("/api/v1/events", new
        {
            events = new[]
            {
                new { eventId = Guid.NewGuid().ToString("N"), email, type = "page_visit", occurredAt = "2026-11-22T10:00:00Z" },
                new { eventId = Guid.NewGuid().ToString("N"), email = otherEmail, type = "page_visit", occurredAt = "2026-11-22T10:00:00Z" },
            },
        });
        Assert.Equal(HttpStatusCode.OK, events.StatusCode);
        Assert.Equal(eventsBefore + 2, await ScalarAsync<long>("SELECT COUNT(*) FROM EngagementEvents"));

        using var colleague = await api.PostAsJsonAsync("/api/v1/leads",
            new { email = $"colleague-{Guid.NewGuid():N}@{domain}", company = new { name = "Colleague's company", domain } });
        Assert.Equal(HttpStatusCode.Created, colleague.StatusCode);
        using var read = await api.GetAsync($"/api/v1/leads/{lead}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);

        var manager = await app.PrincipalOfAsync(DemoUsers.Manager);
        var current = await app.Services.GetRequiredService<DefinitionStore>().CurrentAsync();
        var whatIf = await app.Services.GetRequiredService<DefinitionService>().WhatIfAsync(manager, current with { Mql = current.Mql with { MinFit = 10 } });
        Assert.Equal(await ScalarAsync<long>("SELECT COUNT(*) FROM Leads"), whatIf!.Leads);

        // Scores no engine gives, so the re-score has to write both leads again.
        await ExecuteAsync($"UPDATE Leads SET Score = -1 WHERE Id IN ({lead}, {other})");
        await app.Services.GetRequiredService<LeadScoring>().RescoreAllAsync();
        Assert.Equal(0L, await ScalarAsync<long>($"SELECT COUNT(*) FROM Leads WHERE Id IN ({lead}, {other}) AND Score = -1"));
    }

    private async Task<string> AssertOpensAsync(DemoUser user, string path, string? shows = null)
    {
        using var browser = await app.SignedInBrowserAsync(user);
        using var page = await browser.GetAsync(path);
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"{user.Email} GET {path}: {(int)page.StatusCode}");
        if (shows is not null)
            Assert.Contains(shows, html);
        return html;
    }

    private async Task<long> PendingHandoverOfAsync(DemoUser ae) =>
        await ScalarAsync<long>($"SELECT h.Id FROM Handovers h JOIN AspNetUsers u ON u.Id = h.AeUserId WHERE h.Status = 'Pending' AND u.Email = '{ae.Email}' ORDER BY h.Id LIMIT 1");

    private HttpClient Api()
    {
        var api = app.CreateClient();
        api.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, DevelopmentKey);
        return api;
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private async Task<string> CountsAsync()
    {
        await using var connection = app.OpenRawConnection();
        return string.Join(", ", (await TableCounts.OfRequestWritesAsync(connection)).Select(c => $"{c.Key}={c.Value}"));
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = app.OpenRawConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = app.OpenRawConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(logs);

        public void Dispose() { }

        private sealed class Logger(ConcurrentQueue<string> logs) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                logs.Enqueue(formatter(state, exception));
        }
    }
}
