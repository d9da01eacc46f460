using SdrWorkspace.Web.Features.Shared;

namespace SdrWorkspace.Web.Tests.Features.Shared;

public class LatestLoadTests
{
    [Fact]
    public async Task AnOlderLoadThatFinishesLastDoesNotOverwriteTheNewerOne()
    {
        using var loads = new LatestLoad();
        var older = new TaskCompletionSource<string>();
        var olderToken = CancellationToken.None;

        var first = loads.RunAsync(ct => { olderToken = ct; return older.Task; });
        var second = await loads.RunAsync(_ => Task.FromResult("January 2031"));
        older.SetResult("the last 90 days");

        Assert.Equal("January 2031", second);
        Assert.Null(await first);
        Assert.True(olderToken.IsCancellationRequested, "the superseded load should be told to stop");
    }

    [Fact]
    public async Task ASupersededLoadThatStopsOnCancellationIsDroppedQuietly()
    {
        using var loads = new LatestLoad();

        var first = loads.RunAsync(async ct => { await Task.Delay(Timeout.Infinite, ct); return "never"; });
        var second = await loads.RunAsync(_ => Task.FromResult("latest"));

        Assert.Null(await first);
        Assert.Equal("latest", second);
    }

    [Fact]
    public async Task AFailureOfTheLatestLoadStillSurfaces()
    {
        using var loads = new LatestLoad();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            loads.RunAsync<string>(_ => throw new InvalidOperationException("database gone")));
    }

    [Fact]
    public async Task LeavingTheScreenCancelsTheLoadInFlight()
    {
        var loads = new LatestLoad();
        var token = CancellationToken.None;
        var pending = loads.RunAsync(async ct => { token = ct; await Task.Delay(Timeout.Infinite, ct); return "never"; });

        loads.Dispose();

        Assert.Null(await pending);
        Assert.True(token.IsCancellationRequested);
    }
}
