using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Domain.Notifications;
using SdrWorkspace.Domain.Users;
using SdrWorkspace.Web.Features.Notifications;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Components.Tests.Notifications;

public class NotificationsPageTests(ChangingWorkspace app) : WorkspaceComponentTest(app), IClassFixture<ChangingWorkspace>
{
    [Fact]
    public async Task TurningAKindOffMutesItForTheUserAndOnAgainUnmutesIt()
    {
        var user = await SignInAsync(await App.AddUserAsync(Roles.Sdr));
        var inbox = App.Services.GetRequiredService<NotificationInbox>();
        RenderProviders();
        var page = Context.Render<NotificationsPage>();
        var returned = page.Find($"label:contains('{NotificationKind.SqlReturned.Label()}') input");
        Assert.True(returned.HasAttribute("checked") || returned.GetAttribute("aria-checked") == "true");

        await returned.ChangeAsync(new() { Value = false });
        var muted = await inbox.MutedAsync(user);
        await page.Find($"label:contains('{NotificationKind.SqlReturned.Label()}') input").ChangeAsync(new() { Value = true });

        Assert.Equal([NotificationKind.SqlReturned], muted);
        Assert.Empty(await inbox.MutedAsync(user));
    }

    [Fact]
    public async Task ThePageListsOnlyTheUsersOwnNotificationsWithLinksToTheirLeads()
    {
        var user = await SignInAsync(await App.AddUserAsync(Roles.Sdr));
        var other = await App.PrincipalOfAsync(await App.AddUserAsync(Roles.Sdr));
        var notifier = App.Services.GetRequiredService<Notifier>();
        await notifier.NotifyAsync([
            new NotificationIntent(user.FindFirstValue(ClaimTypes.NameIdentifier)!, NotificationKind.HotLead, "Mine", "test:mine", 71),
            new NotificationIntent(other.FindFirstValue(ClaimTypes.NameIdentifier)!, NotificationKind.HotLead, "Theirs", "test:theirs", 72),
        ]);
        RenderProviders();

        var page = Context.Render<NotificationsPage>();

        var item = Assert.Single(page.FindAll(".notification"));
        Assert.Contains("Mine", item.TextContent);
        Assert.EndsWith("leads/71", page.Find(".notification").GetAttribute("href") ?? page.Find(".notification a").GetAttribute("href"));
    }
}
