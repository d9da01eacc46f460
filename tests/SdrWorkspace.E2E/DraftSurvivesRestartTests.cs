using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SdrWorkspace.E2E.Infrastructure;
using SdrWorkspace.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace SdrWorkspace.E2E;

/// <summary>
/// A qualification draft typed during a call survives the connection dropping and the server being killed
/// and restarted (a reload is in QualificationTests). A server of its own, since one test kills it.
/// </summary>
public sealed class DraftSurvivesRestartTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly Regex Circuit = new("/_blazor");

    [Fact]
    public async Task WhatIsTypedWhileTheConnectionIsDownIsKeptAndSavedOnceItIsBack()
    {
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Sdr);
        var network = await CircuitNetwork.WatchAsync(page.Context);
        var qualify = new QualifyPage(page);
        await qualify.OpenAsync(await new QueuePage(page).LeadIdOfAsync(new QueuePage(page).Rows.Nth(2)));
        await qualify.Evidence("Budget").FillAsync("Budget owner is the CRO");
        await qualify.WaitUntilSavedAsync();

        await network.DropAsync();
        await ExpectDisconnectedAsync(page);
        await qualify.Notes.FillAsync("Typed while the connection was down: champion is the RevOps lead");
        await qualify.Evidence("Need").FillAsync("Needs routing by territory");
        network.Restore();
        await page.ReloadAsync();
        await qualify.WaitUntilInteractiveAsync();

        await Expect(qualify.Evidence("Budget")).ToHaveValueAsync("Budget owner is the CRO");
        await Expect(qualify.Notes).ToHaveValueAsync("Typed while the connection was down: champion is the RevOps lead");
        await Expect(qualify.Evidence("Need")).ToHaveValueAsync("Needs routing by territory");
        await qualify.WaitUntilNothingPendingAsync();
        await ExpectTheServerToHaveAsync(page.Url, ("Need", "Needs routing by territory"), ("Notes", "Typed while the connection was down: champion is the RevOps lead"));
    }

    [Fact]
    public async Task WhatIsTypedBeforeAndDuringAServerRestartIsKeptAndSavedAfterIt()
    {
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Sdr);
        var qualify = new QualifyPage(page);
        await qualify.OpenAsync(await new QueuePage(page).LeadIdOfAsync(new QueuePage(page).Rows.Nth(4)));
        await qualify.Evidence("Budget").FillAsync("40k this quarter");
        await qualify.WaitUntilSavedAsync();

        await qualify.Evidence("Authority").FillAsync("VP signs; typed just before the crash");
        await app.Server.KillAsync();
        try
        {
            await ExpectDisconnectedAsync(page);
            await qualify.Notes.FillAsync("Typed while the server was down");
        }
        finally
        {
            await app.Server.RestartAsync();
        }
        await page.ReloadAsync();
        await qualify.WaitUntilInteractiveAsync();

        await Expect(qualify.Evidence("Budget")).ToHaveValueAsync("40k this quarter");
        await Expect(qualify.Evidence("Authority")).ToHaveValueAsync("VP signs; typed just before the crash");
        await Expect(qualify.Notes).ToHaveValueAsync("Typed while the server was down");
        await qualify.WaitUntilNothingPendingAsync();
        await ExpectTheServerToHaveAsync(page.Url, ("Budget", "40k this quarter"), ("Authority", "VP signs; typed just before the crash"), ("Notes", "Typed while the server was down"));
    }

    /// <summary>The reconnect dialog (Components/Layout/ReconnectModal.razor): the page knows its circuit is gone.</summary>
    private static async Task ExpectDisconnectedAsync(IPage page) =>
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Connection to SDR Workspace lost" })).ToBeVisibleAsync(new() { Timeout = 30_000 });

    /// <summary>Another browser, with no copy of its own, opens the same draft and finds it all: the server has it.</summary>
    private async Task ExpectTheServerToHaveAsync(string url, params (string Field, string Text)[] fields)
    {
        var elsewhere = await LoginPage.SignedInAsync(app, DemoAccounts.Sdr);
        await elsewhere.GotoAsync(url);
        var draft = new QualifyPage(elsewhere);
        await draft.WaitUntilInteractiveAsync();
        foreach (var (field, text) in fields)
            await Expect(field == "Notes" ? draft.Notes : draft.Evidence(field)).ToHaveValueAsync(text);
    }

    /// <summary>The browser's way to the Blazor circuit (WebSocket and any HTTP fallback), which a test can cut as a network outage would.</summary>
    private sealed class CircuitNetwork
    {
        private readonly List<IWebSocketRoute> _open = [];
        private volatile bool _down;

        public static async Task<CircuitNetwork> WatchAsync(IBrowserContext context)
        {
            var network = new CircuitNetwork();
            await context.RouteWebSocketAsync(Circuit, socket =>
            {
                if (network._down)
                {
                    _ = socket.CloseAsync();
                    return;
                }
                socket.ConnectToServer();
                lock (network._open)
                    network._open.Add(socket);
            });
            await context.RouteAsync(Circuit, route => network._down ? route.AbortAsync() : route.ContinueAsync());
            return network;
        }

        public async Task DropAsync()
        {
            _down = true;
            IWebSocketRoute[] open;
            lock (_open)
            {
                open = [.. _open];
                _open.Clear();
            }
            foreach (var socket in open)
                await socket.CloseAsync();
        }

        public void Restore() => _down = false;
    }
}
