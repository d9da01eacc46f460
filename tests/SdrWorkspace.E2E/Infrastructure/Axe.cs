using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SdrWorkspace.E2E.Infrastructure;

/// <summary>axe-core's WCAG 2.1 A and AA rules over a page, keeping what a user would be blocked by (critical, serious).</summary>
public static class Axe
{
    private static readonly AxeRunOptions Wcag21 = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    public static async Task<IReadOnlyList<string>> BlockingViolationsAsync(IPage page, string screen)
    {
        var result = await page.RunAxe(Wcag21);
        return result.Violations
            .Where(v => v.Impact is "critical" or "serious")
            .SelectMany(v => v.Nodes.Select(n => $"{screen}: {v.Id} ({v.Impact}) {v.Help} at {n.Target}: {Shorten(n.Html)}"))
            .ToList();
    }

    private static string Shorten(string html) => html.Length <= 160 ? html : html[..160] + "…";
}
