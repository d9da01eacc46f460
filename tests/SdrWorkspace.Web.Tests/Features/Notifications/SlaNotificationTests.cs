using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Notifications;
using SdrWorkspace.Web.Features.Notifications;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Features.Notifications;

/// <summary>Moves the app's clock, so it has an app of its own.</summary>
public class SlaNotificationTests(ChangingWorkspace app) : IClassFixture<ChangingWorkspace>
{
    [Fact]
    public async Task AnMqlAboutToBreachItsAcceptanceSlaIsNotifiedToItsOwnerOnce()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var inbox = app.Services.GetRequiredService<NotificationInbox>();
        var scan = app.Services.GetRequiredService<NotificationScan>();
        var leadId = await app.AddMqlAsync(sdr.FindFirstValue(ClaimTypes.NameIdentifier)!);

        await scan.RunAsync();
        var early = await NoticesAsync(inbox, sdr, leadId);
        // An hour old of one working day: 20 more hours leave less than a fifth of it.
        ((FakeTimeProvider)app.Services.GetRequiredService<TimeProvider>()).Advance(TimeSpan.FromHours(20));
        await scan.RunAsync();
        await scan.RunAsync();
        var late = await NoticesAsync(inbox, sdr, leadId);

        Assert.Equal([NotificationKind.MqlAssigned], early.Select(n => n.Kind));
        Assert.Single(late, n => n.Kind == NotificationKind.MqlAssigned);
        var warning = Assert.Single(late, n => n.Kind == NotificationKind.SlaDueSoon);
        Assert.Contains("MQL acceptance SLA is about to breach", warning.Text);
    }

    private static async Task<List<NotificationRow>> NoticesAsync(NotificationInbox inbox, ClaimsPrincipal sdr, int leadId) =>
        (await inbox.LatestAsync(sdr, 1000)).Where(n => n.Link == $"leads/{leadId}").ToList();
}
