namespace Assessment.Browser;

/// <summary>A chart spec that Vega or Vega-Lite rejected; the message is Vega's.</summary>
public sealed class ChartRenderException : Exception
{
    public ChartRenderException(string chartId, string message, Exception inner)
        : base($"Chart '{chartId}' could not be drawn: {message}", inner) => ChartId = chartId;

    public ChartRenderException() { }

    public ChartRenderException(string message) : base(message) { }

    public ChartRenderException(string message, Exception inner) : base(message, inner) { }

    /// <summary>The chart that failed.</summary>
    public string ChartId { get; } = "";
}
