using Assessment.Core.Trends;

namespace Assessment.Core.Results;

/// <summary>The verdict names of assessment.json (snake_case of <see cref="YoyVerdict"/>).</summary>
public static class VerdictNames
{
    /// <summary>A significant rise.</summary>
    public const string SignificantIncrease = "significant_increase";

    /// <summary>A significant fall.</summary>
    public const string SignificantDecrease = "significant_decrease";

    /// <summary>No change the statistics support.</summary>
    public const string NoSignificantChange = "no_significant_change";

    /// <summary>The data cannot tell (see <see cref="YoyVerdict.DataCannotTell"/>).</summary>
    public const string DataCannotTell = "data_cannot_tell";

    /// <summary>The name of <paramref name="verdict"/>.</summary>
    public static string Of(YoyVerdict verdict) => verdict switch
    {
        YoyVerdict.SignificantIncrease => SignificantIncrease,
        YoyVerdict.SignificantDecrease => SignificantDecrease,
        YoyVerdict.DataCannotTell => DataCannotTell,
        _ => NoSignificantChange,
    };
}
