using System.Net;
using System.Net.Http.Json;
using SdrWorkspace.Web.Features.Api;

namespace SdrWorkspace.Web.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class ApiAuthenticationTests(ApiFactory app)
{
    [Fact]
    public async Task ACallWithoutAKeyIsUnauthorizedWithProblemDetails()
    {
        var response = await app.ApiClient(key: null).GetAsync("/api/v1/leads/1");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ACallWithAWrongKeyIsUnauthorized()
    {
        var response = await app.ApiClient("not-a-key").GetAsync("/api/v1/leads/1");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AKeyCreatedByAnAdminWorksUntilItIsRevoked()
    {
        var keys = app.Service<ApiKeyStore>();
        var secret = await keys.CreateAsync("Marketing automation", "admin@demo.local");
        var client = app.ApiClient(secret);

        var before = await client.GetAsync("/api/v1/leads?limit=1");
        var id = (await keys.ListAsync()).Single(k => k.Name == "Marketing automation").Id;
        await keys.RevokeAsync(id, "admin@demo.local");
        var after = await client.GetAsync("/api/v1/leads?limit=1");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task OnlyTheHashOfAKeyIsStored()
    {
        var keys = app.Service<ApiKeyStore>();
        var secret = await keys.CreateAsync("Hash check", "admin@demo.local");

        var row = (await keys.ListAsync()).Single(k => k.Name == "Hash check");

        Assert.True(secret.Length > 20);
        Assert.Equal(secret[..8], row.Prefix);
    }

    [Fact]
    public async Task TheSignInCookieDoesNotAuthenticateTheApi()
    {
        var client = app.ApiClient(key: null);
        var login = await client.GetStringAsync("/Account/Login");
        var token = System.Text.RegularExpressions.Regex.Match(login, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        var signIn = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "manager@demo.local",
            ["Input.Password"] = "Demo-Passw0rd!",
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "login",
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/leads")).StatusCode);

        var response = await client.GetAsync("/api/v1/leads?limit=1");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task TheOpenApiDocumentIsServedWithoutAKey()
    {
        var document = await app.ApiClient(key: null).GetFromJsonAsync<System.Text.Json.JsonElement>("/openapi/v1.json");

        Assert.True(document.GetProperty("paths").TryGetProperty("/api/v1/events", out _));
    }

    [Fact]
    public async Task AnUnknownApiAddressIsANotFoundProblemNotAPage()
    {
        var response = await app.ApiClient().GetAsync("/api/v1/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/leads")]
    [InlineData("/leads/export.csv")]
    [InlineData("/admin/api-keys")]
    [InlineData("/import")]
    public async Task AKeyCarriesOnlyIngestionRightsAndOpensNoPage(string page)
    {
        var client = app.ApiClient();

        var ingestion = await client.GetAsync("/api/v1/leads?limit=1");
        var response = await client.GetAsync(page);

        Assert.Equal(HttpStatusCode.OK, ingestion.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", response.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task AKeyCannotOpenABlazorCircuit()
    {
        var response = await app.ApiClient().PostAsync("/_blazor/negotiate?negotiateVersion=1", null);

        // Refused one way or another (sent to sign in, 401, or 400 on .NET 10), and never handed a connection.
        Assert.False(response.IsSuccessStatusCode, $"{(int)response.StatusCode}");
        Assert.DoesNotContain("connectionToken", await response.Content.ReadAsStringAsync());
    }
}
