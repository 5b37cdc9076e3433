namespace Assessment.Files.Lookups;

/// <summary>A partnership or district that the lookups don't hold; the message lists the closest names.</summary>
public sealed class LookupNotFoundException(string message) : Exception(message);
