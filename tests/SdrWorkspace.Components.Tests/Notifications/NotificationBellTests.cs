using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Domain.Notifications;
using SdrWorkspace.Domain.Users;
using SdrWorkspace.Web.Features.Notifications;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Components.Tests.Notifications;

public class NotificationBellTests(ChangingWorkspace app) : WorkspaceComponentTest(app), IClassFixture<ChangingWorkspace>
{
    private Notifier Notifier => App.Services.GetRequiredService<Notifier>();
    private NotificationInbox Inbox => App.Services.GetRequiredService<NotificationInbox>();

    /// <summary>A user of their own, so the count starts at nothing whatever other tests leave.</summary>
    private async Task<string> NewSdrAsync()
    {
        var user = await SignInAsync(await App.AddUserAsync(Roles.Sdr));
        return user.FindFirstValue(ClaimTypes.NameIdentifier)!;
    }

    private Task TellAsync(string userId, int leadId, string text) =>
        Notifier.NotifyAsync([new NotificationIntent(userId, NotificationKind.SqlReturned, text, $"test:{Guid.NewGuid():N}", leadId)]);

    private IRenderedComponent<NotificationBell> RenderBell(out IRenderedComponent<MudBlazor.MudPopoverProvider> popovers)
    {
        popovers = RenderProviders();
        return Context.Render<NotificationBell>();
    }

    private static string Label(IRenderedComponent<NotificationBell> bell) => bell.Find("button[aria-label^='Notifications']").GetAttribute("aria-label")!;

    private static async Task OpenAsync(IRenderedComponent<NotificationBell> bell) => await bell.Find("button[aria-label^='Notifications']").ClickAsync(new());

    [Fact]
    public async Task TheBellCountsUnreadNotificationsAndListsTheNewestFirst()
    {
        var userId = await NewSdrAsync();
        await TellAsync(userId, 11, "Older news");
        Clock.Advance(TimeSpan.FromMinutes(1));
        await TellAsync(userId, 12, "Newer news");

        var bell = RenderBell(out var popovers);
        await OpenAsync(bell);

        Assert.Equal("Notifications, 2 unread", Label(bell));
        var items = popovers.WaitForElements(".notification-text");
        Assert.Equal(["Newer news", "Older news"], items.Select(i => i.TextContent));
        Assert.Equal(2, popovers.FindAll(".notification-unread").Count);
    }

    [Fact]
    public async Task ClickingANotificationMarksItReadAndOpensItsLead()
    {
        var userId = await NewSdrAsync();
        await TellAsync(userId, 21, "Open me");
        var bell = RenderBell(out var popovers);
        await OpenAsync(bell);

        await popovers.WaitForElement(".notification-unread").ClickAsync(new());

        Assert.EndsWith("/leads/21", Context.Services.GetRequiredService<NavigationManager>().Uri);
        bell.WaitForAssertion(() => Assert.Equal("Notifications", Label(bell)));
        Assert.Equal(0, await Inbox.UnreadCountAsync(await App.PrincipalOfAsync(await CurrentAsync(userId))));
    }

    [Fact]
    public async Task MarkAllReadClearsTheCount()
    {
        var userId = await NewSdrAsync();
        await TellAsync(userId, 31, "One");
        await TellAsync(userId, 32, "Two");
        var bell = RenderBell(out var popovers);
        await OpenAsync(bell);

        await popovers.WaitForElement("button:contains('Mark all read')").ClickAsync(new());

        bell.WaitForAssertion(() => Assert.Equal("Notifications", Label(bell)));
        Assert.Empty(popovers.FindAll(".notification-unread"));
    }

    [Fact]
    public async Task ANewNotificationReachesAnOpenBellWithoutAReload()
    {
        var userId = await NewSdrAsync();
        var bell = RenderBell(out _);
        Assert.Equal("Notifications", Label(bell));

        await TellAsync(userId, 41, "Live");

        bell.WaitForAssertion(() => Assert.Equal("Notifications, 1 unread", Label(bell)));
    }

    [Fact]
    public async Task AnotherUsersNotificationNeverReachesTheBell()
    {
        await NewSdrAsync();
        var bell = RenderBell(out _);
        var someoneElse = await App.AddUserAsync(Roles.Sdr);
        var otherId = (await App.PrincipalOfAsync(someoneElse)).FindFirstValue(ClaimTypes.NameIdentifier)!;

        await TellAsync(otherId, 51, "Not yours");
        await TellAsync(otherId, 52, "Not yours either");

        Assert.Equal(2, await Inbox.UnreadCountAsync(await App.PrincipalOfAsync(someoneElse)));
        Assert.Equal("Notifications", Label(bell));
    }

    [Fact]
    public async Task AHostileTextIsShownAsText()
    {
        var userId = await NewSdrAsync();
        await TellAsync(userId, 61, "<img src=x onerror=alert(1)> مرحبا 🙂");
        var bell = RenderBell(out var popovers);
        await OpenAsync(bell);

        var text = popovers.WaitForElement(".notification-text");

        Assert.Equal("<img src=x onerror=alert(1)> مرحبا 🙂", text.TextContent);
        Assert.Empty(popovers.FindAll(".notification-text img"));
    }

    private async Task<SdrWorkspace.Data.Seeding.DemoUser> CurrentAsync(string userId)
    {
        await using var db = App.CreateDbContext();
        var user = db.Users.Single(u => u.Id == userId);
        return new SdrWorkspace.Data.Seeding.DemoUser(user.Email!, user.DisplayName, Roles.Sdr);
    }
}
