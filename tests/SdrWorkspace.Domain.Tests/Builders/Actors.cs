using SdrWorkspace.Domain.Users;

namespace SdrWorkspace.Domain.Tests.Builders;

/// <summary>The people on either side of a hand-off.</summary>
public static class Actors
{
    public static readonly Actor OwningSdr = new("sdr-1", "sam@demo.local", [Roles.Sdr]);
    public static readonly Actor OtherSdr = new("sdr-2", "alex@demo.local", [Roles.Sdr]);
    public static readonly Actor Manager = new("manager-1", "dana@demo.local", [Roles.Manager]);
    public static readonly Actor Marketing = new("marketing-1", "morgan@demo.local", [Roles.Marketing]);
    public static readonly Actor Ae = new("ae-1", "chris@demo.local", [Roles.AccountExecutive]);
    public static readonly Actor OtherAe = new("ae-2", "elena@demo.local", [Roles.AccountExecutive]);
}
