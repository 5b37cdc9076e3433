namespace Assessment.Files.Partners;

/// <summary>One row of a worksheet or CSV as text, before any column is known.</summary>
/// <param name="Number">1-based sheet row, or CSV line where the record starts.</param>
/// <param name="Cells">The cells left to right; numbers written in invariant culture, blanks as "".</param>
internal sealed record SheetRow(long Number, IReadOnlyList<string> Cells)
{
    /// <summary>The trimmed cell at <paramref name="index"/>, or "" beyond the row's end.</summary>
    public string Cell(int index) => index >= 0 && index < Cells.Count ? Cells[index].Trim() : "";

    /// <summary>True when every cell is blank.</summary>
    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}
