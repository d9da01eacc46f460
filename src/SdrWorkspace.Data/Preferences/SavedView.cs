namespace SdrWorkspace.Data.Preferences;

/// <summary>A user's named set of queue filters and sort order.</summary>
public sealed class SavedView
{
    public const int NameMaxLength = 80;

    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public string Name { get; set; } = "";
    public string FilterJson { get; set; } = "{}";
    public DateTime CreatedAt { get; set; }
}
