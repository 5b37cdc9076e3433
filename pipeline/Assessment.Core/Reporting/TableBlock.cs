namespace Assessment.Core.Reporting;

/// <summary>A table in the flow of a section.</summary>
/// <param name="Table">The table; always written to the CSV output as <c>tables/&lt;id&gt;.csv</c>.</param>
public sealed record TableBlock(ReportTable Table) : ReportBlock
{
    /// <summary>
    /// False keeps the table out of the printed report, which then names its CSV file in one line: for a table whose
    /// figures a chart or the sentences beside it already show. True by default.
    /// </summary>
    public bool Printed { get; init; } = true;

    /// <summary>The table kept for the CSV output only (<see cref="Printed"/> false).</summary>
    public static TableBlock CsvOnly(ReportTable table) => new(table) { Printed = false };
}
