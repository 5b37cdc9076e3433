namespace Assessment.Core.Clustering;

/// <summary>Settings for <see cref="ClusterSummariser.Summarise"/>.</summary>
public sealed record ClusterSummaryOptions
{
    /// <summary>How many location texts and crime types to list per cluster, at least 1.</summary>
    public int TopCount { get; init; } = 3;

    /// <summary>
    /// The previous period's events are counted inside the cluster's convex hull widened by this many metres (0 or more).
    /// With 0 a one-place cluster compares like with like: the same snap point.
    /// </summary>
    public double FootprintBufferMetres { get; init; }

    internal void Validate()
    {
        if (TopCount < 1) throw new ArgumentOutOfRangeException(nameof(TopCount), TopCount, "List at least one tag.");
        if (!double.IsFinite(FootprintBufferMetres) || FootprintBufferMetres < 0)
            throw new ArgumentOutOfRangeException(nameof(FootprintBufferMetres), FootprintBufferMetres, "The buffer must be a finite number of metres, zero or more.");
    }
}
