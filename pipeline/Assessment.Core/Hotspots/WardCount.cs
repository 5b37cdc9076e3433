namespace Assessment.Core.Hotspots;

/// <summary>Events of a group in the assessment period inside one ward.</summary>
public sealed record WardCount(string Ward, double Events);
