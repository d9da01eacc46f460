namespace SdrWorkspace.Web.Tests.Infrastructure;

/// <summary>A small demo app of its own for a test class that changes data (one per class, never shared).</summary>
public sealed class ChangingWorkspace() : SdrWorkspaceFactory(DemoDataSize.Small);
