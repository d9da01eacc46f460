using Microsoft.Playwright;

namespace SdrWorkspace.E2E.Pages;

public sealed class ImportCsvPage(IPage page)
{
    public async Task OpenAsync()
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Import" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Import from CSV", Level = 1 }).WaitForAsync();
    }

    public Task ChooseFileAsync(string name, string content) =>
        page.GetByLabel("CSV file").SetInputFilesAsync(new FilePayload
        {
            Name = name,
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes(content),
        });

    public ILocator ColumnFor(string field) => page.GetByLabel($"Column for {field}");

    public ILocator CheckButton => page.GetByRole(AriaRole.Button, new() { Name = "Check rows" });

    public ILocator ImportButton => page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Import \\d") });

    public ILocator Status => page.GetByRole(AriaRole.Status).Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("rows") });

    public ILocator Errors => page.GetByRole(AriaRole.Alert);
}
