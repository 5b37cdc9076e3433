namespace Assessment.Core.Charts;

/// <summary>A placed label: its text, the centre of its box and the box's size, in pixels from the plot's top left.</summary>
/// <param name="Text">The label.</param>
/// <param name="X">Box centre, pixels from the left.</param>
/// <param name="Y">Box centre, pixels from the top.</param>
/// <param name="Width">Box width in pixels (an estimate from the font size, see <see cref="MapLabelPlacer.TextWidth"/>).</param>
/// <param name="Height">Box height in pixels.</param>
public sealed record MapLabelBox(string Text, double X, double Y, double Width, double Height)
{
    /// <summary>Whether the two boxes share any area (touching edges do not count).</summary>
    public bool Overlaps(MapLabelBox other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Math.Abs(X - other.X) * 2 < Width + other.Width && Math.Abs(Y - other.Y) * 2 < Height + other.Height;
    }
}
