namespace Assessment.Core.Reporting;

/// <summary>Whether a chart is a statistical chart or a map (maps get the full page width).</summary>
public enum ChartKind
{
    Chart,
    Map,
}
