namespace Assessment.Core.Reporting;

/// <summary>An action plan: priority, action, lead, timescale, measure and RAG status per row.</summary>
/// <param name="Id">Table id, also the CSV file name.</param>
/// <param name="Caption">E.g. "Partnership action plan 2026/27".</param>
/// <param name="Items">Rows in the order given.</param>
/// <param name="Source">Optional source note.</param>
public sealed record ActionPlanBlock(string Id, string Caption, IReadOnlyList<ActionPlanItem> Items, string? Source = null) : ReportBlock
{
    /// <summary>Column headers, in order.</summary>
    public static IReadOnlyList<string> Headers { get; } = ["Priority", "Action", "Lead", "Timescale", "Measure", "Status"];

    /// <summary>The plan as a plain table (status in words), for CSV export.</summary>
    public ReportTable ToTable() => new(
        Id,
        Caption,
        Headers.Select(TableColumn.Text).ToList(),
        Items.Select(i => (IReadOnlyList<TableCell>)[i.Priority, i.Action, i.Lead, i.Timescale, i.Measure, ActionPlanItem.StatusText(i.Status)]).ToList(),
        Source);
}
