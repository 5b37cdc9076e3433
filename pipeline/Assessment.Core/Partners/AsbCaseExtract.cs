namespace Assessment.Core.Partners;

/// <summary>What one ASB case-log file gave: the cases read well and the rows refused.</summary>
/// <param name="Cases">Cases in file order.</param>
/// <param name="Rejects">Refused rows (one entry per problem; a row can have several).</param>
/// <param name="DataRows">Non-blank rows below the header; Cases + distinct rejected rows equals it.</param>
public sealed record AsbCaseExtract(IReadOnlyList<AsbCase> Cases, IReadOnlyList<ExtractReject> Rejects, long DataRows);
