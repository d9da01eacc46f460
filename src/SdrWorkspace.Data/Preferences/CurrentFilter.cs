namespace SdrWorkspace.Data.Preferences;

/// <summary>
/// The filter a user last had on one screen (the queue, the lead list, MQL review), so it is still there after a
/// reload or the next sign-in. One per user and screen, replaced as the filter changes; named filters are <see cref="SavedView"/>s.
/// </summary>
public sealed class CurrentFilter
{
    public const int ScreenMaxLength = 40;
    public const int FilterMaxLength = 4000;

    public string UserId { get; set; } = "";
    public string Screen { get; set; } = "";
    public string FilterJson { get; set; } = "{}";
    public DateTime UpdatedAt { get; set; }
}
