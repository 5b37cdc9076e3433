using Assessment.Core.Model;

namespace Assessment.Core.Charts;

/// <summary>One month of a control chart: the value, the centre line and limits computed elsewhere, and whether it is a signal.</summary>
public sealed record ControlChartPoint(YearMonth Month, double Value, double Centre, double Lower, double Upper, bool Signal = false);
