using System.Security.Claims;
using MudBlazor;
using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Shared;

namespace SdrWorkspace.Web.Features.Touches;

/// <summary>
/// Logging a touch from a screen: the queue's quick touches and the lead page's touch bar confirm it the same
/// way, in a snackbar whose Undo takes it back, and say why when it is refused.
/// </summary>
public static class TouchConfirmation
{
    /// <param name="changed">Called after the touch is logged and again if it is undone, so the screen reloads.</param>
    public static async Task<bool> LogAndConfirmAsync(
        this TouchService touches, ISnackbar snackbar, ClaimsPrincipal viewer, int leadId, TouchChannel channel, TouchOutcome outcome,
        string? note, string? leadName, Func<Task> changed)
    {
        var result = await touches.LogAsync(viewer, leadId, channel, outcome, note);
        if (!result.Succeeded)
        {
            snackbar.Show(result, "");
            return false;
        }
        snackbar.Add($"Logged {Describe(channel, outcome)}{(leadName is null ? "" : $" for {leadName}")}.", Severity.Success, options =>
        {
            options.Action = "Undo";
            options.ActionColor = Color.Inherit;
            options.OnClick = async _ =>
            {
                var undone = await touches.UndoLastAsync(viewer, leadId);
                snackbar.Show(undone, "Touch undone.", Severity.Info);
                await changed();
            };
        });
        await changed();
        return true;
    }

    /// <summary>"call (no answer)", "email (sent)".</summary>
    public static string Describe(TouchChannel channel, TouchOutcome outcome) =>
        $"{Lower(Labels.Of(channel))} ({Labels.Of(outcome).ToLowerInvariant()})";

    // "LinkedIn" keeps its capitals; "Call" reads "call" in a sentence.
    private static string Lower(string label) => label.Skip(1).Any(char.IsUpper) ? label : label.ToLowerInvariant();
}
