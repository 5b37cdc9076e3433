namespace Assessment.Core.Partners;

/// <summary>What reading one partner extract gave, as the store accounts for it.</summary>
public interface IPartnerExtract
{
    /// <summary>Data rows read well, to be stored (a row of a wide table gives several records but counts once).</summary>
    long LoadedRows { get; }

    /// <summary>Refused rows (a row can be refused for several reasons, one entry each).</summary>
    IReadOnlyList<ExtractReject> Rejects { get; }

    /// <summary>Non-blank data rows read; <see cref="LoadedRows"/> plus distinct rejected rows equals it.</summary>
    long DataRows { get; }
}
