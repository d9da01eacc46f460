using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using SdrWorkspace.E2E.Infrastructure;
using SdrWorkspace.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace SdrWorkspace.E2E;

/// <summary>
/// Call notes typed while another writer (a large import) holds the database are saved once it lets go,
/// without the SDR typing again. A server of its own that waits only a second for the write lock.
/// </summary>
public sealed class BusyAutosaveTests(BusyAutosaveTests.ImpatientApp app) : IClassFixture<BusyAutosaveTests.ImpatientApp>
{
    public sealed class ImpatientApp() : AppFixture(new Dictionary<string, string> { ["DemoData__Leads"] = "300", ["DemoData__Accounts"] = "40" }, "Default Timeout=1");

    [Fact]
    public async Task NotesTypedWhileTheDatabaseIsBusyAreSavedWhenItIsFreeAgain()
    {
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Sdr);
        var qualify = new QualifyPage(page);
        try
        {
            await qualify.OpenAsync(await new QueuePage(page).LeadIdOfAsync(new QueuePage(page).Rows.First));
        }
        catch (TimeoutException e)
        {
            // This server gives up on the write lock after a second, so what it logged is the likeliest explanation.
            var log = app.Server.Output;
            throw new TimeoutException($"{e.Message}\nThe server's last output:\n{log[Math.Max(0, log.Length - 4_000)..]}", e);
        }
        await qualify.Evidence("Budget").FillAsync("Budget approved for Q1");
        await qualify.WaitUntilSavedAsync();

        await using (var import = new SqliteConnection($"Data Source={app.Server.DatabasePath}"))
        {
            await import.OpenAsync();
            await using var hold = import.CreateCommand();
            hold.CommandText = "BEGIN IMMEDIATE";
            await hold.ExecuteNonQueryAsync();
            await qualify.Notes.FillAsync("Typed while an import held the database");
            await Expect(qualify.SaveStatus).ToHaveTextAsync(new Regex("^Not saved yet: the database is busy"));
            hold.CommandText = "ROLLBACK";
            await hold.ExecuteNonQueryAsync();
        }

        await qualify.WaitUntilSavedAsync();
        var elsewhere = await LoginPage.SignedInAsync(app, DemoAccounts.Sdr);
        await elsewhere.GotoAsync(page.Url);
        var draft = new QualifyPage(elsewhere);
        await draft.WaitUntilInteractiveAsync();
        await Expect(draft.Notes).ToHaveValueAsync("Typed while an import held the database");
    }
}
