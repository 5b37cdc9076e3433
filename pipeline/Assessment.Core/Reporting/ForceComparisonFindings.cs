using Assessment.Core.Benchmarking;

namespace Assessment.Core.Reporting;

/// <summary>The comparison with the other partnerships of the force, as the overview chapter takes it.</summary>
/// <param name="Comparison">The comparison, or null when it could not be made.</param>
/// <param name="Absence">Why there is no comparison (one sentence), shown when <paramref name="Comparison"/> is null.</param>
/// <param name="PopulationSource">Where the residents come from (publisher, file, reference date and licence).</param>
public sealed record ForceComparisonFindings(ForceComparison? Comparison, string Absence, string PopulationSource);
