using Assessment.Core.Trends;

namespace Assessment.Core.Reporting.Sections;

/// <summary>
/// The substance-misuse chapter: adult treatment (NDTMS shape) with successful-completion and re-presentation rates
/// and their Wilson intervals, Fingertips indicators such as alcohol-related admissions against England, and police.uk
/// drug and possession-of-weapons offences side by side. Each extract that is not configured is one sentence. Further
/// sub-sections (e.g. drug markets) are added with <see cref="With"/>.
/// </summary>
/// <param name="crimeTypeFindings">The run's year-on-year comparisons by crime type, whose verdicts the police.uk table
/// repeats; empty when no trend analysis ran (counts only).</param>
public sealed class SubstanceMisuseSection(IReadOnlyList<YoyFinding>? crimeTypeFindings = null) : IReportSectionComposer
{
    /// <summary>The part's key and section id.</summary>
    public const string PartKey = "substance-misuse";

    private const string Title = "Substance misuse";

    /// <summary>The line the chapter gives when no treatment file is configured.</summary>
    public const string NoTreatmentFile = "No drug and alcohol treatment file is configured (inputs.treatment), so treatment is not covered.";

    /// <summary>The line the chapter gives when no Fingertips export is configured.</summary>
    public const string NoFingertipsExport = "No Fingertips export is configured (inputs.fingertips), so alcohol and drug indicators are not covered.";

    /// <summary>The one line the chapter gives when neither a treatment file nor a Fingertips export is configured.</summary>
    public const string NothingConfigured = "No drug and alcohol treatment file (inputs.treatment) or Fingertips export (inputs.fingertips) is configured, so treatment and health indicators are not covered; police-recorded drug and weapon offences follow.";

    private readonly List<Func<ReportSectionContext, IEnumerable<ReportSection>>> extra = [];

    /// <inheritdoc/>
    public string Key => PartKey;

    /// <summary>
    /// This chapter with <paramref name="subsection"/> appended after the built-in sub-sections (in call order). The
    /// builder returns no section when it has nothing to show; a sentence about absent data belongs in its own output.
    /// </summary>
    public SubstanceMisuseSection With(Func<ReportSectionContext, IEnumerable<ReportSection>> subsection)
    {
        ArgumentNullException.ThrowIfNull(subsection);
        var copy = new SubstanceMisuseSection(crimeTypeFindings);
        copy.extra.AddRange(extra);
        copy.extra.Add(subsection);
        return copy;
    }

    /// <inheritdoc/>
    public IEnumerable<ReportSection> Compose(ReportSectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = context.Input;
        var summary = input.SubstanceMisuse;
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock("The partnership must have a strategy to combat the misuse of drugs, alcohol and other substances. This chapter sets out who is in treatment and how treatment ends, how alcohol harms health in the area against England, and the drug and weapons offences police record, which mostly reflect police activity rather than the extent of misuse."),
        };
        if (summary.TreatmentNotConfigured && summary.IndicatorsNotConfigured)
        {
            blocks.Add(new ParagraphBlock(NothingConfigured));
        }
        else
        {
            var treatmentAbsence = summary.TreatmentNotConfigured ? NoTreatmentFile : summary.TreatmentAbsence;
            var indicatorsAbsence = summary.IndicatorsNotConfigured ? NoFingertipsExport : summary.IndicatorsAbsence;
            foreach (var absence in new[] { treatmentAbsence, indicatorsAbsence }.OfType<string>()) blocks.Add(new ParagraphBlock(absence));
        }
        blocks.AddRange(summary.Notes.Select(n => new CalloutBlock(CalloutKind.Warning, n)));

        var children = new List<ReportSection>();
        if (summary.Treatment is { } treatment) children.Add(SubstanceTreatmentPart.Build(input.AreaName, treatment));
        if (summary.Indicators.Count > 0) children.Add(FingertipsIndicatorPart.Build(input.AreaName, summary.Indicators));
        children.Add(DrugAndWeaponOffencesPart.Build(input, crimeTypeFindings ?? []));
        // Not configured, the force and county context is one line of the chapter, not a sub-section of its own.
        if (input.DrugMarket is null) blocks.Add(new ParagraphBlock(input.DrugMarketAbsence));
        else children.AddRange(DrugMarketContext.Build(input));
        foreach (var builder in extra) children.AddRange(builder(context));
        yield return new ReportSection(PartKey, Title, blocks, children);
    }
}
