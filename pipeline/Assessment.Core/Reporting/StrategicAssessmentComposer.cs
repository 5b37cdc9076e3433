using Assessment.Core.Reporting.Sections;

namespace Assessment.Core.Reporting;

/// <summary>
/// Builds the strategic assessment in the statutory order: executive summary; introduction and statutory
/// context; methodology and data sources; area profile; crime and ASB overview; one chapter per priority
/// theme; anti-social behaviour and environmental crime; substance misuse; reoffending; prioritisation; action plan; changes since the previous assessment;
/// data-quality appendix; glossary. Each part comes from its own <see cref="IReportSectionComposer"/>, which
/// later analyses replace with <see cref="With"/>.
/// </summary>
public sealed class StrategicAssessmentComposer
{
    private readonly IReadOnlyList<IReportSectionComposer> parts;

    /// <summary>The default parts.</summary>
    public StrategicAssessmentComposer() : this(DefaultParts()) { }

    private StrategicAssessmentComposer(IReadOnlyList<IReportSectionComposer> parts) => this.parts = parts;

    /// <summary>The part keys in order: "executive-summary", "introduction", "methodology", "area-profile", "overview", "priorities", …</summary>
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

    /// <summary>Composes the document from <paramref name="input"/>.</summary>
    public ReportDocument Compose(AssessmentReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var context = new ReportSectionContext(input, CrimeCountSummary.From(input));
        var cover = new ReportCover(input.PartnershipName, input.Title, input.Period.Current.ToLongString(), input.ProducedOn, input.Classification);
        var document = new ReportDocument(cover, parts.SelectMany(p => p.Compose(context)).ToList());
        document.Validate();
        return document;
    }

    private static IReadOnlyList<IReportSectionComposer> DefaultParts() =>
    [
        new ExecutiveSummarySection(),
        new IntroductionSection(),
        new MethodologySection(),
        new AreaProfileSection(),
        new CrimeOverviewSection(),
        new PendingSection(HotspotSectionComposer.PartKey, "Where crime concentrates: hotspots", "The hotspot analysis",
            "police.uk records with coordinates for the assessment period and the area's LSOA and ward boundaries"),
        new PriorityThemeSections(),
        new EnvironmentalCrimeSection(),
        new SubstanceMisuseSection(),
        new ReoffendingSection(),
        PendingSection.Prioritisation(),
        new ActionPlanSection(),
        PendingSection.Changes(),
        new DataQualitySection(),
        new GlossarySection(),
    ];
}
