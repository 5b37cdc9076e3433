using Assessment.Core.Disclosure;

namespace Assessment.Core.Tests.Disclosure;

public sealed class SmallCountSuppressionTests
{
    private const int Threshold = 5;

    // Margins a table may show: both totals (and the grand total), only a totals row, only a total column, none.
    public static TheoryData<bool, bool> MarginKinds => new() { { true, true }, { false, true }, { true, false }, { false, false } };

    [Theory]
    [MemberData(nameof(MarginKinds))]
    public void EveryTwoByTwoTable_LeavesNoSmallCountVisibleOrRecoverable(bool rowTotals, bool columnTotals)
    {
        var tables = 0;
        for (var code = 0; code < 8 * 8 * 8 * 8; code++)
        {
            var cells = new long[2, 2];
            for (var k = 0; k < 4; k++) cells[k / 2, k % 2] = (code >> (3 * k)) & 7;
            CheckTable(Table(cells, rowTotals, columnTotals));
            tables++;
        }

        Assert.Equal(4096, tables);
    }

    [Theory]
    [MemberData(nameof(MarginKinds))]
    public void RandomThreeByThreeAndThreeByFourTables_LeaveNoSmallCountVisibleOrRecoverable(bool rowTotals, bool columnTotals)
    {
        var random = new Random(20261130);
        for (var n = 0; n < 1500; n++)
        {
            var columns = n % 2 == 0 ? 3 : 4;
            var cells = new long[3, columns];
            // Mostly small values, so that most tables need suppressing, with some large ones among them.
            for (var i = 0; i < 3; i++)
                for (var j = 0; j < columns; j++) cells[i, j] = random.Next(4) == 0 ? random.Next(5, 30) : random.Next(0, 8);
            CheckTable(Table(cells, rowTotals, columnTotals));
        }
    }

    [Fact]
    public void ALoneSmallCell_GetsTheSmallestComplementsInItsRowAndColumn()
    {
        var table = MarginTable.WithSums(new long[,] { { 3, 20, 9 }, { 12, 40, 30 }, { 7, 50, 60 } });

        var pattern = SmallCountSuppression.Suppress(table, Threshold);

        Assert.True(pattern.Primary[0, 0]);
        Assert.Equal(1, pattern.Primary.Cast<bool>().Count(b => b));
        // Row 0: the smallest other is 9 (column 2); column 0: 7 (row 2); then 60 closes row 2 and column 2.
        Assert.True(pattern.Cells[0, 2]);
        Assert.True(pattern.Cells[2, 0]);
        Assert.True(pattern.Cells[2, 2]);
        Assert.Equal(4, pattern.Count);
    }

    [Fact]
    public void NoSmallCount_WithholdsNothing_AndZeroIsShown()
    {
        var pattern = SmallCountSuppression.Suppress(MarginTable.WithSums(new long[,] { { 0, 5 }, { 6, 0 } }), Threshold);

        Assert.Equal(0, pattern.Count);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(4, true)]
    [InlineData(5, false)]
    [InlineData(0, false)]
    public void PrimarySuppression_IsOneToThresholdLessOne(long value, bool withheld)
    {
        var pattern = SmallCountSuppression.Suppress(new MarginTable(new long[,] { { value } }), Threshold);

        Assert.Equal(withheld, pattern.Primary[0, 0]);
    }

    [Fact]
    public void AThresholdOfTen_WithholdsNine()
    {
        var pattern = SmallCountSuppression.Suppress(new MarginTable(new long[,] { { 9 }, { 10 } }), 10);

        Assert.True(pattern.Primary[0, 0]);
        Assert.False(pattern.Primary[1, 0]);
    }

    [Fact]
    public void ASmallTotal_IsWithheldItself()
    {
        var pattern = SmallCountSuppression.Suppress(MarginTable.WithSums(new long[,] { { 2, 0 }, { 0, 30 } }), Threshold);

        Assert.True(pattern.RowTotals[0]);
        Assert.True(pattern.ColumnTotals[0]);
    }

    private static MarginTable Table(long[,] cells, bool rowTotals, bool columnTotals)
    {
        var sums = MarginTable.WithSums(cells);
        return new MarginTable(cells, rowTotals ? sums.RowTotals : null, columnTotals ? sums.ColumnTotals : null, rowTotals && columnTotals ? sums.GrandTotal : null);
    }

