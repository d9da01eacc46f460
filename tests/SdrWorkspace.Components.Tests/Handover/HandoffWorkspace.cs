using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Components.Tests.Handover;

/// <summary>One app over demo data for the hand-off components that write; each test works on its own leads.</summary>
[CollectionDefinition(Name)]
public sealed class HandoffWorkspace : ICollectionFixture<ChangingWorkspace>
{
    public const string Name = "Hand-off workspace";
}
