namespace Assessment.Core.Reporting;

/// <summary>Whether a chart is a statistical chart or a map (maps get the full page width).</summary>
public enum ChartKind
{
    /// <summary>A statistical chart (bars, lines, small multiples), drawn at the text width.</summary>
    Chart,
    /// <summary>A map, drawn at the full page width.</summary>
    Map,
}
