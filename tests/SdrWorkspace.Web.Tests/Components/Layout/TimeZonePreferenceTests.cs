using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Domain.Users;
using SdrWorkspace.Web.Components.Layout;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Components.Layout;

/// <summary>The zone a user reads times in is kept with the user, each their own.</summary>
[Collection(DemoWorkspaceCollection.Name)]
public class TimeZonePreferenceTests(DemoWorkspace app)
{
    private TimeZonePreference Zones => app.Services.GetRequiredService<TimeZonePreference>();

    [Fact]
    public async Task EachUserKeepsTheirOwnZone()
    {
        var newYork = await app.PrincipalOfAsync(await app.AddUserAsync(Roles.Sdr));
        var berlinUser = await app.AddUserAsync(Roles.Sdr);
        var berlin = await app.PrincipalOfAsync(berlinUser);

        Assert.True(await Zones.SetAsync(newYork, "America/New_York"));
        Assert.True(await Zones.SetAsync(berlin, "Europe/Berlin"));

        Assert.Equal(("America/New_York", "Europe/Berlin"), (await Zones.GetAsync(newYork), await Zones.GetAsync(berlin)));
        await using var db = app.CreateDbContext();
        Assert.Equal("Europe/Berlin", await db.Users.Where(u => u.Email == berlinUser.Email).Select(u => u.TimeZone).SingleAsync());
    }

    [Fact]
    public async Task AUserWhoseBrowserHasNotToldTheirZoneHasNone()
    {
        var user = await app.PrincipalOfAsync(await app.AddUserAsync(Roles.Manager));

        Assert.Null(await Zones.GetAsync(user));
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("")]
    public async Task AZoneTheServerDoesNotKnowIsRefusedAndTheKeptOneStays(string forged)
    {
        var user = await app.PrincipalOfAsync(await app.AddUserAsync(Roles.Sdr));
        await Zones.SetAsync(user, "Asia/Tokyo");

        Assert.False(await Zones.SetAsync(user, forged));

        Assert.Equal("Asia/Tokyo", await Zones.GetAsync(user));
    }
}
