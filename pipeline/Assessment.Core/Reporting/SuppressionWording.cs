using System.Globalization;

namespace Assessment.Core.Reporting;

/// <summary>What the public edition prints in place of what it withholds.</summary>
public static class SuppressionWording
{
    /// <summary>A withheld table cell, chart label or count beside a small one: "[c]", the Government Statistical Service symbol for a confidential value.</summary>
    public const string Symbol = "[c]";

    /// <summary>A small count in running text: "fewer than 5".</summary>
    public static string FewerThan(int threshold) => "fewer than " + threshold.ToString(CultureInfo.InvariantCulture);

    /// <summary>The note under a chart or map that lost values: "Counts from 1 to 4 are not shown in this public edition."</summary>
    public static string ChartNote(int threshold) =>
        $"Counts from 1 to {(threshold - 1).ToString(CultureInfo.InvariantCulture)} are not shown in this public edition.";
}
