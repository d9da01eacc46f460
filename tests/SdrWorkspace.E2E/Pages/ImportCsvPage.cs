using Microsoft.Playwright;

namespace SdrWorkspace.E2E.Pages;

public sealed class ImportCsvPage(IPage page)
{
    public async Task OpenAsync()
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Import" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Import from CSV", Level = 1 }).WaitForAsync();
        await LoginPage.WaitUntilInteractiveAsync(page);
    }

    /// <summary>What "Choose a CSV file" opens the picker for: the upload's file input.</summary>
    public Task ChooseFileAsync(string name, string content) =>
        page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = name,
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes(content),
        });

    public ILocator ColumnFor(string field) => page.GetByLabel($"Column for {field}");

    public ILocator CheckButton => page.GetByRole(AriaRole.Button, new() { Name = "Check rows" });

    public ILocator ImportButton => page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Import \\d") });

    public ILocator Status => page.GetByTestId("import-outcome");

    public ILocator Errors => page.GetByRole(AriaRole.Table, new() { Name = "Row errors" });

    public ILocator ErrorOnRow(int row) =>
        Errors.Locator("tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = row.ToString(), Exact = true }) });
}
