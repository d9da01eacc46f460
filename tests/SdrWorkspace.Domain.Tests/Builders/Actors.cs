using SdrWorkspace.Domain.Handover;
using SdrWorkspace.Domain.Users;

namespace SdrWorkspace.Domain.Tests.Builders;

/// <summary>The people on either side of a hand-off.</summary>
public static class Actors
{
    public static readonly HandoverActor OwningSdr = new("sdr-1", "sam@demo.local", [Roles.Sdr]);
    public static readonly HandoverActor OtherSdr = new("sdr-2", "alex@demo.local", [Roles.Sdr]);
    public static readonly HandoverActor Manager = new("manager-1", "dana@demo.local", [Roles.Manager]);
    public static readonly HandoverActor Marketing = new("marketing-1", "morgan@demo.local", [Roles.Marketing]);
    public static readonly HandoverActor Ae = new("ae-1", "chris@demo.local", [Roles.AccountExecutive]);
    public static readonly HandoverActor OtherAe = new("ae-2", "elena@demo.local", [Roles.AccountExecutive]);
}
