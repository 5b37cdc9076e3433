namespace Assessment.Core.Disclosure;

/// <summary>
/// Primary and secondary (complementary) cell suppression for a table of counts with margins, after the
/// Government Statistical Service's disclosure-control guidance for tables (GSS/ONS, "Disclosure control for
/// tables produced from administrative sources", and ONS "Statistical disclosure control methodology"): a count
/// from 1 to threshold − 1 is withheld (primary), and further cells are withheld so that no withheld count can be
/// recovered exactly by subtracting the visible cells from a visible total (secondary).
/// </summary>
/// <remarks>
/// <para>The table and its margins are treated as one (rows + 1) × (columns + 1) array in which every line (row or
/// column, the margin included with a minus sign) sums to zero; a margin the table does not show is simply an
/// unknown entry. A withheld entry is then recoverable exactly only if no other completion exists, and another
/// completion exists whenever the entry lies on a cycle of withheld entries (rows and columns as the nodes of a
/// bipartite graph, withheld entries as its edges): adding and subtracting one alternately round the cycle keeps
/// every line's sum, and keeps every value non-negative while the cycle's cells are at least one.</para>
/// <para>So, after the primary cells, two rules are applied until neither adds anything: (1) the classic rule —
/// a line holding exactly one withheld entry gets a second, the smallest non-zero visible entry of that line (its
/// total included), so the line's total can no longer be used; (2) a withheld entry that is a bridge (on no
/// cycle) gets a complement that joins the two sides, again the smallest non-zero one. Choosing the smallest
/// complements loses the least information; preferring non-zero ones keeps every cycle movable in both
/// directions. The result is checked by brute force in the tests (every completion of small tables enumerated).</para>
/// </remarks>
public static class SmallCountSuppression
{
    /// <summary>The withheld entries of <paramref name="table"/> for <paramref name="threshold"/> (counts 1 to threshold − 1 are primary).</summary>
    /// <exception cref="ArgumentException">The table is malformed (see <see cref="MarginTable.Validate"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is below 2.</exception>
    public static SuppressionPattern Suppress(MarginTable table, int threshold)
    {
        ArgumentNullException.ThrowIfNull(table);
        table.Validate();
        if (threshold < 2) throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold must be at least 2.");
        var grid = new Grid(table);
        bool IsSmall(long v) => v >= 1 && v < threshold;

        var primary = new bool[table.Rows, table.Columns];
        for (var i = 0; i <= grid.LastRow; i++)
            for (var j = 0; j <= grid.LastColumn; j++)
            {
                if (!grid.Known[i, j] || !IsSmall(grid.Value[i, j])) continue;
                grid.Withheld[i, j] = true;
                if (i < table.Rows && j < table.Columns) primary[i, j] = true;
            }

        if (primary.Cast<bool>().Any(b => b) || grid.AnyKnownWithheld()) grid.AddComplements();
        return grid.Pattern(primary);
    }

    /// <summary>The extended array: interior cells, a total column, a totals row and the grand total.</summary>
    private sealed class Grid
    {
        public readonly long[,] Value;
        public readonly bool[,] Known;
        public readonly bool[,] Withheld;
        public readonly int LastRow;
        public readonly int LastColumn;

        public Grid(MarginTable table)
        {
            LastRow = table.Rows;
            LastColumn = table.Columns;
            Value = new long[LastRow + 1, LastColumn + 1];
            Known = new bool[LastRow + 1, LastColumn + 1];
            Withheld = new bool[LastRow + 1, LastColumn + 1];
            for (var i = 0; i < table.Rows; i++)
                for (var j = 0; j < table.Columns; j++) Set(i, j, table.Cells[i, j]);
            for (var i = 0; i < table.Rows; i++)
                if (table.RowTotals is { } rows) Set(i, LastColumn, rows[i]);
            for (var j = 0; j < table.Columns; j++)
                if (table.ColumnTotals is { } columns) Set(LastRow, j, columns[j]);
            if (table.GrandTotal is { } grand) Set(LastRow, LastColumn, grand);

            // A margin the reader does not see is an unknown, exactly as if it were withheld.
            for (var i = 0; i <= LastRow; i++)
                for (var j = 0; j <= LastColumn; j++)
                    if (!Known[i, j]) Withheld[i, j] = true;
        }

        private void Set(int i, int j, long value)
        {
            Value[i, j] = value;
            Known[i, j] = true;
        }

        public bool AnyKnownWithheld()
        {
            for (var i = 0; i <= LastRow; i++)
                for (var j = 0; j <= LastColumn; j++)
                    if (Known[i, j] && Withheld[i, j]) return true;
            return false;
        }

        public void AddComplements()
        {
            while (AddForLoneEntry() || AddForBridge()) { }
        }

