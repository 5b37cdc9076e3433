using Assessment.Core.Reporting.ActionPlans;

namespace Assessment.Core.Reporting;

/// <summary>
/// The actions of an action plan (usually one priority's) with their lead, partners, timescale and measures; each
/// measure shows its status and one line of evidence (<see cref="MeasureAssessment"/>).
/// </summary>
/// <param name="Id">Table id, also the CSV file name.</param>
/// <param name="Caption">E.g. "Night-time economy and violence: actions".</param>
/// <param name="Items">Rows in the order given.</param>
/// <param name="Source">Optional source note.</param>
public sealed record ActionPlanBlock(string Id, string Caption, IReadOnlyList<ActionPlanItem> Items, string? Source = null) : ReportBlock
{
    /// <summary>The assessed measures of <see cref="Items"/>, matched to their action by <see cref="MeasureAssessment.ActionId"/>; may be empty.</summary>
    public IReadOnlyList<MeasureAssessment> Assessments { get; init; } = [];

    /// <summary>Column headers of the report table, in order.</summary>
    public static IReadOnlyList<string> Headers { get; } = ["Action", "Lead", "Partners", "Timescale", "Measures, status and evidence"];

    /// <summary>Column headers of the CSV export: one row per measure (an action without measures has one row, its measure columns empty).</summary>
    public static IReadOnlyList<string> CsvHeaders { get; } = ["Priority", "Action id", "Action", "Lead", "Partners", "Timescale", "Measure", "Status", "Evidence"];

    /// <summary>The assessed measures of <paramref name="item"/>, in plan order.</summary>
    public IReadOnlyList<MeasureAssessment> MeasuresOf(ActionPlanItem item) =>
        [.. Assessments.Where(a => string.Equals(a.ActionId, item.Id, StringComparison.Ordinal))];

    /// <summary>The plan as a plain table, one row per measure (status in words), for CSV export.</summary>
    public ReportTable ToTable() => new(
        Id,
        Caption,
        CsvHeaders.Select(TableColumn.Text).ToList(),
        Items.SelectMany(i =>
        {
            var partners = string.Join("; ", i.Partners);
            var measures = MeasuresOf(i);
            return measures.Count == 0
                ? [(IReadOnlyList<TableCell>)[i.Priority, i.Id, i.Action, i.Lead, partners, i.Timescale, "", i.Status == RagStatus.NotAssessed ? "" : ActionPlanItem.StatusText(i.Status), ""]]
                : measures.Select(m => (IReadOnlyList<TableCell>)[i.Priority, i.Id, i.Action, i.Lead, partners, i.Timescale, m.Measure, m.StatusLabel, m.Evidence]);
        }).ToList(),
        Source);
}
