using SdrWorkspace.E2E.Infrastructure;
using SdrWorkspace.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace SdrWorkspace.E2E;

[Collection(AppCollection.Name)]
public sealed class ImportTests(AppFixture app)
{
    [Fact]
    public async Task MarketingImportsASmallCsvFile()
    {
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Marketing);
        var import = new ImportCsvPage(page);
        await import.OpenAsync();

        await import.ChooseFileAsync("webinar.csv", """
            Email,First name,Last name,Job title,Company,Website,Industry,Employees,Country
            ana.silva@e2e-import.com,Ana,Silva,VP of Marketing,E2E Import,e2e-import.com,Software,400,Germany
            ben.ode@e2e-import.com,Ben,Ode,Director of Sales,E2E Import,e2e-import.com,Software,400,Germany
            cy.park@other-e2e.com,Cy,Park,CTO,Other E2E,other-e2e.com,Internet,120,US
            """);
        await Expect(import.ColumnFor("Email")).ToHaveValueAsync("Email");
        await import.CheckButton.ClickAsync();
        await Expect(import.Status).ToContainTextAsync("All 3 rows are valid");
        await import.ImportButton.ClickAsync();

        await Expect(import.Status).ToContainTextAsync("Imported 3 rows: 3 new leads, 0 updated");
    }

    [Fact]
    public async Task AFileWithABadRowImportsNothingAndNamesTheRow()
    {
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Marketing);
        var import = new ImportCsvPage(page);
        await import.OpenAsync();

        await import.ChooseFileAsync("bad.csv", """
            Email,First name
            ok@e2e-bad.com,Ok
            not-an-email,Bad
            """);
        await import.CheckButton.ClickAsync();

        await Expect(import.ErrorOnRow(3)).ToContainTextAsync("Email is not a valid email address");
        await Expect(import.ImportButton).ToBeDisabledAsync();
    }
}
