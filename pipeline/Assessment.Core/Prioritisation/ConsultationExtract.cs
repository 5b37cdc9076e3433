namespace Assessment.Core.Prioritisation;

/// <summary>A loaded consultation extract (<c>inputs.consultation</c>).</summary>
/// <param name="FileName">The file's name without its folder, for messages and source notes.</param>
/// <param name="ThemeColumn">1-based column of the theme, for messages about a theme no candidate matches.</param>
/// <param name="Responses">Rows in file order.</param>
/// <param name="IsSynthetic">True when the file name says the extract is synthetic (contains "synthetic").</param>
public sealed record ConsultationExtract(string FileName, int ThemeColumn, IReadOnlyList<ConsultationResponse> Responses, bool IsSynthetic)
{
    /// <summary>File name, theme column and synthetic flag, without the rows.</summary>
    public ConsultationSource Source => new(FileName, ThemeColumn, IsSynthetic);
}
