namespace Assessment.Core.Benchmarking;

/// <summary>How a partnership's rate stands against the force area's (see <see cref="Statistics.OverdispersedRateInterval"/>).</summary>
public enum RateVerdict
{
    /// <summary>The interval contains the force rate: not distinguishable from the force area.</summary>
    Similar,

    /// <summary>The interval lies wholly above the force rate.</summary>
    Higher,

    /// <summary>The interval lies wholly below the force rate.</summary>
    Lower,
}
