using Assessment.Core.Model;

namespace Assessment.Core.Trends;

/// <summary>Everything <see cref="TrendAnalysis.Run"/> works from.</summary>
/// <param name="AreaName">E.g. "Canterbury"; the <c>area</c> column of the output tables.</param>
/// <param name="Period">Assessment and comparison periods.</param>
/// <param name="Counts">In-area counts by month and police.uk crime type over all loaded months (absent combinations are zero).</param>
/// <param name="Quality">One row per input file: which months are loaded, and the "No Location" rows of each.</param>
public sealed record TrendInput(string AreaName, AssessmentPeriod Period, IReadOnlyList<MonthlyCount> Counts, IReadOnlyList<FileQuality> Quality)
{
    /// <summary>
    /// Priority themes and their crime types; may be empty (no theme level). Required so that the caller, not the
    /// analysis, picks the partnership's themes (the configured priorities, <c>Reporting.PriorityTheme.TrendThemes</c>).
    /// </summary>
    public required IReadOnlyList<TrendTheme> Themes { get; init; }

    /// <summary>
    /// Harm weights. Required because the usual table, the built-in indicative one, is data shipped by the file-system
    /// adapter (<c>Assessment.Files.Trends.HarmWeightFile.Default</c>), which the analysis cannot read.
    /// </summary>
    public required HarmWeightTable HarmWeights { get; init; }

    /// <summary>Counts by ward when a ward boundary file was given; null leaves the ward level out.</summary>
    public WardCounts? Wards { get; init; }

    /// <summary>The area's residents when a population file was given; null means counts only.</summary>
    public AreaPopulation? Population { get; init; }

    /// <summary>Located rows by month, LSOA code and name (all rows, in the area or not), for the LSOA-vintage check; empty skips it.</summary>
    public IReadOnlyList<LsoaMonthCount> LsoaObservations { get; init; } = [];

    /// <summary>Months the control limits are computed from; null means every loaded month before the assessment period.</summary>
    public MonthRange? ControlBaseline { get; init; }

    /// <summary>Thresholds and levels.</summary>
    public TrendOptions Options { get; init; } = TrendOptions.Default;

    /// <summary>
    /// Each force's name by slug, as its rows give it (e.g. "btp" → "British Transport Police"), so that text and
    /// tables name forces as a reader knows them; a force not listed is named by its slug.
    /// </summary>
    public IReadOnlyDictionary<string, string> ForceNames { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
