using AngleSharp.Dom;
using Microsoft.AspNetCore.Components;

namespace SdrWorkspace.Components.Tests.Bulk;

/// <summary>MudCheckBox names its input through a screen-reader-only span (aria-labelledby): found and ticked by that name.</summary>
internal static class CheckboxFinding
{
    public static IElement Checkbox<T>(this IRenderedComponent<T> cut, string name) where T : IComponent
    {
        var label = cut.FindAll("span.mud-sr-only").First(s => s.TextContent.Trim() == name);
        return cut.Find($"input[aria-labelledby='{label.Id}']");
    }

    public static IReadOnlyList<IElement> Checkboxes<T>(this IRenderedComponent<T> cut) where T : IComponent =>
        cut.FindAll("input.mud-checkbox-input");

    /// <summary>The input renders its state as the checked attribute.</summary>
    public static bool IsTicked(this IElement box) => box.HasAttribute("checked");

    /// <summary>Clicks the checkbox: ticks it when it is not, unticks it when it is.</summary>
    public static Task TickAsync<T>(this IRenderedComponent<T> cut, string name) where T : IComponent
    {
        var box = cut.Checkbox(name);
        return box.ChangeAsync(new ChangeEventArgs { Value = !box.IsTicked() });
    }
}
