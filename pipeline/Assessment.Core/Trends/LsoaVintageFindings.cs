namespace Assessment.Core.Trends;

/// <summary>What the LSOA-vintage check found (see <see cref="LsoaVintageCheck"/>).</summary>
/// <param name="WasChecked">False when no LSOA observations were supplied.</param>
/// <param name="MonthsChecked">Distinct months in the observations.</param>
/// <param name="CodesChecked">Distinct LSOA codes in the observations.</param>
/// <param name="Renames">Districts whose LSOA names changed with the codes unchanged.</param>
/// <param name="CodeChanges">Months at which a set of codes was replaced by another.</param>
public sealed record LsoaVintageFindings(bool WasChecked, int MonthsChecked, int CodesChecked, IReadOnlyList<LsoaRename> Renames, IReadOnlyList<LsoaCodeChange> CodeChanges)
{
    /// <summary>Nothing was checked.</summary>
    public static LsoaVintageFindings NotChecked { get; } = new(false, 0, 0, [], []);

    /// <summary>True when a rename or a code change was found.</summary>
    public bool HasChanges => Renames.Count > 0 || CodeChanges.Count > 0;
}
