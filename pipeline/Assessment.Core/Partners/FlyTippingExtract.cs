namespace Assessment.Core.Partners;

/// <summary>What one fly-tipping file gave: the rows read well and the rows refused.</summary>
/// <param name="Records">Rows in file order.</param>
/// <param name="Rejects">Refused rows (a row can be refused for several reasons, one entry each).</param>
/// <param name="DataRows">Non-blank rows below the header, loaded or not; Records + distinct rejected rows equals it.</param>
public sealed record FlyTippingExtract(IReadOnlyList<FlyTippingRecord> Records, IReadOnlyList<ExtractReject> Rejects, long DataRows)
{
    /// <summary>Rows of the workbook's LA_actions sheet read well; empty for a CSV or a workbook without the sheet.</summary>
    public IReadOnlyList<FlyTippingActionRecord> Actions { get; init; } = [];

    /// <summary>Non-blank LA_actions rows below its header, loaded or not (their rejects carry the sheet's name).</summary>
    public long ActionDataRows { get; init; }

    /// <summary>The workbook's Metadata sheet, one text per row (its cells joined), in order; empty for a CSV.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
