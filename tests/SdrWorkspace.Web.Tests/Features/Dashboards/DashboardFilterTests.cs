using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Dashboards;

namespace SdrWorkspace.Web.Tests.Features.Dashboards;

public class DashboardFilterTests
{
    [Fact]
    public void AnExportLinkCarriesTheFilterToTheTick()
    {
        var from = new DateTime(2026, 8, 25, 9, 0, 0, DateTimeKind.Utc).AddTicks(1_234_567);
        var filter = new DashboardFilter(from, from.AddDays(90), "Webinar", "Q3 launch & demo", "Software", CompanySize.MidMarket, "user-1");

        var query = filter.ToQueryString("funnel.reached.MQL");
        var read = DashboardFilter.TryParse(new QueryCollection(QueryHelpers.ParseQuery(query)), out var parsed, out _);

        Assert.True(read);
        Assert.Equal(filter, parsed);
        Assert.Contains("figure=funnel.reached.MQL", query);
    }

    [Fact]
    public void APeriodWithoutFractionsOfASecondIsReadToo()
    {
        DashboardFilter.TryParse(new QueryCollection(QueryHelpers.ParseQuery("?from=2026-08-01T00:00:00Z&to=2026-09-01T00:00:00Z")), out var parsed, out _);

        Assert.Equal(new DashboardFilter(new DateTime(2026, 8, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 9, 1, 0, 0, 0, DateTimeKind.Utc)), parsed);
        Assert.Equal(DateTimeKind.Utc, parsed!.From.Kind);
    }
}
