using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Data.Definitions;
using SdrWorkspace.Domain.Handover;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Users;
using SdrWorkspace.Web.Features.Api;
using SdrWorkspace.Web.Features.Dashboards;
using SdrWorkspace.Web.Features.Mqls.Review;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Features.Mqls;

/// <summary>
/// The MQL review, the dashboards and the API's funnel answer "what came of the MQLs of this period" with the same
/// figures: MQLs, accepted, rejected (by reason), recycled by cadence, waiting, and the acceptance rate.
/// </summary>
public class MqlFiguresAgreeTests(MqlFiguresAgreeTests.Workspace app) : IClassFixture<MqlFiguresAgreeTests.Workspace>
{
    /// <summary>An app without demo data, where the MQLs below are built once for the class.</summary>
    public sealed class Workspace() : SdrWorkspaceFactory(DemoDataSize.None)
    {
        private Task<int>? _recycled;

        /// <summary>The id of the recycled MQL, once every MQL is built.</summary>
        public Task<int> BuiltAsync() => _recycled ??= BuildMqlsAsync(this);
    }

    private static readonly DateTime Now = SdrWorkspaceFactory.Now;
    private static readonly DateOnly FirstDay = DateOnly.FromDateTime(Now).AddDays(-20);
    private static readonly DateTime From = FirstDay.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
    private static readonly DateTime To = DateOnly.FromDateTime(Now).AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    [Fact]
    public async Task TheMqlReviewTheDashboardsAndTheApiFunnelCountTheMqlsOfAPeriodAlike()
    {
        await app.BuiltAsync();
        var marketing = await app.PrincipalOfAsync(await app.AddUserAsync(Roles.Marketing));

        var review = (await app.Services.GetRequiredService<MqlReviewQueries>().ReportAsync(marketing, From)).Total;
        var dashboards = (await app.Services.GetRequiredService<DashboardQueries>().ReportAsync(marketing, new DashboardFilter(From, To))).Acceptance;
        using var api = app.CreateClient();
        api.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, "dev-sdr-workspace-key-change-me");
        var funnel = await api.GetFromJsonAsync<JsonElement>(
            $"/api/v1/funnel?from={FirstDay:yyyy-MM-dd}&to={DateOnly.FromDateTime(Now):yyyy-MM-dd}");
        var mqls = funnel.GetProperty("mqls");

        // Seven MQLs in the period (one of a lead created before it): 3 accepted, 2 rejected, 1 recycled, 1 waiting.
        var expected = new MqlTally(Mqls: 7, Accepted: 3, Rejected: 2, RecycledByCadence: 1, Waiting: 1);
        Assert.Equal(expected, review);
        Assert.Equal(expected, dashboards.Mqls);
        Assert.Equal(expected, new MqlTally(
            mqls.GetProperty("mqls").GetInt32(), mqls.GetProperty("accepted").GetInt32(), mqls.GetProperty("rejected").GetInt32(),
            mqls.GetProperty("recycledByCadence").GetInt32(), mqls.GetProperty("waiting").GetInt32()));
        Assert.Equal(0.6, expected.AcceptanceRate);
        Assert.Equal(expected.AcceptanceRate, mqls.GetProperty("acceptanceRate").GetDouble());

        var reasons = new Dictionary<string, int> { ["Duplicate"] = 1, ["Not ICP"] = 1 };
        Assert.Equal(reasons, dashboards.RejectionReasons.ToDictionary(r => r.Reason, r => r.Count.Value));
        Assert.Equal(reasons, mqls.GetProperty("rejectedByReason").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32()));
    }

    [Fact]
    public async Task AnMqlRecycledByItsCadenceIsNeitherRejectedNorAnSlaBreachInTheReview()
    {
        var recycled = await app.BuiltAsync();
        var marketing = await app.PrincipalOfAsync(await app.AddUserAsync(Roles.Marketing));

        var row = (await app.Services.GetRequiredService<MqlReviewQueries>().ReportAsync(marketing, From)).Rows.Single(r => r.LeadId == recycled);

        Assert.Equal((MqlAnswer.RecycledByCadence, false), (row.Answer, row.SlaBreached));
        Assert.StartsWith("Cadence spent", row.Reason);
    }

    /// <summary>MQLs with every outcome, and one before the period; the id of the recycled one.</summary>
    private static async Task<int> BuildMqlsAsync(SdrWorkspaceFactory app)
    {
        var manager = await app.AddUserAsync(Roles.Manager);
        var managerId = IdOf(await app.PrincipalOfAsync(manager));
        var by = new Actor(managerId, manager.Email, [Roles.Manager]);
        var definition = await app.Services.GetRequiredService<DefinitionStore>().CurrentAsync();
        await using var db = app.CreateDbContext();
        var created = Now.AddDays(-10);
        var mqlAt = Now.AddDays(-9);

        Lead Mql(string name, DateTime createdAt, DateTime at)
        {
            var lead = new Lead(new NewLead($"{name}@example.com", name, "Test", "VP of Sales", null, "Website", "Pricing page", null, managerId,
                BuyingRole.EconomicBuyer), "test", definition.Version, createdAt);
            lead.MoveTo(new StageMove(LifecycleStage.MQL, Lead.ScoringActor, "Score 80 reached the MQL rule", definition.Version, at));
            db.Leads.Add(lead);
            return lead;
        }

        var before = Mql("before", Now.AddDays(-60), Now.AddDays(-50));
        var accepted = new[] { Mql("accepted1", created, mqlAt), Mql("accepted2", created, mqlAt) };
        var ofAnOlderLead = Mql("olderlead", Now.AddDays(-40), Now.AddDays(-5));
        var notIcp = Mql("noticp", created, mqlAt);
        var duplicate = Mql("duplicate", created, mqlAt);
        var recycled = Mql("recycled", created, mqlAt);
        Mql("waiting", created, Now.AddHours(-2));
        await db.SaveChangesAsync();

        db.MqlReviews.Add(MqlReview.Accept(before, by, definition, Now.AddDays(-50).AddHours(1)));
        db.MqlReviews.AddRange(accepted.Select(lead => MqlReview.Accept(lead, by, definition, mqlAt.AddHours(2))));
        db.MqlReviews.Add(MqlReview.Accept(ofAnOlderLead, by, definition, Now.AddDays(-5).AddHours(3)));
        db.MqlReviews.Add(MqlReview.Reject(notIcp, by, MqlRejectionReason.NotIcp, null, definition, mqlAt.AddHours(1)));
        db.MqlReviews.Add(MqlReview.Reject(duplicate, by, MqlRejectionReason.Duplicate, "Same person", definition, mqlAt.AddHours(30)));
        var touches = Enumerable.Range(0, definition.Cadence.MaxTouches).Select(i => (mqlAt.AddHours(6 + 10 * i), false)).ToList();
        Assert.NotNull(Recycling.RecycleIfSpent(recycled, definition, touches, Now.AddDays(-1)));
        await db.SaveChangesAsync();
        return recycled.Id;
    }

    private static string IdOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;
}
