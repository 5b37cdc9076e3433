namespace Assessment.Core.Clustering;

/// <summary>A tag (location text or crime type) and the events carrying it.</summary>
/// <param name="Tag">The tag as given on the points, compared ordinally (case-sensitive).</param>
/// <param name="Count">Events carrying the tag: the sum of those points' weights.</param>
public sealed record TagCount(string Tag, double Count);
