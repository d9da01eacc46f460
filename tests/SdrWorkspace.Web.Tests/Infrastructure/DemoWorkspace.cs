namespace SdrWorkspace.Web.Tests.Infrastructure;

/// <summary>One app with the small demo data set, shared by the tests that only read it (seeded once).</summary>
public sealed class DemoWorkspace() : SdrWorkspaceFactory(DemoDataSize.Small);

[CollectionDefinition(Name)]
public sealed class DemoWorkspaceCollection : ICollectionFixture<DemoWorkspace>
{
    public const string Name = "Demo workspace";
}
