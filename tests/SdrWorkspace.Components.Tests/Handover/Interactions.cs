using AngleSharp.Dom;
using Microsoft.AspNetCore.Components;

namespace SdrWorkspace.Components.Tests.Handover;

/// <summary>Acting on MudBlazor inputs as a user does: find them by their label, type, open a select and pick an option.</summary>
public static class Interactions
{
    /// <summary>The input or textarea a visible label names, or the combobox an aria-label names.</summary>
    public static IElement Labelled<T>(this IRenderedComponent<T> rendered, string label) where T : IComponent
    {
        var byAria = rendered.FindAll($"[aria-label='{label}']");
        if (byAria.Count > 0)
            return byAria[0];
        var forId = rendered.FindAll("label").Single(l => l.TextContent.Trim().TrimEnd('*').Trim() == label).GetAttribute("for");
        return rendered.Find($"#{forId}");
    }

    public static Task TypeAsync(this IElement input, string text) => input.InputAsync(new ChangeEventArgs { Value = text });

    /// <summary>Opens a MudSelect (it opens on mouse down) and clicks the option with this text in the popover provider.</summary>
    public static async Task ChooseAsync<T>(this IElement select, IRenderedComponent<T> popovers, string option) where T : IComponent
    {
        await select.Closest(".mud-input-control")!.MouseDownAsync(new());
        var item = popovers.WaitForElement($".mud-popover-open [role=option]:contains('{option}')");
        await item.ClickAsync(new());
    }
}
