using Microsoft.Playwright;
using SdrWorkspace.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace SdrWorkspace.E2E.Infrastructure;

/// <summary>Leads a journey makes for the demo SDR: new leads go round robin to any SDR, so a manager hands one over when needed.</summary>
public static class DemoSdrLeads
{
    public const string DemoSdrName = "Sam Rivera";

    public static async Task HandToDemoSdrAsync(AppFixture app, int leadId)
    {
        if (await OwnerOnceAssignedAsync(app, leadId) == DemoAccounts.Sdr)
            return;
        var manager = await LoginPage.SignedInAsync(app, DemoAccounts.Manager);
        await manager.GotoAsync($"/leads/{leadId}");
        await LoginPage.WaitUntilInteractiveAsync(manager);
        var reassign = manager.GetByRole(AriaRole.Group, new() { Name = "Reassign" });
        await reassign.GetByRole(AriaRole.Combobox, new() { Name = "New owner" }).ClickAsync();
        await manager.GetByRole(AriaRole.Option, new() { Name = DemoSdrName }).ClickAsync();
        await reassign.GetByRole(AriaRole.Button, new() { Name = "Reassign" }).ClickAsync();
        await Expect(manager.GetByText($"Reassigned to {DemoSdrName}.")).ToBeVisibleAsync();
        await manager.Context.CloseAsync();
    }

    /// <summary>The lead's owner's email once round robin has given it one (it does so as the lead arrives, on its own time).</summary>
    public static async Task<string> OwnerOnceAssignedAsync(AppFixture app, int leadId)
    {
        using var api = new IngestionApi(app.Server.BaseUrl);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (await api.OwnerOfLeadAsync(leadId) is { } owner)
                return owner;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Lead {leadId} was given no owner within 30 s.");
            await Task.Delay(200);
        }
    }
}
