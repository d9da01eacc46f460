using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Search;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Components.Tests.Search;

/// <summary>The app bar's search box over the real search: typing lists hits, arrows move, Enter opens, Escape closes.</summary>
public class GlobalSearchTests(ChangingWorkspace app) : WorkspaceComponentTest(app), IClassFixture<ChangingWorkspace>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private async Task<(IRenderedComponent<MudPopoverProvider> Popovers, AngleSharp.Dom.IElement Input)> OpenAsync()
    {
        await SignInAsync(DemoUsers.Manager);
        var popovers = RenderProviders();
        var search = Context.Render<GlobalSearch>();
        return (popovers, search.Find($"#{GlobalSearch.InputId}"));
    }

    /// <summary>A key as the browser sends it: down, then up (the box acts on key up).</summary>
    private static async Task PressAsync(AngleSharp.Dom.IElement input, string key)
    {
        await input.KeyDownAsync(new KeyboardEventArgs { Key = key });
        await input.KeyUpAsync(new KeyboardEventArgs { Key = key });
    }

    /// <summary>Types as a user does; the box searches once the typing pauses (its debounce runs on the app's clock).</summary>
    private async Task TypeAsync(AngleSharp.Dom.IElement input, string text)
    {
        await input.FocusAsync(new FocusEventArgs());
        await input.InputAsync(new ChangeEventArgs { Value = text });
        Clock.Advance(TimeSpan.FromMilliseconds(GlobalSearch.DebounceMilliseconds + 1));
    }

    private static IReadOnlyList<AngleSharp.Dom.IElement> Hits(IRenderedComponent<MudPopoverProvider> popovers) =>
        popovers.FindAll(".mud-popover-open [data-testid=search-hit]");

    private string Location => Context.Services.GetRequiredService<NavigationManager>().Uri;

    [Fact]
    public async Task TypingAStartOfANameListsTheLeadsWithStageAndOwner()
    {
        var (company, _) = await AddCompanyAsync("Glasswing", 2);
        var (popovers, input) = await OpenAsync();

        await TypeAsync(input, company);

        popovers.WaitForAssertion(() => Assert.Equal(3, Hits(popovers).Count), Wait);
        Assert.All(Hits(popovers).Take(2), hit => Assert.Contains("Lead", hit.TextContent));
        Assert.All(Hits(popovers).Take(2), hit => Assert.Contains("Sam Rivera", hit.TextContent));
        Assert.Contains("Account · 2 leads", Hits(popovers)[2].TextContent);
    }

    [Fact]
    public async Task ArrowsMoveAndEnterOpensTheHighlightedLead()
    {
        var (company, leads) = await AddCompanyAsync("Kestrel", 2);
        var (popovers, input) = await OpenAsync();
        await TypeAsync(input, company);
        popovers.WaitForAssertion(() => Assert.Equal(3, Hits(popovers).Count), Wait);
        Assert.StartsWith($"{company} Lead1", Hits(popovers)[1].TextContent.Trim());

        await PressAsync(input, "ArrowDown");
        await PressAsync(input, "Enter");

        popovers.WaitForAssertion(() => Assert.EndsWith($"/leads/{leads[1]}", Location), Wait);
    }

    [Fact]
    public async Task EnterOnAnAccountOpensItsLeadsInTheList()
    {
        var (company, _) = await AddCompanyAsync("Osprey", 1);
        var (popovers, input) = await OpenAsync();
        await TypeAsync(input, company);
        popovers.WaitForAssertion(() => Assert.Equal(2, Hits(popovers).Count), Wait);

        await PressAsync(input, "ArrowDown");
        await PressAsync(input, "Enter");

        popovers.WaitForAssertion(() => Assert.EndsWith($"/leads?q={Uri.EscapeDataString(company)}", Location), Wait);
    }

    [Fact]
    public async Task EscapeClosesTheList()
    {
        var (company, _) = await AddCompanyAsync("Plover", 1);
        var (popovers, input) = await OpenAsync();
        await TypeAsync(input, company);
        popovers.WaitForAssertion(() => Assert.NotEmpty(Hits(popovers)), Wait);

        await PressAsync(input, "Escape");

        popovers.WaitForAssertion(() => Assert.Empty(Hits(popovers)), Wait);
    }

    [Fact]
    public async Task TextThatFindsNothingSaysSoAndShowsTheTextAsText()
    {
        var (popovers, input) = await OpenAsync();
        const string typed = "<script>nothing</script>%_";

        await TypeAsync(input, typed);

        popovers.WaitForAssertion(() => Assert.Contains($"No leads or accounts you can see match “{typed}”",
            popovers.Find("[data-testid=search-empty]").TextContent), Wait);
        Assert.Empty(popovers.FindAll("script"));
    }

    /// <summary>A company with this many leads of the demo SDR's, named uniquely so only they match.</summary>
    private async Task<(string Company, IReadOnlyList<int> LeadIds)> AddCompanyAsync(string name, int leads)
    {
        var company = $"{name}{Guid.NewGuid().ToString("N")[..8]}";
        var sdrId = (await App.PrincipalOfAsync(DemoUsers.Sdr)).FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value;
        await using var db = App.CreateDbContext();
        var account = new Account(company, $"{company.ToLowerInvariant()}.test", "Software", 100, null, "US");
        var added = Enumerable.Range(0, leads).Select(i => new Lead(new NewLead($"lead{i}@{company.ToLowerInvariant()}.test", company, $"Lead{i}",
            "VP of Sales", null, "Website", null, account, sdrId), "test", 1, SdrWorkspaceFactory.Now)).ToList();
        db.Leads.AddRange(added);
        await db.SaveChangesAsync();
        return (company, added.Select(l => l.Id).ToList());
    }
}
