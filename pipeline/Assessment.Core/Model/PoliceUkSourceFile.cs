namespace Assessment.Core.Model;

/// <summary>A police.uk street-level file found on input.</summary>
/// <param name="FullPath">Absolute path.</param>
/// <param name="DisplayPath">Path as shown to the user and written to data_quality.csv (relative to the input root where possible, with forward slashes).</param>
/// <param name="Name">Force and month from the file name.</param>
public sealed record PoliceUkSourceFile(string FullPath, string DisplayPath, PoliceUkFileName Name);
