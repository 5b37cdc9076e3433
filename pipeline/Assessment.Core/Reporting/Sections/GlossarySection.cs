namespace Assessment.Core.Reporting.Sections;

/// <summary>Glossary of the terms the report uses, in alphabetical order.</summary>
/// <param name="statisticalTerms">Whether to define the statistical terms of the trend analysis (<see cref="StatisticalTerms"/>).</param>
public sealed class GlossarySection(bool statisticalTerms = false) : IReportSectionComposer
{
    /// <summary>The statistical terms, defined when the trend analysis ran.</summary>
    public static IReadOnlyList<Definition> StatisticalTerms { get; } =
    [
        new("Broadly stable", "How the report describes a change that is not statistically significant and whose 95% interval lies wholly within 10% either way of no change. A change that is not significant but could be larger is described as one that could not be told apart from normal variation."),
        new("Confidence interval (95% CI)", "The range of values the data are consistent with. For a rate ratio, an interval that includes 1 means the change could be chance."),
        new("Control chart", "Monthly counts plotted against a centre line and limits worked out from a baseline period; a point beyond a limit, or a long run on one side, is a signal worth checking."),
        new("Harm weight", "An estimate of how serious a category of crime is, in days of custody equivalent, used to count serious crimes for more than their number. The weights here are indicative."),
        new("Like-for-like months", "The months of the assessment period whose same month one period earlier is also loaded and complete; changes are measured over these months only."),
        new("Likely incomplete month", "A force's month whose in-area count is below 60% of the level expected from that force's other months, by more than chance allows (usually data published part-way through, or a recording system that failed); it is left out of every test, with its counterpart."),
        new("Mann–Kendall test", "A test of whether counts tend to rise or fall over time, whatever the shape of the change; the seasonal version compares each calendar month only with itself."),
        new("q-value", "A p-value adjusted for the number of comparisons made (Benjamini–Hochberg). A change is called significant when its q-value is at most 5%, so that among the changes reported few are false alarms."),
        new("Rate ratio", "The assessment-period rate divided by the comparison-period rate over the same months: 1.25 means 25% more, 0.80 means 20% fewer."),
        new("Seasonal Kendall slope", "The typical change per month when there are two or more years of months: the median of the slopes between the same calendar month of different years, so the seasonal pattern does not count as change."),
        new("Sen's slope", "The typical change per month over all loaded months: the median of the slopes between every pair of months."),
    ];

    /// <inheritdoc/>
    public string Key => "glossary";

    /// <inheritdoc/>
    public IEnumerable<ReportSection> Compose(ReportSectionContext context)
    {
        IReadOnlyList<Definition> general =
            [
                new("Anti-social behaviour (ASB)", "Behaviour that causes or is likely to cause harassment, alarm or distress. police.uk publishes ASB incidents alongside crimes, without a crime ID or outcome."),
                new("Assessment period", $"The months this assessment is about: {context.Input.Period.Current.ToLongString()}."),
                new("Comparison period", $"The same number of months immediately before the assessment period: {context.Input.Period.Comparison.ToLongString()}."),
                new("Community Safety Partnership (CSP)", "The statutory partnership of responsible authorities that works to reduce crime and disorder, substance misuse and reoffending in a district."),
                new("Count difference", "Assessment-period count minus comparison-period count over the same calendar months. It is not a test of statistical significance."),
                new("LSOA", "Lower Layer Super Output Area: a small statistical area of about 1,500 residents, used by police.uk to place records."),
                new("Map point (snap point)", "One of about 750,000 anonymous points to which police.uk moves each record's location to protect privacy."),
                new("No Location", "A police.uk record that could not be placed on the map; it has no coordinates and no LSOA."),
                new("Open Government Licence (OGL) v3.0", "The licence under which police.uk data are published; it requires the attribution given in the methodology."),
                new("RAG status", "Red, amber or green rating of progress on an action: off track, at risk, on track."),
                new("Responsible authorities", "The bodies with the statutory duty: the council, the police, the fire and rescue service, health bodies and probation."),
                new("Rolling mean (12-month)", "The average of a month and the 11 months before it; it smooths out seasonal variation."),
            ];
        var terms = statisticalTerms ? general.Concat(StatisticalTerms) : general;
        yield return new ReportSection("glossary", "Glossary", new DefinitionListBlock([.. terms.OrderBy(d => d.Term, StringComparer.OrdinalIgnoreCase)]));
    }
}
