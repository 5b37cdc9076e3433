namespace Assessment.Core.Tests.Clustering;

/// <summary>Hubert–Arabie adjusted Rand index of two labellings: 1 when they are the same partition.</summary>
internal static class AdjustedRandIndex
{
    public static double Compute(int[] a, int[] b)
    {
        if (a.Length != b.Length) throw new ArgumentException("Labellings differ in length.");
        static double Pairs(long n) => n * (n - 1) / 2.0;
        var joint = a.Zip(b).GroupBy(x => x).Sum(g => Pairs(g.Count()));
        var rows = a.GroupBy(x => x).Sum(g => Pairs(g.Count()));
        var cols = b.GroupBy(x => x).Sum(g => Pairs(g.Count()));
        var expected = rows * cols / Pairs(a.Length);
        var max = (rows + cols) / 2;
        return max == expected ? 1 : (joint - expected) / (max - expected);
    }
}
