namespace Assessment.Core.Trends;

/// <summary>
/// Residents in three broad age bands, as IoD2019 File 6 gives them: dependent children aged 0–15, people aged 16–59,
/// and people aged 60 and over. Counts of people (≥ 0); the three add up to the total population in the published file.
/// </summary>
/// <param name="Children">Residents aged 0–15.</param>
/// <param name="WorkingAge">Residents aged 16–59.</param>
/// <param name="Older">Residents aged 60 and over.</param>
public sealed record AgeBands(double Children, double WorkingAge, double Older)
{
    /// <summary>The three bands added up.</summary>
    public double Total => Children + WorkingAge + Older;

    /// <summary>Band by band sum of <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static AgeBands operator +(AgeBands a, AgeBands b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.Children + b.Children, a.WorkingAge + b.WorkingAge, a.Older + b.Older);
    }

    /// <summary>No residents in any band, the start of a sum.</summary>
    public static AgeBands Zero { get; } = new(0, 0, 0);

    /// <summary>Band by band sum (for analysers that prefer a named method to the operator).</summary>
    public static AgeBands Add(AgeBands a, AgeBands b) => a + b;
}
