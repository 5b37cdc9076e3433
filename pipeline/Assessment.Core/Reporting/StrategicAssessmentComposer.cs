using Assessment.Core.Reporting.Sections;
using Assessment.Core.Reporting.Statutory;
using Assessment.Core.Trends;

namespace Assessment.Core.Reporting;

/// <summary>
/// Builds the strategic assessment: executive summary; introduction; area profile; crime and ASB overview; hotspots;
/// one chapter per priority theme; anti-social behaviour and environmental crime; substance misuse; reoffending;
/// prioritisation; action plan; changes since the previous assessment; then the appendices (methods and statistics,
/// statutory checklist, data quality, glossary). Each chapter comes from one <see cref="IReportSectionComposer"/> built
/// from the <see cref="ReportResults"/> it needs; the chapters other analyses supply ("prioritisation", "action-plan",
/// "changes", "hotspots") are replaced with <see cref="With"/>.
/// </summary>
public sealed class StrategicAssessmentComposer
{
    private readonly IReadOnlyList<IReportSectionComposer> parts;

    /// <summary>The parts built from counts alone (<see cref="ReportResults.None"/>).</summary>
    public StrategicAssessmentComposer() : this(DefaultParts(ReportResults.None)) { }

    private StrategicAssessmentComposer(IReadOnlyList<IReportSectionComposer> parts) => this.parts = parts;

    /// <summary>The parts built from <paramref name="results"/>.</summary>
    public static StrategicAssessmentComposer For(ReportResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return new StrategicAssessmentComposer(DefaultParts(results));
    }

    /// <summary>The part keys in order: "executive-summary", "introduction", "area-profile", "overview", "hotspots", "priorities", …</summary>
    public IReadOnlyList<string> Keys => parts.Select(p => p.Key).ToList();

    /// <summary>
    /// A composer with <paramref name="replacement"/> in place of the part with the same key.
    /// Throws <see cref="ArgumentException"/> when no part has that key.
    /// </summary>
    public StrategicAssessmentComposer With(IReportSectionComposer replacement)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        if (!parts.Any(p => p.Key == replacement.Key))
            throw new ArgumentException($"There is no report part '{replacement.Key}' to replace; parts are: {string.Join(", ", Keys)}.", nameof(replacement));
        return new StrategicAssessmentComposer(parts.Select(p => p.Key == replacement.Key ? replacement : p).ToList());
    }

    /// <summary>The part with key <paramref name="key"/>, e.g. "priorities" (which the priority packs reuse).</summary>
    /// <exception cref="ArgumentException">No part has that key.</exception>
    public IReportSectionComposer Part(string key) =>
        parts.FirstOrDefault(p => p.Key == key) ?? throw new ArgumentException($"There is no report part '{key}'; parts are: {string.Join(", ", Keys)}.", nameof(key));

    /// <summary>
    /// Composes the document from <paramref name="input"/>: first every part that reports an analysis, then (with the
    /// statutory checklist built from what those produced) the parts that describe the report, each in its place.
    /// </summary>
    public ReportDocument Compose(AssessmentReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var context = new ReportSectionContext(input, CrimeCountSummary.From(input));
        var composed = parts.Select(p => p is IDocumentSummaryComposer ? null : p.Compose(context).ToList()).ToList();
        var later = parts.OfType<IDocumentSummaryComposer>().SelectMany(p => p.OwnSections);
        var checklist = StatutoryChecklist.From(composed.OfType<List<ReportSection>>().SelectMany(s => s), later);
        var summaryContext = context with { Checklist = checklist };
        var sections = parts.SelectMany((p, i) => composed[i] ?? p.Compose(summaryContext)).ToList();
        var cover = new ReportCover(input.PartnershipName, input.Title, input.Period.Current.ToLongString(), input.ProducedOn, input.Classification);
        var document = new ReportDocument(cover, sections);
        document.Validate();
        return document;
    }

    private static IReadOnlyList<IReportSectionComposer> DefaultParts(ReportResults results)
    {
        var trends = results.Trends;
        return
        [
            new ExecutiveSummarySection(results),
            new IntroductionSection(),
            new AreaProfileSection(results.Profile),
            new OverviewSection(trends, results.ForceComparison),
            results.Hotspots is { } hotspots
                ? new HotspotSectionComposer(hotspots, results.HotspotMaps)
                : new PendingSection(HotspotSectionComposer.PartKey, "Where crime concentrates: hotspots", "No hotspot analysis was run, so this report does not say where crime concentrates."),
            new PriorityThemeSections(trends),
            new EnvironmentalCrimeSection(),
            new SubstanceMisuseSection(trends?.YearOnYearAt(ComparisonLevel.CrimeType)),
            new ReoffendingSection(),
            results.Prioritisation is { } prioritisation ? new PrioritisationSection(prioritisation) : PendingSection.Prioritisation(),
            new ActionPlanSection(),
            results.Changes is { } changes ? new ChangesSection(changes.Current, changes.Previous) : new ChangesSection(),
            new MethodologySection(results),
            new StatutoryChecklistSection(),
            new DataQualitySection(trends),
            new GlossarySection(statisticalTerms: trends is not null),
        ];
    }
}
