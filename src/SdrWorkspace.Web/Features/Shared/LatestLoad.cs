namespace SdrWorkspace.Web.Features.Shared;

/// <summary>
/// Runs a screen's loads so that only the latest one lands. Typing a date or a filter starts a load per
/// change; without this, a slower load of an older filter could finish last and overwrite the newer
/// figures. Starting a load cancels the one before it, and a superseded load's result is dropped.
/// </summary>
public sealed class LatestLoad : IDisposable
{
    private CancellationTokenSource? _current;

    /// <returns>The loaded value, or null when a newer load superseded this one.</returns>
    public async Task<T?> RunAsync<T>(Func<CancellationToken, Task<T>> load) where T : class
    {
        // Sources are cancelled, never disposed: a superseded load may still be registering on its token.
        var mine = new CancellationTokenSource();
        Interlocked.Exchange(ref _current, mine)?.Cancel();
        try
        {
            var value = await load(mine.Token);
            return mine.IsCancellationRequested ? null : value;
        }
        catch (OperationCanceledException) when (mine.IsCancellationRequested)
        {
            return null;
        }
    }

    public void Dispose() => Interlocked.Exchange(ref _current, null)?.Cancel();
}
