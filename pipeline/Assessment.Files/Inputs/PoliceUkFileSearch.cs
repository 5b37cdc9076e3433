using Assessment.Core.Model;

namespace Assessment.Files.Inputs;

/// <summary>What <see cref="PoliceUkFileFinder"/> found.</summary>
/// <param name="Files">Street-level files, ordered by force, month, path.</param>
/// <param name="Ignored">Other files in the input folders (outcomes, stop-and-search, notes), shown to the user.</param>
/// <param name="Problems">Inputs that don't exist, or files named explicitly that aren't street-level files.</param>
public sealed record PoliceUkFileSearch(IReadOnlyList<PoliceUkSourceFile> Files, IReadOnlyList<string> Ignored, IReadOnlyList<string> Problems);
