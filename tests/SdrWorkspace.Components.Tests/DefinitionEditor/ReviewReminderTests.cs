using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Web.Features.DefinitionEditor;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Components.Tests.DefinitionEditor;

/// <summary>The app's clock only moves forward, so each test starts from "not due" and moves past a quarter itself.</summary>
public class ReviewReminderTests(ChangingWorkspace app) : WorkspaceComponentTest(app), IClassFixture<ChangingWorkspace>
{
    private FakeTimeProvider AppClock => (FakeTimeProvider)App.Services.GetRequiredService<TimeProvider>();

    private async Task MarkReviewedNowAsync() =>
        await App.Services.GetRequiredService<DefinitionService>().MarkReviewedAsync(await App.PrincipalOfAsync(DemoUsers.Manager), "test start");

    [Fact]
    public async Task TheReminderAppearsOnceAQuarterHasPassedSinceTheLastReview()
    {
        await MarkReviewedNowAsync();
        await SignInAsync(DemoUsers.Sdr);
        var quiet = Context.Render<ReviewReminder>();
        quiet.WaitForAssertion(() => Assert.Empty(quiet.FindAll("[data-testid=review-reminder]")));

        AppClock.Advance(DefinitionReview.Interval + TimeSpan.FromDays(1));
        var reminder = Context.Render<ReviewReminder>();

        reminder.WaitForAssertion(() => Assert.Contains("a quarterly review was due", reminder.Find("[data-testid=review-reminder]").TextContent));
        Assert.Empty(reminder.Buttons("Mark reviewed"));
    }

    [Fact]
    public async Task AManagerMarksItReviewedAndTheReminderGoes()
    {
        await MarkReviewedNowAsync();
        AppClock.Advance(DefinitionReview.Interval + TimeSpan.FromDays(1));
        await SignInAsync(DemoUsers.Manager);
        var dialogs = Context.Render<MudDialogProvider>();
        var reminder = Context.Render<ReviewReminder>();

        var marking = reminder.WaitForElement("[data-testid=review-reminder] button").ClickAsync(new());
        dialogs.WaitForElement(".mud-dialog");
        await dialogs.Labelled("Review note").InputAsync(new() { Value = "Calibration holds" });
        await dialogs.Button("Mark reviewed").ClickAsync(new());
        await marking;

        reminder.WaitForAssertion(() => Assert.Empty(reminder.FindAll("[data-testid=review-reminder]")));
    }
}
