namespace Assessment.Core.Trends;

/// <summary>
/// One force's rows without a location ("No Location": no coordinates, no LSOA) in its force-months compared, in the
/// comparison period and in the assessment period (see <see cref="NoLocationCheck"/>).
/// </summary>
/// <param name="Force">Force slug, e.g. "kent".</param>
/// <param name="PreviousNoLocation">Rows without a location in the force's compared months of the comparison period.</param>
/// <param name="PreviousRows">Rows loaded in those months.</param>
/// <param name="CurrentNoLocation">Rows without a location in the force's compared months of the assessment period.</param>
/// <param name="CurrentRows">Rows loaded in those months.</param>
public sealed record NoLocationShift(string Force, long PreviousNoLocation, long PreviousRows, long CurrentNoLocation, long CurrentRows)
{
    /// <summary>The force's name for text (e.g. "Kent Police"); the slug when no name is known.</summary>
    public string ForceName { get => field ?? Force; init; }

    /// <summary>Previous share p₁ (0–1); NaN when no rows were loaded.</summary>
    public double PreviousShare => PreviousRows > 0 ? (double)PreviousNoLocation / PreviousRows : double.NaN;

    /// <summary>Current share p₂ (0–1); NaN when no rows were loaded.</summary>
    public double CurrentShare => CurrentRows > 0 ? (double)CurrentNoLocation / CurrentRows : double.NaN;

    /// <summary>
    /// k = (1 − p₂)/(1 − p₁), the ratio of the located shares: the rate ratio the area's counts would show from the
    /// change in unlocated rows alone, with no change in crime (rows without a location can never be counted in an
    /// area). NaN when either share is undefined or every previous row lacked a location.
    /// </summary>
    public double LocatedRatio => (1 - CurrentShare) / (1 - PreviousShare) is var k && double.IsFinite(k) && k > 0 ? k : double.NaN;
}
