using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using SdrWorkspace.Web.Features.Ingestion;
using SdrWorkspace.Web.Tests.Api;

namespace SdrWorkspace.Web.Tests.Import;

[Collection(ApiCollection.Name)]
public sealed class LeadCsvExportTests(ApiFactory app)
{
    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var login = await client.GetStringAsync("/Account/Login");
        var token = Regex.Match(login, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "Demo-Passw0rd!",
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "login",
        }));
        return client;
    }

    [Fact]
    public async Task ExportedCellsThatLookLikeFormulasAreEscaped()
    {
        await app.Service<IngestionWriter>().WriteAsync(
            [new LeadInput("formula@evil-co.com", "=HYPERLINK(\"http://evil\")", "+SUM(A1)", "@admin", Source: "-2+3", Campaign: "Export escaping")],
            [], "test", "test");
        var client = await SignedInAsync("marketing@demo.local");

        var response = await client.GetAsync("/leads/export.csv?source=-2%2B3");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Id,First name", lines[0]);
        var row = Assert.Single(lines.Skip(1));
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\")\"", row);
        Assert.Contains(",'+SUM(A1),", row);
        Assert.Contains(",'@admin,", row);
        Assert.Contains(",'-2+3,", row);
    }

    [Fact]
    public async Task TheExportNeedsASignedInUser()
    {
        var response = await app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync("/leads/export.csv");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
