using Assessment.Core.Trends;

namespace Assessment.Core.Partners;

/// <summary>Council ASB cases of one category (or all cases) in the comparison and assessment periods.</summary>
/// <param name="Category">An allowed category, or <see cref="AsbCaseSummary.AllCasesLabel"/>.</param>
/// <param name="Previous">Cases in the comparison period's months compared (every comparison-period month when none is compared).</param>
/// <param name="Current">Cases in the assessment period's months compared (every assessment-period month when none is compared).</param>
/// <param name="Finding">The comparison under the run's year-on-year rule (<see cref="YoyVerdict"/>); null when no month is compared.</param>
public sealed record AsbCategoryChange(string Category, long Previous, long Current, YoyFinding? Finding);
