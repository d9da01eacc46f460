using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Components.Shared;

namespace SdrWorkspace.Components.Tests.Shell;

public class SharedComponentsTests : ComponentTest
{
    [Fact]
    public void AStageBadgeNamesTheStageInItsColour()
    {
        var badge = Context.Render<StageBadge>(p => p.Add(b => b.Stage, LifecycleStage.Disqualified));

        Assert.Equal("Disqualified", badge.Find(".mud-chip").TextContent.Trim());
        Assert.Contains("mud-chip-color-error", badge.Find(".mud-chip").ClassName);
    }

    [Fact]
    public void AnEmptyStateSaysWhatToDo()
    {
        var empty = Context.Render<EmptyState>(p => p
            .Add(e => e.Title, "No leads match")
            .Add(e => e.Hint, "Clear a filter to see more."));

        Assert.Equal("status", empty.Find(".empty-state").GetAttribute("role"));
        Assert.Contains("Clear a filter to see more.", empty.Markup);
    }

    [Fact]
    public void ADetailPageHeaderLeadsBackToItsList()
    {
        var header = Context.Render<PageHeader>(p => p
            .Add(h => h.Title, "Ana Silva")
            .Add(h => h.BackHref, "/leads")
            .Add(h => h.BackText, "Leads"));

        Assert.Equal("/leads", header.Find(".mud-breadcrumbs a").GetAttribute("href"));
        Assert.Equal("Ana Silva", header.Find("h1").TextContent);
    }

    [Fact]
    public void AListPageHeaderHasNoBackLink()
    {
        var header = Context.Render<PageHeader>(p => p.Add(h => h.Title, "My queue"));

        Assert.Empty(header.FindAll(".mud-breadcrumbs"));
    }
}
