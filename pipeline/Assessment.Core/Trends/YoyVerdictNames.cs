namespace Assessment.Core.Trends;

/// <summary>How verdicts are written in yoy.csv and the report.</summary>
public static class YoyVerdictNames
{
    /// <summary>"significant increase", "significant decrease" or "no significant change" (the verdict column of yoy.csv).</summary>
    public static string ToText(this YoyVerdict verdict) => verdict switch
    {
        YoyVerdict.SignificantIncrease => "significant increase",
        YoyVerdict.SignificantDecrease => "significant decrease",
        YoyVerdict.NoSignificantChange => "no significant change",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Unknown verdict."),
    };

    /// <summary>"Significant increase", "Significant decrease" or "No significant change", for table cells.</summary>
    public static string ToLabel(this YoyVerdict verdict)
    {
        var text = verdict.ToText();
        return char.ToUpperInvariant(text[0]) + text[1..];
    }
}