    private static void CheckTable(MarginTable table)
    {
        var pattern = SmallCountSuppression.Suppress(table, Threshold);
        var name = Describe(table);
        for (var i = 0; i < table.Rows; i++)
            for (var j = 0; j < table.Columns; j++)
                Assert.False(!pattern.Cells[i, j] && table.Cells[i, j] is >= 1 and < Threshold, $"cell ({i},{j}) of {name} shows a small count");
        for (var i = 0; i < table.Rows; i++)
            Assert.False(table.RowTotals is { } r && !pattern.RowTotals[i] && r[i] is >= 1 and < Threshold, $"row total {i} of {name} shows a small count");
        for (var j = 0; j < table.Columns; j++)
            Assert.False(table.ColumnTotals is { } c && !pattern.ColumnTotals[j] && c[j] is >= 1 and < Threshold, $"column total {j} of {name} shows a small count");

        for (var i = 0; i < table.Rows; i++)
            for (var j = 0; j < table.Columns; j++)
                if (pattern.Primary[i, j])
                    Assert.True(HasOtherCompletion(table, pattern, i, j), $"cell ({i},{j}) = {table.Cells[i, j]} of {name} with {pattern.Count} withheld is determined by the visible cells and totals");
    }

    /// <summary>
    /// True when some non-negative integer completion (each withheld cell within 20 of its own value) consistent with every visible cell and total gives
    /// cell (<paramref name="row"/>, <paramref name="column"/>) another value than its own: a depth-first search over
    /// the withheld cells, trying each cell's own value first and nearer values next, so that a completion is found fast.
    /// </summary>
    private static bool HasOtherCompletion(MarginTable table, SuppressionPattern pattern, int row, int column)
    {
        const long Cap = 20;
        var rows = table.Rows;
        var columns = table.Columns;
        var unknown = new List<(int i, int j)>();
        for (var i = 0; i < rows; i++)
            for (var j = 0; j < columns; j++)
                if (pattern.Cells[i, j] && (i, j) != (row, column)) unknown.Add((i, j));

        var x = (long[,])table.Cells.Clone();
        foreach (var (i, j) in unknown) x[i, j] = 0;
        long? RowTarget(int i) => table.RowTotals is { } r && !pattern.RowTotals[i] ? r[i] : null;
        long? ColumnTarget(int j) => table.ColumnTotals is { } c && !pattern.ColumnTotals[j] ? c[j] : null;
        long RowSum(int i) => Enumerable.Range(0, columns).Sum(j => x[i, j]);
        long ColumnSum(int j) => Enumerable.Range(0, rows).Sum(i => x[i, j]);
        IEnumerable<long> Near(long own)
        {
            yield return own;
            for (long d = 1; d <= Cap; d++)
            {
                yield return own + d;
                if (own - d >= 0) yield return own - d;
            }
        }

        var budget = 5_000_000;
        bool Search(int k)
        {
            if (--budget == 0) Assert.Fail($"The search for another completion of cell ({row},{column}) of {Describe(table)} did not finish.");
            if (k == unknown.Count)
            {
                for (var i = 0; i < rows; i++) if (RowTarget(i) is { } t && RowSum(i) != t) return false;
                for (var j = 0; j < columns; j++) if (ColumnTarget(j) is { } t && ColumnSum(j) != t) return false;
                return table.GrandTotal is not { } g || pattern.GrandTotal || x.Cast<long>().Sum() == g;
            }

            var (r, c) = unknown[k];
            // The last withheld cell of a row or column with a visible total has one possible value.
            IEnumerable<long> candidates = Near(table.Cells[r, c]);
            if (RowTarget(r) is { } rowTotal && !unknown.Skip(k + 1).Any(u => u.i == r))
            {
                x[r, c] = 0;
                candidates = [rowTotal - RowSum(r)];
            }
            else if (ColumnTarget(c) is { } columnTotal && !unknown.Skip(k + 1).Any(u => u.j == c))
            {
                x[r, c] = 0;
                candidates = [columnTotal - ColumnSum(c)];
            }

            foreach (var v in candidates)
            {
                if (v < 0) continue;
                x[r, c] = v;
                // A visible total already exceeded cannot come back: cells not yet assigned count as zero here.
                if (RowTarget(r) is { } rt && RowSum(r) > rt) continue;
                if (ColumnTarget(c) is { } ct && ColumnSum(c) > ct) continue;
                if (Search(k + 1)) return true;
            }

            x[r, c] = 0;
            return false;
        }

        foreach (var v in Near(table.Cells[row, column]).Skip(1))
        {
            x[row, column] = v;
            if (RowTarget(row) is { } rt && RowSum(row) > rt) continue;
            if (ColumnTarget(column) is { } ct && ColumnSum(column) > ct) continue;
            if (Search(0)) return true;
        }

        return false;
    }

    private static string Describe(MarginTable table)
    {
        var rows = Enumerable.Range(0, table.Rows).Select(i => string.Join(" ", Enumerable.Range(0, table.Columns).Select(j => table.Cells[i, j])));
        return $"[{string.Join(" | ", rows)}] (row totals {table.RowTotals is not null}, column totals {table.ColumnTotals is not null})";
    }
}
