using AngleSharp.Dom;
using Microsoft.AspNetCore.Components;

namespace SdrWorkspace.Components.Tests.Infrastructure;

/// <summary>Finds controls as a user (and a screen reader) names them: by label, by a button's text.</summary>
public static class Find
{
    /// <summary>The input a visible label (label[for]) or an aria-label names.</summary>
    public static IElement Labelled<T>(this IRenderedComponent<T> cut, string name) where T : IComponent
    {
        var label = cut.FindAll("label").FirstOrDefault(l => l.TextContent.Trim() == name && l.HasAttribute("for"));
        return label is not null ? cut.Find($"#{label.GetAttribute("for")}") : cut.Find($"[aria-label='{name}']");
    }

    public static IElement Button<T>(this IRenderedComponent<T> cut, string text) where T : IComponent =>
        cut.FindAll("button").Single(b => b.TextContent.Trim() == text);

    public static IReadOnlyList<IElement> Buttons<T>(this IRenderedComponent<T> cut, string text) where T : IComponent =>
        cut.FindAll("button").Where(b => b.TextContent.Trim() == text).ToList();
}
