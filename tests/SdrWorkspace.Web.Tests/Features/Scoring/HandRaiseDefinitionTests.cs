using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Data.Definitions;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Web.Features.Api;
using SdrWorkspace.Web.Features.Dashboards;
using SdrWorkspace.Web.Features.DefinitionEditor;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Features.Scoring;

/// <summary>Adding a hand-raise signal to the definition changes what ingestion, a full re-score and the dashboards' speed to lead call high intent.</summary>
public class HandRaiseDefinitionTests(ChangingWorkspace app) : IClassFixture<ChangingWorkspace>
{
    private static readonly DateTime Now = SdrWorkspaceFactory.Now;

    [Fact]
    public async Task AFormSubmitBecomesHighIntentEverywhereOnceTheDefinitionCallsItAHandRaise()
    {
        var speedBefore = await HandRaisesTodayAsync();
        await PostFormSubmitAsync("before@acme-forms.com");
        Assert.Null(await LastHighIntentAsync("before@acme-forms.com"));

        var version = await AdoptAsync(d => d with { Mql = d.Mql with { HandRaises = [.. d.Mql.HandRaises, EngagementSignal.FormSubmit] } });
        await PostFormSubmitAsync("after@acme-forms.com");
        var byIngestion = await LastHighIntentAsync("after@acme-forms.com");
        // The adoption's re-score, catch-up included: round robin may assign the new leads while the pass reads them.
        await app.Services.GetRequiredService<RescoreTracker>().Start(version);

        Assert.Equal(Now.AddMinutes(-5), byIngestion);
        Assert.Equal(Now.AddMinutes(-5), await LastHighIntentAsync("before@acme-forms.com"));
        Assert.True(await HandRaisesTodayAsync() >= speedBefore + 2);
    }

    private async Task PostFormSubmitAsync(string email)
    {
        using var api = app.CreateClient();
        api.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, "dev-sdr-workspace-key-change-me");
        var response = await api.PostAsJsonAsync("/api/v1/events",
            new { events = new[] { new { eventId = $"form-{email}", email, type = "form_submit", occurredAt = Now.AddMinutes(-5) } } });
        response.EnsureSuccessStatusCode();
    }

    private async Task<DateTime?> LastHighIntentAsync(string email)
    {
        await using var db = app.CreateDbContext();
        return await db.Leads.Where(l => l.Email == email).Select(l => l.LastHighIntentAt).SingleAsync();
    }

    private async Task<int> HandRaisesTodayAsync()
    {
        var report = await app.Services.GetRequiredService<DashboardQueries>()
            .ReportAsync(await app.PrincipalOfAsync(DemoUsers.Manager), new DashboardFilter(Now.AddDays(-1), Now.AddMinutes(1)));
        return report.Manager!.Speed.HandRaises.Value;
    }

    private async Task<int> AdoptAsync(Func<QualificationDefinition, QualificationDefinition> change)
    {
        var store = app.Services.GetRequiredService<DefinitionStore>();
        var current = await store.CurrentAsync();
        var next = change(current) with { Version = current.Version + 1 };
        await using var db = app.CreateDbContext();
        db.DefinitionVersions.Add(new DefinitionVersion
        {
            Version = next.Version, Json = DefinitionJson.Serialize(next), AdoptedAt = Now, AdoptedBy = "test", Reason = "test",
        });
        await db.SaveChangesAsync();
        store.Invalidate();
        return next.Version;
    }
}
