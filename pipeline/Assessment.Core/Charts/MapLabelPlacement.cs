namespace Assessment.Core.Charts;

/// <summary>The outcome of <see cref="MapLabelPlacer.Place"/>: the labels placed, none overlapping, and those that found no room.</summary>
/// <param name="Placed">Placed boxes, in the order the labels were given.</param>
/// <param name="Dropped">Texts of the labels left off the map, in the order given; the map lists them in its note.</param>
public sealed record MapLabelPlacement(IReadOnlyList<MapLabelBox> Placed, IReadOnlyList<string> Dropped);
