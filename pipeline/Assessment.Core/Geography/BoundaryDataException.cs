namespace Assessment.Core.Geography;

/// <summary>
/// Boundary data that cannot be used: a file that is not GeoJSON, a feature that is not a polygon, a required property
/// missing. The message starts with the source (file name or path) and says what is wrong, with the line and position
/// in the file when the JSON reader gives them.
/// </summary>
/// <param name="message">"&lt;source&gt;: &lt;what is wrong&gt;".</param>
/// <param name="inner">The reader's own exception, if any.</param>
public sealed class BoundaryDataException(string message, Exception? inner = null) : Exception(message, inner);
