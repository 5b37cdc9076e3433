using Assessment.Core.Trends;

namespace Assessment.Core.Reporting.Sections;

/// <summary>Puts the trend analysis into the strategic assessment.</summary>
public static class TrendReportParts
{
    /// <summary>
    /// <paramref name="composer"/> with the trend overview and priority chapters in place of the count-only ones, and
    /// the executive summary, methodology, data-quality appendix and glossary extended with the trend findings (each
    /// wrapping the default part of the same key).
    /// </summary>
    public static StrategicAssessmentComposer Apply(StrategicAssessmentComposer composer, TrendFindings findings)
    {
        ArgumentNullException.ThrowIfNull(composer);
        ArgumentNullException.ThrowIfNull(findings);
        return composer
            .With(new TrendExecutiveSummarySection(findings, new ExecutiveSummarySection()))
            .With(new TrendMethodologySection(findings, new MethodologySection()))
            .With(new TrendOverviewSection(findings))
            .With(new TrendPriorityThemeSections(findings))
            .With(new TrendDataQualitySection(findings, new DataQualitySection()))
            .With(new TrendGlossarySection(new GlossarySection()));
    }
}
