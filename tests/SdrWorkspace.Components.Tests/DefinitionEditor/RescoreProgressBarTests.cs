using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Web.Features.DefinitionEditor;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Components.Tests.DefinitionEditor;

public class RescoreProgressBarTests(ChangingWorkspace app) : WorkspaceComponentTest(app), IClassFixture<ChangingWorkspace>
{
    [Fact]
    public async Task ARunIsFollowedLiveUntilItSaysWhatChangedInThePreviewsTerms()
    {
        var tracker = App.Services.GetRequiredService<RescoreTracker>();
        var version = (await App.Services.GetRequiredService<DefinitionService>().CurrentAsync()).Version;
        var bar = Context.Render<RescoreProgressBar>();
        Assert.Empty(bar.FindAll("[role=progressbar], [data-testid=rescore-done]"));
        var seenRunning = false;
        bar.OnMarkupUpdated += (_, _) => seenRunning |= bar.FindAll("[role=progressbar]").Count > 0;

        await tracker.Start(version);

        bar.WaitForAssertion(() => Assert.Matches(
            $@"^All [\d,]+ leads re-scored under version {version}: [\d,]+ leads? changed stage.*, [\d,]+ changed score, [\d,]+ changed priority band\.$",
            string.Join(' ', bar.Find("[data-testid=rescore-done]").TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace(" ,", ",")));
        Assert.True(seenRunning, "the progress bar should show while the run goes on");
    }
}
