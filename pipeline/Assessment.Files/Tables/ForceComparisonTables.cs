using Assessment.Core.Benchmarking;
using Assessment.Files.Benchmarking;

namespace Assessment.Files.Tables;

/// <summary>
/// The force comparison as CSV under <c>&lt;out&gt;/tables/</c>: <c>benchmark.csv</c> (one row per theme and partnership)
/// and <c>benchmark_counts.csv</c> (the compact table of rows by force, district, month and crime type that the
/// comparison was computed from, readable by <see cref="DistrictCountFile"/>). Column names and order are part of the
/// output contract.
/// </summary>
public static class ForceComparisonTables
{
    /// <summary>
    /// Columns of benchmark.csv. theme is "all-crime" or a priority's id, theme_label its name; rates and limits are per
    /// 1,000 residents over the period (first_month to last_month, YYYY-MM); dispersion is φ̂ of the monthly counts
    /// (empty when not estimable) on degrees_of_freedom; verdict is "higher", "lower" or "similar" against the force
    /// rate; rank 1 is the highest rate; is_area is true for the area's partnership.
    /// </summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "theme", "theme_label", "csp_code", "csp_name", "is_area", "count", "residents", "rate_per_1000", "lower", "upper", "confidence_level",
        "dispersion", "degrees_of_freedom", "verdict", "rank", "force_count", "force_residents", "force_rate_per_1000", "first_month", "last_month",
    ];

    /// <summary>Writes benchmark.csv (when <paramref name="comparison"/> is given) and benchmark_counts.csv (when <paramref name="counts"/> are); returns the paths written.</summary>
    /// <param name="outputDirectory">The run's output folder.</param>
    /// <param name="comparison">The comparison, or null.</param>
    /// <param name="counts">The compact table read from the store, or null when the counts came from a file.</param>
    /// <exception cref="IOException">A file could not be written.</exception>
    public static IReadOnlyList<string> Write(string outputDirectory, ForceComparison? comparison, IReadOnlyList<DistrictCrimeCount>? counts)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        var folder = Path.Combine(outputDirectory, "tables");
        var written = new List<string>();
        if (comparison is not null)
        {
            var path = Path.Combine(folder, "benchmark.csv");
            CsvTableWriter.Write(path, Columns, comparison.Themes.SelectMany(t => t.Partnerships.Select(p => (IReadOnlyList<object?>)
            [
                t.Id, t.Name, p.Code, p.Name, p.IsArea, p.Count, p.Residents, p.Rate, p.Interval.Lower, p.Interval.Upper, comparison.ConfidenceLevel,
                p.Dispersion, p.DegreesOfFreedom, p.Verdict.ToString().ToLowerInvariant(), p.Rank, t.ForceCount, t.ForceResidents, t.ForceRate,
                comparison.Period.First.ToString(), comparison.Period.Last.ToString(),
            ])));
            written.Add(path);
        }
        if (counts is not null)
        {
            var path = Path.Combine(folder, "benchmark_counts.csv");
            CsvTableWriter.Write(path, DistrictCountFile.Columns,
                counts.Select(c => (IReadOnlyList<object?>)[c.Force, c.District, c.Month.ToString(), c.CrimeType, c.Count]));
            written.Add(path);
        }
        return written;
    }
}
