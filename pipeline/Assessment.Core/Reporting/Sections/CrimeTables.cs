namespace Assessment.Core.Reporting.Sections;

/// <summary>The count tables the report uses: by type for the two periods, and by type and month.</summary>
public static class CrimeTables
{
    /// <summary>
    /// Counts of <paramref name="crimeTypes"/> in the matched months of the comparison and assessment periods with
    /// their plain difference, and the assessment-period total over all its loaded months; totals row last.
    /// </summary>
    public static ReportTable ByType(ReportSectionContext context, string id, IReadOnlyList<string> crimeTypes, string caption)
    {
        var crime = context.Crime;
        var columns = new List<TableColumn>
        {
            TableColumn.Text("Crime type"),
            TableColumn.Count($"Comparison ({crime.MatchedShortDescription(comparison: true)})"),
            TableColumn.Count($"Assessment ({crime.MatchedShortDescription(comparison: false)})"),
            TableColumn.Number("Count difference", NumberFormat.SignedInteger),
        };
        var fullPeriod = !crime.PeriodsComplete;
        if (fullPeriod) columns.Add(TableColumn.Count("Whole assessment period"));

        IReadOnlyList<TableCell> Row(string label, string? type)
        {
            var cells = new List<TableCell> { label, crime.MatchedComparison(type), crime.MatchedCurrent(type), crime.MatchedCurrent(type) - crime.MatchedComparison(type) };
            if (fullPeriod) cells.Add(crime.CurrentTotal(type));
            return cells;
        }

        var rows = crimeTypes.Select(t => Row(t, t)).ToList();
        var totals = crimeTypes.Count == crime.CrimeTypes.Count ? Row("All crime and ASB", null) : SumRow(rows, "Total", columns.Count);
        return new ReportTable(id, $"{caption}, {crime.MatchedDescription(comparison: false)} against {crime.MatchedDescription(comparison: true)}", columns, rows, context.Input.PoliceUkSource, totals);
    }

    /// <summary>Counts by crime type (rows) and month of the assessment period (columns), with row and column totals.</summary>
    public static ReportTable ByMonth(ReportSectionContext context)
    {
        var crime = context.Crime;
        var months = crime.CurrentMonthsLoaded;
        var columns = new List<TableColumn> { TableColumn.Text("Crime type") };
        columns.AddRange(months.Select(m => TableColumn.Count(m.FirstDay.ToString("MMM yy", System.Globalization.CultureInfo.InvariantCulture))));
        columns.Add(TableColumn.Count("Total"));
        var rows = crime.CrimeTypes
            .Select(t => (IReadOnlyList<TableCell>)[t, .. months.Select(m => (TableCell)crime.Month(m, t)), crime.CurrentTotal(t)])
            .ToList();
        IReadOnlyList<TableCell> totals = ["All crime and ASB", .. months.Select(m => (TableCell)crime.Month(m)), crime.CurrentTotal()];
        return new ReportTable("crime-by-month", "Recorded crime and ASB by type and month, assessment period", columns, rows, context.Input.PoliceUkSource, totals, Compact: true);
    }

    private static IReadOnlyList<TableCell> SumRow(IReadOnlyList<IReadOnlyList<TableCell>> rows, string label, int width)
    {
        var cells = new List<TableCell> { label };
        for (var i = 1; i < width; i++) cells.Add(rows.Sum(r => r[i].Number ?? 0));
        return cells;
    }
}
