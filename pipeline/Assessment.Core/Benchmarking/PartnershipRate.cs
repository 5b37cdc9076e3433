using Assessment.Core.Statistics;

namespace Assessment.Core.Benchmarking;

/// <summary>One partnership's rate for one theme over the assessment period.</summary>
/// <param name="Code">ONS CSP code.</param>
/// <param name="Name">CSP name.</param>
/// <param name="IsArea">True for the partnership the assessment is for.</param>
/// <param name="Count">Rows over the period.</param>
/// <param name="Residents">Residents (persons).</param>
/// <param name="Rate">Count per 1,000 residents over the period.</param>
/// <param name="Interval">Interval of <see cref="Rate"/> at the comparison's level, per 1,000 residents.</param>
/// <param name="Dispersion">φ̂ of the partnership's monthly counts against the force's monthly shape (NaN when not estimable).</param>
/// <param name="DegreesOfFreedom">d of φ̂: months with a force count minus 1.</param>
/// <param name="Verdict">Against the force rate.</param>
/// <param name="Rank">1 for the highest rate in the force.</param>
public sealed record PartnershipRate(
    string Code,
    string Name,
    bool IsArea,
    long Count,
    double Residents,
    double Rate,
    ConfidenceInterval Interval,
    double Dispersion,
    int DegreesOfFreedom,
    RateVerdict Verdict,
    int Rank);
