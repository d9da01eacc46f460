using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Handover;
using SdrWorkspace.Web.Features.Handover;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Components.Tests.Handover;

/// <summary>The accept form's estimated value: a value outside its range is named under the field and nothing is saved.</summary>
[Collection(HandoffWorkspace.Name)]
public class EstimatedValueFieldTests(ChangingWorkspace app) : WorkspaceComponentTest(app)
{
    private int decided;

    [Theory]
    [InlineData("79228162514264337593543950335")]
    [InlineData("10000000000000.01")]
    [InlineData("0")]
    [InlineData("-1")]
    public async Task AnEstimatedValueOutsideItsRangeIsNamedUnderTheFieldAndNothingIsSaved(string typed)
    {
        var (decision, handoverId) = await RenderPendingAsync();

        await decision.Labelled("Estimated value").TypeAsync(typed);
        await decision.Labelled("Close date").TypeAsync(DateOnly.FromDateTime(SdrWorkspaceFactory.Now).AddMonths(2).ToString("yyyy-MM-dd"));
        await decision.Find("button:contains('Accept as opportunity')").ClickAsync(new());

        Assert.Contains(Ranges.EstimatedValue.Problem, decision.Find(".mud-input-helper-text.mud-input-error").TextContent);
        Assert.Empty(decision.FindAll(".mud-alert"));
        Assert.Equal(0, decided);
        Assert.Equal(HandoverStatus.Pending, await StatusOfAsync(handoverId));
    }

    [Theory]
    [InlineData("1e30")]
    [InlineData("NaN")]
    public async Task AnEstimatedValueThatIsNoAmountIsRefusedUnderTheFieldAndNothingIsSaved(string typed)
    {
        var (decision, handoverId) = await RenderPendingAsync();

        await decision.Labelled("Estimated value").TypeAsync(typed);
        await decision.Labelled("Close date").TypeAsync(DateOnly.FromDateTime(SdrWorkspaceFactory.Now).AddMonths(2).ToString("yyyy-MM-dd"));
        await decision.Find("button:contains('Accept as opportunity')").ClickAsync(new());

        Assert.NotEmpty(decision.FindAll(".mud-input-helper-text.mud-input-error"));
        Assert.Equal(0, decided);
        Assert.Equal(HandoverStatus.Pending, await StatusOfAsync(handoverId));
    }

    /// <summary>The last pending handover: these tests never accept it, so the other tests' picks stay theirs.</summary>
    private async Task<(IRenderedComponent<HandoverDecision> Decision, long HandoverId)> RenderPendingAsync()
    {
        var manager = await SignInAsync(DemoUsers.Manager);
        var rows = await App.Services.GetRequiredService<HandoverService>().InboxAsync(manager);
        var handover = rows.Where(h => h.Status == HandoverStatus.Pending).OrderBy(h => h.Id).Last();
        var decision = Context.Render<HandoverDecision>(p => p
            .Add(d => d.HandoverId, handover.Id)
            .Add(d => d.User, manager)
            .Add(d => d.Decided, () => decided++));
        return (decision, handover.Id);
    }

    private async Task<HandoverStatus> StatusOfAsync(long handoverId)
    {
        await using var db = App.CreateDbContext();
        return await db.Handovers.Where(h => h.Id == handoverId).Select(h => h.Status).SingleAsync();
    }
}