        /// <summary>The classic rule: a line with one withheld entry gets the line's smallest visible entry as a second.</summary>
        private bool AddForLoneEntry()
        {
            for (var i = 0; i <= LastRow; i++)
            {
                var cells = Enumerable.Range(0, LastColumn + 1).Select(j => (i, j)).ToList();
                if (LoneKnown(cells) && Withhold(Smallest(cells, c => WithheldInColumn(c.j)))) return true;
            }

            for (var j = 0; j <= LastColumn; j++)
            {
                var cells = Enumerable.Range(0, LastRow + 1).Select(i => (i, j)).ToList();
                if (LoneKnown(cells) && Withhold(Smallest(cells, c => WithheldInRow(c.i)))) return true;
            }

            return false;
        }

        // A line whose one withheld entry is a margin the table does not show constrains nothing that is withheld.
        private bool LoneKnown(List<(int i, int j)> line)
        {
            var withheld = line.Where(c => Withheld[c.i, c.j]).ToList();
            return withheld.Count == 1 && Known[withheld[0].i, withheld[0].j];
        }

        /// <summary>A withheld entry on no cycle is determined; join its two sides with the smallest visible entry between them.</summary>
        private bool AddForBridge()
        {
            for (var i = 0; i <= LastRow; i++)
                for (var j = 0; j <= LastColumn; j++)
                {
                    // A margin the table does not show may well be determined: it is then the sum of visible cells.
                    if (!Withheld[i, j] || !Known[i, j]) continue;
                    var fromRow = Reachable(i, j, startAtRow: true);
                    if (fromRow.Columns[j]) continue;
                    var fromColumn = Reachable(i, j, startAtRow: false);
                    var candidates = new List<(int i, int j)>();
                    for (var r = 0; r <= LastRow; r++)
                        for (var c = 0; c <= LastColumn; c++)
                            if ((fromRow.Rows[r] && fromColumn.Columns[c]) || (fromColumn.Rows[r] && fromRow.Columns[c])) candidates.Add((r, c));
                    if (Withhold(Smallest(candidates, _ => 0))) return true;
                }

            return false;
        }

        /// <summary>Rows and columns reachable over withheld entries from row <paramref name="row"/> (or from column <paramref name="column"/>), without the entry (row, column) itself.</summary>
        private (bool[] Rows, bool[] Columns) Reachable(int row, int column, bool startAtRow)
        {
            var rows = new bool[LastRow + 1];
            var columns = new bool[LastColumn + 1];
            var queue = new Queue<(bool IsRow, int Index)>();
            if (startAtRow) rows[row] = true;
            else columns[column] = true;
            queue.Enqueue(startAtRow ? (true, row) : (false, column));
            while (queue.Count > 0)
            {
                var (isRow, index) = queue.Dequeue();
                if (isRow)
                {
                    for (var c = 0; c <= LastColumn; c++)
                        if (Withheld[index, c] && !(index == row && c == column) && !columns[c])
                        {
                            columns[c] = true;
                            queue.Enqueue((false, c));
                        }
                }
                else
                {
                    for (var r = 0; r <= LastRow; r++)
                        if (Withheld[r, index] && !(r == row && index == column) && !rows[r])
                        {
                            rows[r] = true;
                            queue.Enqueue((true, r));
                        }
                }
            }

            return (rows, columns);
        }

        private int WithheldInRow(int i) => Enumerable.Range(0, LastColumn + 1).Count(j => Withheld[i, j]);

        private int WithheldInColumn(int j) => Enumerable.Range(0, LastRow + 1).Count(i => Withheld[i, j]);

        /// <summary>
        /// The complement for a line: first one whose crossing line also holds a lone withheld entry (one cell then
        /// protects both lines, and greedy choices do not cascade), then one whose crossing line already holds
        /// withheld entries; among those, the smallest non-zero value (a zero only when nothing else is left); ties go
        /// to the first in reading order.
        /// </summary>
        private (int i, int j)? Smallest(IEnumerable<(int i, int j)> cells, Func<(int i, int j), int> withheldAcross)
        {
            var visible = cells.Where(c => !Withheld[c.i, c.j]).ToList();
            if (visible.Count == 0) return null;
            return visible.OrderBy(c => withheldAcross(c) switch { 1 => 0, 0 => 2, _ => 1 })
                .ThenBy(c => Value[c.i, c.j] == 0 ? 1 : 0).ThenBy(c => Value[c.i, c.j]).ThenBy(c => c.i).ThenBy(c => c.j).First();
        }

        private bool Withhold((int i, int j)? cell)
        {
            if (cell is not { } c) return false;
            Withheld[c.i, c.j] = true;
            return true;
        }

        public SuppressionPattern Pattern(bool[,] primary)
        {
            var rows = primary.GetLength(0);
            var columns = primary.GetLength(1);
            var cells = new bool[rows, columns];
            for (var i = 0; i < rows; i++)
                for (var j = 0; j < columns; j++) cells[i, j] = Withheld[i, j];
            return new SuppressionPattern(
                cells,
                [.. Enumerable.Range(0, rows).Select(i => Known[i, LastColumn] && Withheld[i, LastColumn])],
                [.. Enumerable.Range(0, columns).Select(j => Known[LastRow, j] && Withheld[LastRow, j])],
                Known[LastRow, LastColumn] && Withheld[LastRow, LastColumn],
                primary);
        }
    }
}
