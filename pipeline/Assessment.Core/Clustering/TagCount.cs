namespace Assessment.Core.Clustering;

/// <summary>A tag (location text or crime type) and the events carrying it.</summary>
public sealed record TagCount(string Tag, double Count);
