namespace SdrWorkspace.Domain.Common;

internal static class Text
{
    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string JoinNatural(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
