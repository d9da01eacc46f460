using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Api;
using SdrWorkspace.Web.Features.Import;
using SdrWorkspace.Web.Features.Shared;
using SdrWorkspace.Web.Features.Touches;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Reliability;

/// <summary>
/// Many writers at once on one SQLite file: no update is lost, the loser is told in words, and nobody sees
/// SQLITE_BUSY. (Two accepts of one MQL: <c>MqlInboxTests.TwoAcceptsOfOneMqlAtOnceLetExactlyOneWin</c>;
/// two people finishing one qualification: <c>QualificationServiceTests.TwoPeopleFinishingAtOnceMoveTheLeadExactlyOnce</c>.)
/// </summary>
public class ConcurrencyTests(ChangingWorkspace app) : IClassFixture<ChangingWorkspace>
{
    private const string DevelopmentKey = "dev-sdr-workspace-key-change-me";

    [Fact]
    public async Task TwoPeopleChangingOneLeadAtOnceLoseNoUpdateAndTheLoserIsToldToReload()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var manager = await app.PrincipalOfAsync(DemoUsers.Manager);
        var (leadId, revisionBefore) = await OwnLeadAsync(sdr);
        var touches = app.Services.GetRequiredService<TouchService>();

        var attempts = Enumerable.Range(0, 24).Select(i => Task.Run(async () =>
            (Note: $"plan {i}", Result: await touches.PlanNextActionAsync(i % 2 == 0 ? sdr : manager, leadId, SdrWorkspaceFactory.Now.AddDays(1), $"plan {i}"))));
        var results = await Task.WhenAll(attempts);

        var succeeded = results.Where(r => r.Result.Succeeded).ToList();
        Assert.NotEmpty(succeeded);
        Assert.All(results.Where(r => !r.Result.Succeeded),
            r => Assert.Equal((WorkResultKind.Conflict, WorkResult.ConflictMessage), (r.Result.Kind, r.Result.Error)));
        await using var db = app.CreateDbContext();
        var lead = await db.Leads.SingleAsync(l => l.Id == leadId);
        // Every save that reported success moved the revision once: none was written over a stale copy.
        Assert.Equal(revisionBefore + succeeded.Count, lead.Revision);
        Assert.Contains(lead.NextActionNote, succeeded.Select(s => s.Note));
    }

    [Fact]
    public async Task AnImportDuringHeavyIngestionLandsWholeAndNoSenderSeesABusyDatabase()
    {
        using var api = app.CreateClient();
        api.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, DevelopmentKey);
        var statuses = new ConcurrentBag<(HttpStatusCode Status, string Body)>();
        var acknowledged = new ConcurrentBag<int>();
        // A logical clock, so "a batch was in flight while the import ran" is decided by order, not by time.
        var tick = 0;
        var batchSpans = new ConcurrentBag<(int Sent, int Answered)>();
        using var done = new CancellationTokenSource();
        var nextBatch = -1;

        async Task SendAsync()
        {
            while (!done.IsCancellationRequested)
            {
                var batch = Interlocked.Increment(ref nextBatch);
                var sentAt = Interlocked.Increment(ref tick);
                using var response = await api.PostAsJsonAsync("/api/v1/events", Batch(batch));
                batchSpans.Add((sentAt, Interlocked.Increment(ref tick)));
                var body = await response.Content.ReadAsStringAsync();
                statuses.Add((response.StatusCode, body));
                if (response.IsSuccessStatusCode && JsonSerializer.Deserialize<EventBatchResult>(body, JsonSerializerOptions.Web)!.Accepted == 50)
                    acknowledged.Add(batch);
            }
        }

        var senders = Enumerable.Range(0, 3).Select(_ => Task.Run(SendAsync)).ToList();
        while (acknowledged.IsEmpty)
            await Task.Delay(10);
        var import = app.Services.GetRequiredService<CsvImport>();
        var file = await CsvImport.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(ImportFile(3000))));
        var check = import.Validate(file, CsvImport.AutoMap(file.Headers, ImportKind.Leads), ImportKind.Leads);
        var importStarted = Interlocked.Increment(ref tick);
        var imported = await import.ImportAsync(check, DemoUsers.Marketing.Email);
        var importEnded = Interlocked.Increment(ref tick);
        await done.CancelAsync();
        await Task.WhenAll(senders);

        Assert.Equal(3000, imported.CreatedEmails.Count);
        Assert.Contains(batchSpans, b => b.Sent < importEnded && b.Answered > importStarted);
        Assert.All(statuses, s => Assert.True(s.Status == HttpStatusCode.OK, $"{(int)s.Status}: {s.Body}"));
        Assert.DoesNotContain(statuses, s => s.Body.Contains("SQLITE", StringComparison.OrdinalIgnoreCase) || s.Body.Contains("locked", StringComparison.OrdinalIgnoreCase));
        await using var db = app.CreateDbContext();
        Assert.Equal(3000, await db.Leads.CountAsync(l => l.Email.EndsWith("@import-under-load.test")));
        Assert.Equal(acknowledged.Count * 50, await db.EngagementEvents.CountAsync(e => e.ExternalId!.StartsWith("load-")));
    }

    private static object Batch(int batch) => new
    {
        events = Enumerable.Range(0, 50).Select(i => new
        {
            eventId = $"load-{batch}-{i}",
            email = $"sender-{batch}-{i % 10}@ingestion-load.test",
            type = i % 7 == 0 ? "content_download" : "email_open",
            occurredAt = SdrWorkspaceFactory.Now.AddHours(-1).ToString("O"),
        }).ToArray(),
    };

    private static string ImportFile(int rows)
    {
        var csv = new StringBuilder("Email,First name,Last name,Job title,Company,Website,Industry,Employees,Country\n");
        for (var i = 0; i < rows; i++)
            csv.Append($"lead{i}@import-under-load.test,Pat,Lee {i},Director of Sales,Load Co {i % 40},load-co{i % 40}.test,Software,250,Germany\n");
        return csv.ToString();
    }

    private async Task<(int Id, int Revision)> OwnLeadAsync(ClaimsPrincipal sdr)
    {
        var sdrId = sdr.FindFirstValue(ClaimTypes.NameIdentifier);
        await using var db = app.CreateDbContext();
        return await db.Leads.Where(l => l.OwnerId == sdrId && !l.DoNotContact && l.Stage == LifecycleStage.Lead)
            .OrderBy(l => l.Id).Select(l => new ValueTuple<int, int>(l.Id, l.Revision)).FirstAsync();
    }
}
