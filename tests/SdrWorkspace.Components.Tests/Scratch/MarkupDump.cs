using MudBlazor;
namespace SdrWorkspace.Components.Tests.Scratch;
public class MarkupDump : SdrWorkspace.Components.Tests.Infrastructure.ComponentTest
{
    [Fact]
    public void Dump()
    {
        var a = Context.Render<MudTextField<string>>(p => p.Add(x => x.Label, "Email").Add(x => x.Variant, Variant.Outlined).Add(x => x.Error, true).Add(x => x.ErrorText, "Enter it."));
        var b = Context.Render<MudButton>(p => p.Add(x => x.Variant, Variant.Filled).Add(x => x.Color, Color.Primary).Add(x => x.FullWidth, true).Add(x => x.ButtonType, ButtonType.Submit).AddChildContent("Sign in"));
        var c = Context.Render<MudCheckBox<bool>>(p => p.Add(x => x.Label, "Keep me signed in"));
        var d = Context.Render<MudNumericField<int>>(p => p.Add(x => x.Value, 3).AddUnmatched("aria-label", "Pts"));
        var e = Context.Render<MudProgressLinear>(p => p.Add(x => x.Value, 40).AddUnmatched("aria-label", "Re-scoring progress"));
        var f = Context.Render<MudSelect<int>>(p => p.Add(x => x.Label, "Counts as").Add(x => x.Value, 1));
        System.IO.File.WriteAllText("/tmp/defn/markup.html", string.Join("\n\n", a.Markup, b.Markup, c.Markup, d.Markup, e.Markup, f.Markup));
    }
}
