using Assessment.Core.Profile;
using Assessment.Core.Reporting.Sections;

namespace Assessment.Files.Tables;

/// <summary>
/// The area profile's rates as CSV: <c>&lt;out&gt;/tables/profile_rates.csv</c>, one row per place (the area, each
/// ward, each LSOA with residents) and series (all crime and ASB, each priority with police.uk crime types). Column
/// names and order are part of the output contract.
/// </summary>
public static class AreaProfileTables
{
    /// <summary>
    /// Columns of profile_rates.csv. level is "area", "ward" or "lsoa"; series is "all" or a priority's id, series_label
    /// its name; residents may be fractional (split LSOAs shared out); rate, ci_low and ci_high are records per 1,000
    /// residents, the interval a 95% exact Poisson interval; lsoas is how many LSOAs the place sums.
    /// </summary>
    public static readonly IReadOnlyList<string> RateColumns =
        ["level", "code", "name", "series", "series_label", "first_month", "last_month", "records", "residents", "lsoas", "rate_per_1000", "ci_low", "ci_high"];

    /// <summary>Writes profile_rates.csv when the profile has rates; returns the paths written (none without rates).</summary>
    public static IReadOnlyList<string> Write(string outputDirectory, AreaProfile profile)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.AreaRates.Count == 0) return [];
        var path = Path.Combine(outputDirectory, "tables", AreaProfileSection.ProfileRatesFile);
        var (first, last) = (profile.Period.First.ToString(), profile.Period.Last.ToString());
        CsvTableWriter.Write(path, RateColumns, profile.AreaRates.Concat(profile.WardRates).Concat(profile.LsoaRates).Select(r => (IReadOnlyList<object?>)
            [r.Level, r.Code, r.Name, r.Series, r.SeriesLabel, first, last, r.Count, Math.Round(r.Residents, 3), r.Lsoas, Math.Round(r.Rate, 4), Math.Round(r.Lower, 4), Math.Round(r.Upper, 4)]));
        return [path];
    }
}
