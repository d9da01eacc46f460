using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SdrWorkspace.Web.Features.Api;

namespace SdrWorkspace.Web.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class LeadsApiTests(ApiFactory app)
{
    private readonly HttpClient _api = app.ApiClient();

    [Fact]
    public async Task PostingANewLeadCreatesItAndPostingItAgainUpdatesIt()
    {
        var created = await _api.PostAsJsonAsync("/api/v1/leads", ApiCalls.IcpLead("new.lead@acme-software-api.com"));
        var updated = await _api.PostAsJsonAsync("/api/v1/leads", new { email = "NEW.Lead@Acme-Software-API.com", title = "CRO" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var first = await created.Content.ReadFromJsonAsync<LeadResource>();
        var second = await updated.Content.ReadFromJsonAsync<LeadResource>();
        Assert.Equal(first!.Id, second!.Id);
        Assert.Equal("CRO", second.Title);
        Assert.Equal("Dana", second.FirstName);
        Assert.Equal("Lead", second.Stage);
        Assert.NotEmpty(second.ScoreBreakdown);
    }

    [Fact]
    public async Task LeadsOfOneCompanyDomainShareOneAccount()
    {
        await _api.PostAsJsonAsync("/api/v1/leads", new { email = "a@shared-domain.io", company = new { name = "Shared", domain = "shared-domain.io" } });
        await _api.PostAsJsonAsync("/api/v1/leads", new { email = "b@shared-domain.io", company = new { name = "Shared Inc", domain = "WWW.Shared-Domain.io" } });

        var a = await _api.GetFromJsonAsync<List<LeadResource>>("/api/v1/leads?email=a@shared-domain.io");
        var b = await _api.GetFromJsonAsync<List<LeadResource>>("/api/v1/leads?email=b@shared-domain.io");

        Assert.Equal("shared-domain.io", a!.Single().Company!.Domain);
        Assert.Equal("Shared Inc", b!.Single().Company!.Name);
        Assert.Equal("Shared Inc", (await _api.GetFromJsonAsync<List<LeadResource>>("/api/v1/leads?email=a@shared-domain.io"))!.Single().Company!.Name);
    }

    [Fact]
    public async Task AnInvalidLeadIsRefusedWithFieldErrors()
    {
        var response = await _api.PostAsJsonAsync("/api/v1/leads", new { email = "not-an-email", company = new { domain = "nodot", employees = -3 } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.True(errors.TryGetProperty("company.domain", out _));
        Assert.True(errors.TryGetProperty("company.employees", out _));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"email\": 42}")]
    [InlineData("")]
    [InlineData("null")]
    public async Task GarbageIsAMalformedRequestNeverAServerError(string body)
    {
        var response = await _api.PostAsync("/api/v1/leads", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnUnknownLeadIsNotFound()
    {
        var response = await _api.GetAsync("/api/v1/leads/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task LeadsAreListedByStage()
    {
        var leads = await _api.GetFromJsonAsync<List<LeadResource>>("/api/v1/leads?stage=MQL&limit=20");

        Assert.NotEmpty(leads!);
        Assert.All(leads!, l => Assert.Equal("MQL", l.Stage));
    }

    [Fact]
    public async Task AnUnknownStageIsAnInvalidValue()
    {
        var response = await _api.GetAsync("/api/v1/leads?stage=Hot");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task TheFunnelGivesStageCountsAndConversionForThePeriod()
    {
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        var funnel = await _api.GetFromJsonAsync<FunnelResource>($"/api/v1/funnel?from=2020-01-01&to={today}");

        Assert.Equal(["Lead", "MQL", "SAL", "SQL", "Opportunity"], funnel!.Stages.Select(s => s.Stage));
        Assert.True(funnel.Stages[0].Reached >= 300);
        Assert.NotNull(funnel.Stages[1].ConversionFromPrevious);
    }

    [Fact]
    public async Task AFunnelWithABadDateIsAnInvalidValue()
    {
        var response = await _api.GetAsync("/api/v1/funnel?from=yesterday");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }
}
