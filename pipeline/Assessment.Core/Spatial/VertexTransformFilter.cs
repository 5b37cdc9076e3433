using NetTopologySuite.Geometries;

namespace Assessment.Core.Spatial;

/// <summary>
/// Replaces every vertex (x, y) of a geometry by <c>transform(x, y)</c>. Works on coordinate sequences rather than
/// <see cref="Coordinate"/> objects because packed sequences hand out copies that would not write back.
/// </summary>
internal sealed class VertexTransformFilter(Func<double, double, (double X, double Y)> transform) : ICoordinateSequenceFilter
{
    public bool Done => false;

    public bool GeometryChanged => true;

    public void Filter(CoordinateSequence seq, int i)
    {
        var (x, y) = transform(seq.GetX(i), seq.GetY(i));
        seq.SetX(i, x);
        seq.SetY(i, y);
    }
}
