namespace Assessment.Core.Geography;

/// <summary>GeoJSON text that cannot be read as polygons; the message says where and why.</summary>
public sealed class GeoJsonFormatException(string message, Exception? inner = null) : Exception(message, inner);
