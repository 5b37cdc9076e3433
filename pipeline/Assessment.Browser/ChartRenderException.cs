namespace Assessment.Browser;

/// <summary>A chart spec that Vega or Vega-Lite rejected; the message is Vega's.</summary>
public sealed class ChartRenderException : Exception
{
    /// <summary>Chart <paramref name="chartId"/> could not be drawn; <paramref name="message"/> is Vega's, <paramref name="inner"/> the browser's error.</summary>
    public ChartRenderException(string chartId, string message, Exception inner)
        : base($"Chart '{chartId}' could not be drawn: {message}", inner) => ChartId = chartId;

    /// <summary>A chart could not be drawn (no details).</summary>
    public ChartRenderException() { }

    /// <summary>A chart could not be drawn, as <paramref name="message"/> says.</summary>
    public ChartRenderException(string message) : base(message) { }

    /// <summary>A chart could not be drawn, as <paramref name="message"/> says, because of <paramref name="inner"/>.</summary>
    public ChartRenderException(string message, Exception inner) : base(message, inner) { }

    /// <summary>The chart that failed.</summary>
    public string ChartId { get; } = "";
}
