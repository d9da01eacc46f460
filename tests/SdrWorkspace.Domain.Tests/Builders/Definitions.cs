using SdrWorkspace.Domain.Definition;

namespace SdrWorkspace.Domain.Tests.Builders;

public static class Definitions
{
    /// <summary>A fresh copy of version 1, the published defaults and the demo company's ICP.</summary>
    public static QualificationDefinition Default => DefaultDefinition.Create();
}
