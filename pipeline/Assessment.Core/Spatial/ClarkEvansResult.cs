namespace Assessment.Core.Spatial;

/// <summary>Clark–Evans nearest-neighbour index for a set of events in an area.</summary>
/// <param name="EventCount">N: events, i.e. the sum of the points' weights.</param>
/// <param name="AreaSquareMetres">A: the study area, m².</param>
/// <param name="ObservedMeanDistance">Mean distance from each event to its nearest other event, metres.</param>
/// <param name="ExpectedMeanDistance">0.5 √(A/N): the mean under complete spatial randomness, metres.</param>
/// <param name="Ratio">R = observed / expected: below 1 clustered, about 1 random, above 1 dispersed.</param>
/// <param name="ZScore">(observed − expected) / (0.26136 √(A/N²)).</param>
/// <param name="PValue">Two-sided p from the standard normal.</param>
/// <param name="SharedLocationShare">Share of events whose location holds another event too (nearest distance 0).</param>
public sealed record ClarkEvansResult(
    long EventCount,
    double AreaSquareMetres,
    double ObservedMeanDistance,
    double ExpectedMeanDistance,
    double Ratio,
    double ZScore,
    double PValue,
    double SharedLocationShare);
