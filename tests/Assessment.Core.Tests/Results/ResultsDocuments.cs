using Assessment.Core.Results;

namespace Assessment.Tests.Shared;

/// <summary>Hand-made <see cref="AssessmentResultsDocument"/>s for the results tests: one with every part filled, one with every optional part absent.</summary>
internal static class ResultsDocuments
{
    public static RunMetadata Run(string first = "2023-01", string last = "2023-12", string previousFirst = "2022-01", string previousLast = "2022-12") => new(
        "Test Community Safety Partnership", "Test area", new AreaDefinitionResult("lsoa_name_prefix", ["Test "]),
        new PeriodResult(first, last, 12), new PeriodResult(previousFirst, previousLast, 12), 12, 12, "2024-02-01", RunMetadata.RestrictedPublication, "OFFICIAL");

    /// <summary>Every list empty and every optional part null.</summary>
    public static AssessmentResultsDocument Minimal(RunMetadata? run = null) =>
        new(AssessmentResultsDocument.CurrentSchemaVersion, run ?? Run(), [], [], [], [], [], null, null, [], null, null);

    /// <summary>Every part filled with small made-up values.</summary>
    public static AssessmentResultsDocument Full(RunMetadata? run = null) => new(
        AssessmentResultsDocument.CurrentSchemaVersion,
        run ?? Run(),
        [new InputFileResult("2023-01/2023-01-test-street.csv", "test", "2023-01", 120, 118, 2, 3, 15, 100)],
        [new CrimeTypeCount("Anti-social behaviour", 600, 800), new CrimeTypeCount("Shoplifting", 300, 250)],
        [
            new YearOnYearResult("area", "All crime and ASB", "All crime and ASB", 12, 1050, 900, 0.857, 0.8, 0.92, 0.0001, 0.0003, VerdictNames.SignificantDecrease),
            new YearOnYearResult("crime_type", "Anti-social behaviour", "Anti-social behaviour", 12, 800, 600, 0.75, 0.68, 0.83, 1e-6, 1e-5, VerdictNames.SignificantDecrease),
            new YearOnYearResult("crime_type", "Shoplifting", "Shoplifting", 12, 250, 300, 1.2, 0.98, 1.47, 0.07, 0.09, VerdictNames.NoSignificantChange),
            new YearOnYearResult("crime_type", "Arson", "Arson", 12, 0, 0, null, null, null, null, null, VerdictNames.NoSignificantChange),
        ],
        [new PriorityThemeResult("asb", "Anti-social behaviour", ["Anti-social behaviour"], 800, 600, VerdictNames.SignificantDecrease)],
        [
            new HotspotResult("All crime and ASB@E05000001", "All crime and ASB", "All crime and ASB", 1, 220, 0.24, "E05000001", "Castle", "On or near High Street", 1.08, 51.28),
            new HotspotResult("asb@On or near Station Road", "asb", "Anti-social behaviour", 1, 40, 0.07, null, null, "On or near Station Road", 1.07, 51.27),
        ],
        new AreaProfileHeadline(92, 150000, "population.csv", 6.0, 4),
        new ForceComparisonResult("Test force", 12, [new ForceThemeResult("all-crime", "All crime (excluding ASB)", 300, 2.0, 9000, 2.5, 9, "lower")]),
        [
            new PartnerHeadline("fly_tipping", "fly-tipping incidents", "DEFRA fly-tipping statistics", "2021-22", 1200, "2020-21", 1100, null),
            new PartnerHeadline("reoffending", "proven reoffenders", "synthetic-reoffending.csv", "Jan 2022 to Mar 2022", 80, "Oct 2021 to Dec 2021", 75, 0.25),
        ],
        new PrioritisationMatrixResult(
            [new CriterionWeight("volume", 1), new CriterionWeight("harm", 2)],
            [
                new PriorityRanking("theme:asb", "Anti-social behaviour", "priority_theme", [new CriterionScoreResult("volume", 5), new CriterionScoreResult("harm", 2)], 9, 1, 1, 2, true),
                new PriorityRanking("crime_type:shoplifting", "Shoplifting", "crime_type", [new CriterionScoreResult("volume", 3), new CriterionScoreResult("harm", 2)], 7, 2, 1, 2, false),
            ]),
        [
            new MeasureResult("asb-1", "We will reduce ASB in the town centre", "asb", "asb_count", "reduce", 800, 600, -0.25, VerdictNames.SignificantDecrease, "green", "600 against 800, a significant fall"),
            new MeasureResult("asb-2", "We will run a community trigger review", "asb", null, null, null, null, null, null, "amber", null),
        ]);
}
