namespace Assessment.Core.Spatial;

/// <summary>What a convex hull degenerates to.</summary>
public enum HullKind
{
    /// <summary>All points at one position.</summary>
    Point,

    /// <summary>Two or more distinct positions on one straight line.</summary>
    Line,

    /// <summary>Three or more positions not on one line.</summary>
    Polygon,
}
