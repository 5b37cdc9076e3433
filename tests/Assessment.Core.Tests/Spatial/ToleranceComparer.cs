namespace Assessment.Core.Tests.Spatial;

/// <summary>Equality of doubles within an absolute tolerance, for comparing whole arrays.</summary>
internal sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
{
    public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

    public int GetHashCode(double obj) => 0;
}
