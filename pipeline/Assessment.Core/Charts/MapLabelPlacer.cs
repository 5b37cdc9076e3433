namespace Assessment.Core.Charts;

/// <summary>
/// Deterministic label placement for maps: each label tries a fixed ring of positions around its anchor (on it, then
/// above, below, right, left and the diagonals, then the same further out) and takes the first whose box stays inside
/// the plot and overlaps no box placed before it or any reserved box. Labels are taken in the order given, so the
/// caller puts the most important first. A label with no free position is dropped and reported.
/// </summary>
public static class MapLabelPlacer
{
    // Average advance of Inter at weight 600 is about 0.56 em over mixed-case names; a little more keeps boxes honest.
    private const double AverageCharacterWidthEm = 0.6;
    private const double LineHeightEm = 1.25;

    /// <summary>Estimated width in pixels of <paramref name="text"/> at <paramref name="fontSize"/> pixels.</summary>
    public static double TextWidth(string text, double fontSize) => (text ?? "").Length * fontSize * AverageCharacterWidthEm;

    /// <summary>Places the labels.</summary>
    /// <param name="labels">Text and anchor in pixels, most important first.</param>
    /// <param name="fontSize">Font size in pixels.</param>
    /// <param name="width">Plot width in pixels; boxes stay inside it.</param>
    /// <param name="height">Plot height in pixels.</param>
    /// <param name="reserved">Boxes no label may overlap, e.g. the scale bar and north arrow; may be empty.</param>
    public static MapLabelPlacement Place(IReadOnlyList<(string Text, double X, double Y)> labels, double fontSize, double width, double height, IReadOnlyList<MapLabelBox>? reserved = null)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var taken = new List<MapLabelBox>(reserved ?? []);
        var placed = new List<MapLabelBox>();
        var dropped = new List<string>();
        var boxHeight = fontSize * LineHeightEm;
        foreach (var (text, x, y) in labels)
        {
            var boxWidth = TextWidth(text, fontSize);
            MapLabelBox? chosen = null;
            foreach (var (dx, dy) in Offsets(boxWidth, boxHeight))
            {
                var box = new MapLabelBox(text, x + dx, y + dy, boxWidth, boxHeight);
                if (box.X - boxWidth / 2 < 0 || box.X + boxWidth / 2 > width || box.Y - boxHeight / 2 < 0 || box.Y + boxHeight / 2 > height) continue;
                if (taken.Any(box.Overlaps)) continue;
                chosen = box;
                break;
            }
            if (chosen is null) { dropped.Add(text); continue; }
            taken.Add(chosen);
            placed.Add(chosen);
        }
        return new MapLabelPlacement(placed, dropped);
    }

    private static IEnumerable<(double Dx, double Dy)> Offsets(double boxWidth, double boxHeight)
    {
        yield return (0, 0);
        foreach (var step in new[] { 1.0, 2.0 })
        {
            var (h, w) = (boxHeight * step, (boxWidth / 2 + boxHeight) * step);
            yield return (0, -h);
            yield return (0, h);
            yield return (w, 0);
            yield return (-w, 0);
            yield return (w, -h);
            yield return (-w, -h);
            yield return (w, h);
            yield return (-w, h);
        }
    }
}
