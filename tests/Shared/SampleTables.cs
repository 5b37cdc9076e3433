using Assessment.Core.Reporting;

namespace Assessment.Tests.Shared;

/// <summary>Small report tables shared by the renderer, publication and CSV tests, so each checks the same cells.</summary>
public static class SampleTables
{
    /// <summary>
    /// Counts by crime type for two years, a signed difference and a share, with a totals row: a text cell holding a
    /// comma, one holding quotes, a negative number and a zero.
    /// </summary>
    public static ReportTable Counts() => new(
        "counts",
        "Recorded crime by type",
        [TableColumn.Text("Crime type"), TableColumn.Count("2024"), TableColumn.Count("2025"), TableColumn.Number("Difference", NumberFormat.SignedInteger), TableColumn.Number("Share", NumberFormat.Percent1)],
        [
            ["Burglary", 12345, 12289, -56, 0.5],
            ["Robbery, personal", 1000, 1250, 250, 0.125],
            ["Shoplifting \"retail\"", 0, 7, 7, 0.375],
        ],
        "police.uk, Example Police",
        ["All crime", 13345, 13546, 201, 1.0]);
}
