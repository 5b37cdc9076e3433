namespace Assessment.Files.Configuration;

/// <summary>A configuration file or option that cannot be used; the message names the file, line and column where known.</summary>
public sealed class ConfigurationException(string message, Exception? inner = null) : Exception(message, inner);
