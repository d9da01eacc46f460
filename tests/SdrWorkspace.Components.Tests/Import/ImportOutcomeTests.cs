using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Web.Features.Import;
using SdrWorkspace.Web.Features.Ingestion;

namespace SdrWorkspace.Components.Tests.Import;

public class ImportOutcomeTests : ComponentTest
{
    [Fact]
    public void AFileWithBadRowsListsEachRowAndItsProblem()
    {
        var outcome = Render(Invalid(new RowError(3, "Email is not a valid email address"), new RowError(7, "Headcount cannot be negative")), maxErrors: 100);

        Assert.Contains("Nothing will be imported:", outcome.Find("[data-testid=import-outcome]").TextContent);
        Assert.Contains("2 rows have problems", outcome.Markup);
        var rows = outcome.FindAll(".row-errors tbody tr").Select(r => string.Join(" | ", r.QuerySelectorAll("td").Select(td => td.TextContent.Trim())));
        Assert.Equal(["3 | Email is not a valid email address", "7 | Headcount cannot be negative"], rows);
    }

    [Fact]
    public void OnlyTheFirstErrorsAreListedAndTheRestCounted()
    {
        var errors = Enumerable.Range(2, 5).Select(row => new RowError(row, "Email is required")).ToArray();

        var outcome = Render(Invalid(errors), maxErrors: 3);

        Assert.Equal(3, outcome.FindAll(".row-errors tbody tr").Count);
        Assert.Contains("and 2 more.", outcome.Markup);
    }

    [Fact]
    public void AValidFileSaysItIsReadyToImport()
    {
        var outcome = Render(new ImportCheck(ImportKind.Leads, [], [], [], 3), maxErrors: 100);

        Assert.Contains("All 3 rows are valid and ready to import.", outcome.Find("[data-testid=import-outcome]").TextContent);
        Assert.Empty(outcome.FindAll(".row-errors"));
    }

    [Fact]
    public void AnImportedFileCountsNewAndUpdatedLeads()
    {
        var result = new IngestionResult(
            new Dictionary<string, int> { ["a@x.com"] = 1, ["b@x.com"] = 2, ["c@x.com"] = 3 }, new HashSet<string> { "a@x.com", "b@x.com" }, 0, 0);

        var outcome = Context.Render<ImportOutcome>(p => p
            .Add(o => o.Check, new ImportCheck(ImportKind.Leads, [], [], [], 3)).Add(o => o.Result, result).Add(o => o.MaxErrors, 100));

        Assert.Contains("Imported 3 rows: 2 new leads, 1 updated.", outcome.Find("[data-testid=import-outcome]").TextContent);
    }

    private static ImportCheck Invalid(params RowError[] errors) => new(ImportKind.Leads, [], [], errors, 10);

    private IRenderedComponent<ImportOutcome> Render(ImportCheck check, int maxErrors) =>
        Context.Render<ImportOutcome>(p => p.Add(o => o.Check, check).Add(o => o.MaxErrors, maxErrors));
}
