using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Web.Features.Replies;
using SdrWorkspace.Web.Features.Shared;

namespace SdrWorkspace.Components.Tests.Replies;

public class ReplyCoderTests : ComponentTest
{
    private readonly List<CodeChoice> coded = [];

    private IRenderedComponent<ReplyCoder> RenderCoder(ReplySuggestion? suggestion = null, WorkResult? error = null) =>
        Context.Render<ReplyCoder>(p => p
            .Add(c => c.Target, new CodingTarget(7, 42, "Ana Silva", "Acme", "Re: pricing", "Too expensive for us right now.",
                Start.UtcDateTime.AddHours(-2), suggestion))
            .Add(c => c.Codes, DefaultDefinition.Create().Dispositions)
            .Add(c => c.OnCode, choice => coded.Add(choice))
            .Add(c => c.Result, error));

    private static Task PressAsync(IRenderedComponent<ReplyCoder> coder, string key, bool ctrl = false) =>
        coder.Find("[data-testid=reply-body]").KeyDownAsync(new KeyboardEventArgs { Key = key, CtrlKey = ctrl });

    [Fact]
    public async Task PressingACodesKeyCodesTheReply()
    {
        var coder = RenderCoder();

        await PressAsync(coder, "p");

        Assert.Equal([new CodeChoice(DispositionCode.PriceObjection, null, null)], coded);
    }

    [Fact]
    public async Task AKeyWithControlHeldIsLeftToTheBrowser()
    {
        var coder = RenderCoder();

        await PressAsync(coder, "p", ctrl: true);
        await PressAsync(coder, "z");

        Assert.Empty(coded);
    }

    [Fact]
    public async Task ClickingACodeCodesTheReply()
    {
        var coder = RenderCoder();

        await coder.FindAll("[role=group][aria-label='Disposition codes'] button").Single(b => b.TextContent.Contains("Interested")).ClickAsync(new());

        Assert.Equal(DispositionCode.Interested, Assert.Single(coded).Code);
    }

    [Fact]
    public async Task OutOfOfficeAsksForTheReturnDateBeforeItCodes()
    {
        var coder = RenderCoder();

        await PressAsync(coder, "o");

        Assert.Empty(coded);
        var date = coder.Find("input[type=date]");
        Assert.Equal("Back on", coder.Find($"label[for='{date.Id}']").TextContent.Trim());
        Assert.Equal("2026-11-30", date.GetAttribute("value"));
        await date.ChangeAsync(new ChangeEventArgs { Value = "2026-12-07" });
        await coder.Find("form").SubmitAsync();
        Assert.Equal([new CodeChoice(DispositionCode.OutOfOffice, new DateOnly(2026, 12, 7), null)], coded);
    }

    [Fact]
    public async Task TheDateStepOffersTheSuggestedReturnDate()
    {
        var coder = RenderCoder(new ReplySuggestion(DispositionCode.OutOfOffice, "auto-reply", new DateOnly(2026, 12, 3)));

        await PressAsync(coder, "o");

        Assert.Equal("2026-12-03", coder.Find("input[type=date]").GetAttribute("value"));
        Assert.Contains("Code as Out of office", coder.Find("button[type=submit]").TextContent);
    }

    [Fact]
    public async Task CancellingTheDateStepLeavesTheReplyUncoded()
    {
        var coder = RenderCoder();
        await PressAsync(coder, "t");
        Assert.Equal("Follow up on", coder.Find($"label[for='{coder.Find("input[type=date]").Id}']").TextContent.Trim());

        await coder.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").ClickAsync(new());

        Assert.Empty(coder.FindAll("form"));
        Assert.Empty(coded);
    }

    [Fact]
    public void NoErrorIsShownWhileNothingWentWrong()
    {
        var coder = RenderCoder();

        Assert.Empty(coder.FindAll("[role=alert]"));
        Assert.DoesNotContain("error", coder.Find("section").TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ARefusedCodingSaysWhy()
    {
        var coder = RenderCoder(error: WorkResult.Conflict());

        Assert.Equal(WorkResult.ConflictMessage, coder.Find("[role=alert]").TextContent.Trim());
    }

    [Fact]
    public void TheSuggestedCodeIsMarkedAndNamedWithItsKey()
    {
        var coder = RenderCoder(new ReplySuggestion(DispositionCode.PriceObjection, "mentions price"));

        Assert.Contains("Suggested: Price objection (mentions price). Press p to accept", coder.Find("[role=note]").TextContent);
        var suggested = coder.FindAll("button[aria-keyshortcuts=p]").Single();
        Assert.Contains("mud-button-filled-warning", suggested.ClassName);
        Assert.Empty(coded);
    }
}
