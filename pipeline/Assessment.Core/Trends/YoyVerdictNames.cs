namespace Assessment.Core.Trends;

/// <summary>How verdicts are written in yoy.csv and the report.</summary>
public static class YoyVerdictNames
{
    /// <summary>"significant increase", "significant decrease", "no significant change" or "data cannot tell" (the verdict column of yoy.csv).</summary>
    public static string ToText(this YoyVerdict verdict) => verdict switch
    {
        YoyVerdict.SignificantIncrease => "significant increase",
        YoyVerdict.SignificantDecrease => "significant decrease",
        YoyVerdict.NoSignificantChange => "no significant change",
        YoyVerdict.DataCannotTell => "data cannot tell",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Unknown verdict."),
    };

    /// <summary>True for a significant increase or decrease: the verdicts that report a change.</summary>
    public static bool IsChange(this YoyVerdict verdict) => verdict is YoyVerdict.SignificantIncrease or YoyVerdict.SignificantDecrease;

    /// <summary>The verdict text with a capital, e.g. "Significant increase", "Data cannot tell", for table cells.</summary>
    public static string ToLabel(this YoyVerdict verdict)
    {
        var text = verdict.ToText();
        return char.ToUpperInvariant(text[0]) + text[1..];
    }
}
