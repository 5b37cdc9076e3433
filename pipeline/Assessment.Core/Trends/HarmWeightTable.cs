namespace Assessment.Core.Trends;

/// <summary>
/// A harm-weight table: one weight per police.uk category, each with its source. Category names match crime types
/// exactly, ignoring case.
/// </summary>
public sealed class HarmWeightTable
{
    private readonly Dictionary<string, HarmWeight> byCategory;

    /// <param name="name">What the table is, for the report, e.g. "Default indicative weights" or a file name.</param>
    /// <param name="origin">Built in or supplied by the user; the report describes the table from it.</param>
    /// <param name="weights">At least one row; categories unique (ignoring case); weights finite and ≥ 0 when given.</param>
    /// <exception cref="ArgumentException">An empty table, a repeated category, a blank category, or a bad weight.</exception>
    public HarmWeightTable(string name, HarmWeightOrigin origin, IReadOnlyList<HarmWeight> weights)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count == 0) throw new ArgumentException($"The harm-weight table '{name}' has no rows.", nameof(weights));
        byCategory = new Dictionary<string, HarmWeight>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in weights)
        {
            if (string.IsNullOrWhiteSpace(w.Category)) throw new ArgumentException($"The harm-weight table '{name}' has a row with no category.", nameof(weights));
            if (w.Weight is { } value && (!double.IsFinite(value) || value < 0))
                throw new ArgumentException($"The harm weight of '{w.Category}' in '{name}' must be a finite number ≥ 0; got {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}.", nameof(weights));
            if (!byCategory.TryAdd(w.Category.Trim(), w))
                throw new ArgumentException($"The harm-weight table '{name}' lists '{w.Category}' twice.", nameof(weights));
        }

        Name = name;
        Origin = origin;
        Weights = weights;
    }

    /// <summary>What the table is, e.g. "Default indicative weights".</summary>
    public string Name { get; }

    /// <summary>Built in or supplied by the user.</summary>
    public HarmWeightOrigin Origin { get; }

    /// <summary>The rows in the order given.</summary>
    public IReadOnlyList<HarmWeight> Weights { get; }

    /// <summary>The row for <paramref name="category"/>, or null when the table has none.</summary>
    public HarmWeight? Find(string category) => byCategory.GetValueOrDefault(category.Trim());
}
