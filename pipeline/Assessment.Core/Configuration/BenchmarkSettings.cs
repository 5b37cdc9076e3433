namespace Assessment.Core.Configuration;

/// <summary>The comparison of the area with the other partnerships of its force (<c>inputs.benchmark</c>).</summary>
/// <param name="CountsPath">Absolute path of a compact table of police.uk rows by force, district, month and crime type
/// (<c>tables/benchmark_counts.csv</c> of a run on the whole force's files); null to count the loaded police.uk files.</param>
public sealed record BenchmarkSettings(string? CountsPath);
