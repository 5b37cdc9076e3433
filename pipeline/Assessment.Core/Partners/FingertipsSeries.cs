namespace Assessment.Core.Partners;

/// <summary>One area's values of one Fingertips indicator, oldest period first.</summary>
/// <param name="AreaCode">ONS code, e.g. "E07000106".</param>
/// <param name="AreaName">As published, e.g. "Canterbury".</param>
/// <param name="Points">The area rows, in period order.</param>
public sealed record FingertipsSeries(string AreaCode, string AreaName, IReadOnlyList<FingertipsRecord> Points)
{
    /// <summary>The value of <paramref name="period"/>, or null when absent or suppressed.</summary>
    public FingertipsRecord? At(string period) => Points.FirstOrDefault(p => p.Period == period);
}
