namespace SdrWorkspace.Domain.Common;

/// <summary>A rule of the domain refused an operation; the message is meant for the user.</summary>
public sealed class DomainException(string message) : Exception(message);
