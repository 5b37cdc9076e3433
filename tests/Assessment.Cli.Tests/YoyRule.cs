using System.Globalization;

namespace Assessment.Cli.Tests;

/// <summary>
/// The significance rule every yoy.csv must follow, checked from the file's text alone: a verdict says significant
/// exactly when <c>q_value</c> ≤ 0.05; those rows' intervals exclude 1 on the side of the change; and <c>q_value</c>
/// is Benjamini–Hochberg of <c>p_value</c> over the rows with a q (recomputed here by the definition).
/// </summary>
internal static class YoyRule
{
    private const double FalseDiscoveryRate = 0.05;

    private static double Number(string text) =>
        text.Length == 0 ? double.NaN : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Asserts the rule on every row; returns how many rows were significant.</summary>
    public static int Check(IReadOnlyList<IReadOnlyDictionary<string, string>> rows)
    {
        Assert.NotEmpty(rows);
        var tested = rows.Where(r => r["q_value"].Length > 0).ToList();
        var p = tested.Select(r => Number(r["p_value"])).ToList();
        var m = p.Count;
        var rank = p.Select((v, i) => (v, i)).OrderBy(t => t.v).Select((t, r) => (t.i, Rank: r + 1)).ToDictionary(t => t.i, t => t.Rank);
        for (var i = 0; i < m; i++)
        {
            // q_i = min over p_j ≥ p_i of min(1, m·p_j / rank_j) (Benjamini & Hochberg 1995).
            var expected = Enumerable.Range(0, m).Where(j => p[j] >= p[i]).Min(j => Math.Min(1, m * p[j] / rank[j]));
            var actual = Number(tested[i]["q_value"]);
            Assert.True(Math.Abs(actual - expected) <= 1e-12 * expected, $"{tested[i]["key"]}: q {actual}, BH of p {expected}");
        }

        var significant = 0;
        foreach (var row in rows)
        {
            var q = Number(row["q_value"]);
            var verdict = row["verdict"];
            var what = $"{row["level"]} {row["key"]}: {row["previous"]} → {row["current"]}, q {row["q_value"]}, [{row["ci_low"]}, {row["ci_high"]}], {verdict}";
            var isSignificant = verdict is "significant increase" or "significant decrease";
            Assert.True(isSignificant == q <= FalseDiscoveryRate, what);
            if (!isSignificant) continue;
            significant++;
            double low = Number(row["ci_low"]), high = row["ci_high"].Length == 0 ? double.PositiveInfinity : Number(row["ci_high"]);
            Assert.True(verdict == "significant increase" ? low > 1 : high < 1, what);
        }

        // Rows without a q are the untested: nothing recorded in either period, or the data cannot tell.
        Assert.All(rows.Where(r => r["q_value"].Length == 0), r =>
            Assert.True(r["verdict"] == "data cannot tell" || (r["previous"], r["current"]) == ("0", "0"), $"{r["key"]} has no q"));
        return significant;
    }
}
