namespace SdrWorkspace.Domain.Scoring;

/// <summary>The 20-point score bands calibration groups leads in, to show whether a higher score means more SQLs.</summary>
public static class ScoreBands
{
    public static readonly IReadOnlyList<string> All = ["0-19", "20-39", "40-59", "60-79", "80-100"];

    public static string Of(int score) => All[Math.Clamp(score / 20, 0, All.Count - 1)];
}
