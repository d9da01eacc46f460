using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Import;
using SdrWorkspace.Web.Tests.Api;
using static SdrWorkspace.Web.Tests.Api.ApiCalls;

namespace SdrWorkspace.Web.Tests.Features.Ingestion;

/// <summary>
/// What an incoming event does to its lead beyond its score, the same through the API and the CSV importer:
/// a hand-raise brings back a disqualified or nurtured lead, an unsubscribe or a bounce has the effect of its disposition.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class EventEffectsTests(ApiFactory app)
{
    private readonly HttpClient _api = app.ApiClient();

    private static DateTime Now => DateTime.UtcNow;

    [Fact]
    public async Task ADemoRequestThroughTheApiReopensADisqualifiedLead()
    {
        var id = await LeadInStageAsync("dq-demo@acme-software-api.com", LifecycleStage.Disqualified);

        (await _api.PostEventsAsync(Event("dq-demo-1", "dq-demo@acme-software-api.com", "demo_request", Now.AddMinutes(-2)))).EnsureSuccessStatusCode();

        await using var db = Db();
        var lead = await db.Leads.Include(l => l.StageHistory).SingleAsync(l => l.Id == id);
        Assert.Equal(LifecycleStage.MQL, lead.Stage);
        Assert.Contains(lead.StageHistory, c => c.From == LifecycleStage.Disqualified && c.To == LifecycleStage.Lead && c.Reason.Contains("Demo request"));
    }

    [Fact]
    public async Task ADemoRequestImportedFromCsvBringsANurturedLeadBackBeforeItsDate()
    {
        var id = await LeadInStageAsync("nurtured-demo@shopmart-api.com", LifecycleStage.Nurture, fits: false);

        await ImportEventsAsync($"csv-nurture-demo,nurtured-demo@shopmart-api.com,demo_request,{Now.AddMinutes(-2):O}");

        await using var db = Db();
        Assert.NotEqual(LifecycleStage.Nurture, await db.Leads.Where(l => l.Id == id).Select(l => l.Stage).SingleAsync());
    }

    [Fact]
    public async Task AnUnsubscribeThroughTheApiMarksTheLeadDoNotContact()
    {
        await _api.PostAsJsonAsync("/api/v1/leads", IcpLead("unsub-api@acme-software-api.com"));

        (await _api.PostEventsAsync(Event("unsub-api-1", "unsub-api@acme-software-api.com", "unsubscribe"))).EnsureSuccessStatusCode();

        await using var db = Db();
        Assert.True(await db.Leads.Where(l => l.Email == "unsub-api@acme-software-api.com").Select(l => l.DoNotContact).SingleAsync());
    }

    [Fact]
    public async Task AnUnsubscribeAndABounceImportedFromCsvHaveTheirDispositionsEffects()
    {
        await _api.PostAsJsonAsync("/api/v1/leads", IcpLead("unsub-csv@acme-software-api.com"));
        await _api.PostAsJsonAsync("/api/v1/leads", IcpLead("bounce-csv@acme-software-api.com"));

        await ImportEventsAsync(
            $"csv-unsub-1,unsub-csv@acme-software-api.com,unsubscribe,{Now.AddMinutes(-3):O}",
            $"csv-bounce-1,bounce-csv@acme-software-api.com,bounce,{Now.AddMinutes(-3):O}");

        await using var db = Db();
        Assert.True(await db.Leads.Where(l => l.Email == "unsub-csv@acme-software-api.com").Select(l => l.DoNotContact).SingleAsync());
        Assert.NotNull(await db.Leads.Where(l => l.Email == "bounce-csv@acme-software-api.com").Select(l => l.BadDataFlaggedAt).SingleAsync());
    }

    private SdrDbContext Db() => app.Service<IDbContextFactory<SdrDbContext>>().CreateDbContext();

    /// <summary>A lead created through the API, then parked or closed by an SDR a week ago.</summary>
    private async Task<int> LeadInStageAsync(string email, LifecycleStage stage, bool fits = true)
    {
        object lead = fits ? IcpLead(email)
            : new { email, firstName = "Sam", lastName = "Intern", title = "Intern", company = new { name = "Shopmart", domain = "shopmart-api.com", industry = "Retail", employees = 20_000, country = "Brazil" } };
        (await _api.PostAsJsonAsync("/api/v1/leads", lead)).EnsureSuccessStatusCode();
        // The app's background scoring may save the new lead meanwhile: the move is made on the lead as it then is.
        for (var attempt = 1; ; attempt++)
        {
            await using var db = Db();
            var saved = await db.Leads.SingleAsync(l => l.Email == email);
            saved.MoveTo(new StageMove(stage, "sdr@demo.local", "Reply: not now", saved.DefinitionVersion, Now.AddDays(-7),
                stage == LifecycleStage.Nurture ? DateOnly.FromDateTime(Now).AddMonths(3) : null));
            try
            {
                await db.SaveChangesAsync();
                return saved.Id;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 5)
            {
                // Saved by scoring in between: the move is made again on the lead as it now is.
            }
        }
    }

    private async Task ImportEventsAsync(params string[] rows)
    {
        var file = await CsvImport.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", ["Event id,Email,Type,Occurred at", .. rows]))));
        var import = app.Service<CsvImport>();
        await import.ImportAsync(import.Validate(file, CsvImport.AutoMap(file.Headers, ImportKind.Events), ImportKind.Events), "marketing@demo.local");
    }
}
