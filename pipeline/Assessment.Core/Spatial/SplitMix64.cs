namespace Assessment.Core.Spatial;

/// <summary>
/// Steele, Lea and Flood's SplitMix64 generator (2014): a 64-bit state stepped by a fixed odd constant and mixed.
/// Small, fast and the same on every platform and .NET version, which the permutation test's reproducibility needs.
/// </summary>
internal struct SplitMix64(ulong seed)
{
    private const ulong Increment = 0x9E3779B97F4A7C15UL;

    private ulong state = seed;

    private static ulong Finalise(ulong v)
    {
        v = (v ^ (v >> 30)) * 0xBF58476D1CE4E5B9UL;
        v = (v ^ (v >> 27)) * 0x94D049BB133111EBUL;
        return v ^ (v >> 31);
    }

    /// <summary>The mixing function on its own: unrelated outputs for neighbouring inputs (used to seed one stream per cell).</summary>
    public static ulong Mix(ulong value) => Finalise(value + Increment);

    /// <summary>The next 64 random bits.</summary>
    public ulong Next()
    {
        state += Increment;
        return Finalise(state);
    }

    /// <summary>A uniform integer in [0, <paramref name="bound"/>), without bias (Lemire 2019, multiply and reject).</summary>
    /// <param name="bound">Exclusive upper limit, at least 1.</param>
    public uint Below(uint bound)
    {
        var product = (ulong)(uint)Next() * bound;
        if ((uint)product < bound)
        {
            var threshold = (0u - bound) % bound;
            while ((uint)product < threshold) product = (ulong)(uint)Next() * bound;
        }
        return (uint)(product >> 32);
    }
}
