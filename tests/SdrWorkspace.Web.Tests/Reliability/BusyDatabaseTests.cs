using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Data;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Api;
using SdrWorkspace.Web.Features.Qualification;
using SdrWorkspace.Web.Features.Shared;
using SdrWorkspace.Web.Features.Touches;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Reliability;

/// <summary>
/// A write that outwaits its lock timeout (another process holds the database) is answered with a
/// retryable 503 problem, not a 500, or on screen with a message, and leaves nothing behind; sent again
/// once the lock is free, it lands.
/// </summary>
public class BusyDatabaseTests(BusyDatabaseTests.ImpatientWorkspace app) : IClassFixture<BusyDatabaseTests.ImpatientWorkspace>
{
    /// <summary>The app waiting only one second for the write lock, so the test does not wait thirty.</summary>
    public sealed class ImpatientWorkspace() : SdrWorkspaceFactory(DemoDataSize.Small)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting($"ConnectionStrings:{DependencyInjection.ConnectionStringName}",
                new SqliteConnectionStringBuilder(Database.ConnectionString) { DefaultTimeout = 1 }.ToString());
        }

        /// <summary>Runs the call while another connection (an import, say) holds the write lock, then lets go.</summary>
        public async Task<T> WhileAnotherWriterHoldsTheLockAsync<T>(Func<Task<T>> call)
        {
            await using var holder = OpenRawConnection();
            await using var hold = holder.CreateCommand();
            hold.CommandText = "BEGIN IMMEDIATE";
            await hold.ExecuteNonQueryAsync();
            try
            {
                return await call();
            }
            finally
            {
                hold.CommandText = "ROLLBACK";
                await hold.ExecuteNonQueryAsync();
            }
        }
    }

    [Fact]
    public async Task ABatchThatCannotGetTheLockIsRefusedAsRetryableAndLandsWhenSentAgain()
    {
        using var api = app.CreateClient();
        api.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, "dev-sdr-workspace-key-change-me");
        var batch = new { events = Enumerable.Range(0, 20).Select(i => new { eventId = $"busy-{i}", email = "busy@lock.test", type = "email_open", occurredAt = SdrWorkspaceFactory.Now.AddHours(-1).ToString("O") }) };

        var refused = await app.WhileAnotherWriterHoldsTheLockAsync(() => api.PostAsJsonAsync("/api/v1/events", batch));
        int eventsAfterRefusal;
        await using (var db = app.CreateDbContext())
            eventsAfterRefusal = await db.EngagementEvents.CountAsync(e => e.ExternalId!.StartsWith("busy-"));
        using var resent = await api.PostAsJsonAsync("/api/v1/events", batch);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Send the request again", await refused.Content.ReadAsStringAsync());
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(0, eventsAfterRefusal);
        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        await using var after = app.CreateDbContext();
        Assert.Equal(20, await after.EngagementEvents.CountAsync(e => e.ExternalId!.StartsWith("busy-")));
        refused.Dispose();
    }

    [Fact]
    public async Task ASaveOnScreenThatCannotGetTheLockSaysSoInsteadOfFailingTheCircuit()
    {
        var manager = await app.PrincipalOfAsync(DemoUsers.Manager);
        var touches = app.Services.GetRequiredService<TouchService>();
        int leadId;
        await using (var db = app.CreateDbContext())
            leadId = await db.Leads.Where(l => !l.DoNotContact).Select(l => l.Id).FirstAsync();

        var refused = await app.WhileAnotherWriterHoldsTheLockAsync(() => touches.PlanNextActionAsync(manager, leadId, SdrWorkspaceFactory.Now.AddDays(2), "while an import runs"));
        var again = await touches.PlanNextActionAsync(manager, leadId, SdrWorkspaceFactory.Now.AddDays(2), "after the import");

        Assert.False(refused.Succeeded);
        Assert.Equal(WorkResult.BusyMessage, refused.Error);
        Assert.True(again.Succeeded, again.Error);
        await using var after = app.CreateDbContext();
        Assert.Equal("after the import", (await after.Leads.SingleAsync(l => l.Id == leadId)).NextActionNote);
    }

    [Fact]
    public async Task ADraftThatCannotGetTheLockIsNotSavedButSaysSoAndTheSameSaveLandsLater()
    {
        var manager = await app.PrincipalOfAsync(DemoUsers.Manager);
        var qualification = app.Services.GetRequiredService<QualificationService>();
        int leadId;
        await using (var db = app.CreateDbContext())
            leadId = await db.Leads.Where(l => l.Stage == LifecycleStage.MQL && !db.Assessments.Any(a => a.LeadId == l.Id)).Select(l => l.Id).FirstAsync();
        // Opening only reads, so a held lock does not stop it; the first save stores the draft.
        var draft = (await app.WhileAnotherWriterHoldsTheLockAsync(() => qualification.OpenAsync(manager, leadId))).Draft!;
        var typed = draft.State with { Notes = "Typed while an import held the database" };

        var refused = await app.WhileAnotherWriterHoldsTheLockAsync(() => qualification.SaveAsync(manager, draft, typed));
        var retried = await qualification.SaveAsync(manager, draft, typed);

        Assert.True(refused.Busy);
        Assert.Null(refused.Draft);
        Assert.False(retried.Busy);
        Assert.Null(retried.Error);
        Assert.Equal("Typed while an import held the database", retried.Draft!.State.Notes);
    }
}
