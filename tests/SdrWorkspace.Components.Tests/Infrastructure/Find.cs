using AngleSharp.Dom;
using Microsoft.AspNetCore.Components;

namespace SdrWorkspace.Components.Tests.Infrastructure;

/// <summary>Finds and works controls as a user (and a screen reader) names them: by label, by a button's text.</summary>
public static class Find
{
    /// <summary>The input a visible label (label[for], its required marker aside) or an aria-label names.</summary>
    public static IElement Labelled<T>(this IRenderedComponent<T> cut, string name) where T : IComponent
    {
        var label = cut.FindAll("label").FirstOrDefault(l => l.TextContent.Trim().TrimEnd('*').Trim() == name && l.HasAttribute("for"));
        return label is not null ? cut.Find($"#{label.GetAttribute("for")}") : cut.Find($"[aria-label='{name}']");
    }

    public static IElement Button<T>(this IRenderedComponent<T> cut, string text) where T : IComponent =>
        cut.FindAll("button").Single(b => b.TextContent.Trim() == text);

    public static IReadOnlyList<IElement> Buttons<T>(this IRenderedComponent<T> cut, string text) where T : IComponent =>
        cut.FindAll("button").Where(b => b.TextContent.Trim() == text).ToList();

    public static Task TypeAsync(this IElement input, string text) => input.InputAsync(new ChangeEventArgs { Value = text });

    /// <summary>Opens a MudSelect (it opens on mouse down) and clicks the option with this text in the popover provider.</summary>
    public static async Task ChooseAsync<T>(this IElement select, IRenderedComponent<T> popovers, string option) where T : IComponent
    {
        await select.Closest(".mud-input-control")!.MouseDownAsync(new());
        var item = popovers.WaitForElement($".mud-popover-open [role=option]:contains('{option}')");
        await item.ClickAsync(new());
    }
}
