namespace Assessment.Core.Reporting.Sections;

/// <summary>
/// Builds one part of the strategic assessment. Later analyses replace a part by registering a composer with
/// the same <see cref="Key"/> (see <see cref="StrategicAssessmentComposer.With"/>).
/// </summary>
public interface IReportSectionComposer
{
    /// <summary>Identifies the part, e.g. "overview"; unique in a composer.</summary>
    string Key { get; }

    /// <summary>The section or sections of this part (the priority part gives one chapter per theme).</summary>
    IEnumerable<ReportSection> Compose(ReportSectionContext context);
}
