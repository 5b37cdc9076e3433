namespace Assessment.Core.Configuration;

/// <summary>
/// The partnership area as configured: exactly one of an LSOA-name prefix, an LSOA code list or a boundary file.
/// Paths are absolute once loaded.
/// </summary>
public sealed record AreaSettings(string Name, string? LsoaNamePrefix, IReadOnlyList<string>? LsoaCodes, string? BoundaryPath)
{
    /// <summary>Which of the three ways the area is given; throws when none or several are.</summary>
    public AreaKind Kind
    {
        get
        {
            var given = new[] { LsoaNamePrefix is not null, LsoaCodes is not null, BoundaryPath is not null }.Count(b => b);
            if (given != 1)
                throw new InvalidOperationException(
                    $"The area \"{Name}\" must be given exactly one way (lsoa_name_prefix, lsoa_codes or boundary); found {given}.");
            return LsoaNamePrefix is not null ? AreaKind.LsoaNamePrefix : LsoaCodes is not null ? AreaKind.LsoaCodes : AreaKind.Boundary;
        }
    }
}
