namespace Assessment.Cli.Stages;

/// <summary>The area matches no loaded row; the message names the area and lists the LSOA-name prefixes that occur.</summary>
/// <param name="message">The whole message, for the user.</param>
internal sealed class AreaMatchException(string message) : Exception(message);
