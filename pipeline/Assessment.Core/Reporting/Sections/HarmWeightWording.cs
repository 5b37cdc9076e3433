using Assessment.Core.Trends;

namespace Assessment.Core.Reporting.Sections;

/// <summary>
/// The words around a harm-weight table: how the table was made (the methodology table's note) and what stands in the
/// source column of harm.csv for a category the table does not list. Each weight's own source is data, given by the table.
/// </summary>
public static class HarmWeightWording
{
    // Describes the built-in table as a whole; it is report text, so it lives here rather than in the table's data file,
    // which holds the weights and the basis of each. A change to how the built-in weights are made changes both.
    private const string BuiltInDescription =
        "Indicative category weights in days of custody equivalent, in the style of the ONS Crime Severity Score and the Cambridge Crime Harm Index. " +
        "For most categories the weight is the Sentencing Council guideline starting point for the category's most common offence at middle culpability and harm, " +
        "with community orders converted at the ONS Crime Severity Score equivalence (low, medium and high = 8, 15 and 30 days). " +
        "Most weights are approximations: each row states its basis. Supply your own table (CSV: category,weight,source) with harm_weights: in the configuration.";

    /// <summary>
    /// How the weights of <paramref name="table"/> were made, in one to four sentences: for the built-in table its method
    /// (guideline starting points in days, community orders at 8, 15 and 30 days) and how to supply another; for a
    /// user's table that the sources are as its file states them.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An origin this wording does not know.</exception>
    public static string Description(HarmWeightTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Origin switch
        {
            HarmWeightOrigin.BuiltIn => BuiltInDescription,
            HarmWeightOrigin.UserFile => $"Harm weights supplied by the user in {table.Name}; the sources are as that file states them.",
            _ => throw new ArgumentOutOfRangeException(nameof(table), table.Origin, "Unknown harm-weight table origin."),
        };
    }

    /// <summary>
    /// The weights' status and what follows from it, for the harm section: the ranking is indicative and stays out of
    /// the executive summary and key facts. For the built-in table: its weights are approximations not checked against
    /// the current guidelines, and the ONS Crime Severity Score's published weights are per Home Office offence, so
    /// they give no police.uk category weight without each category's mix of offences. For a user's table: the report
    /// cannot check its weights.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An origin this wording does not know.</exception>
    public static string Status(HarmWeightTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var why = table.Origin switch
        {
            HarmWeightOrigin.BuiltIn =>
                "The built-in weights are approximations, most from sentencing-guideline starting points that have not been checked against the current guidelines. " +
                "The ONS Crime Severity Score publishes its weights per Home Office offence, not per police.uk category, so a category's weight would also depend on its mix of offences, which police.uk does not give.",
            HarmWeightOrigin.UserFile => $"The weights are those of {table.Name}; this report cannot check them.",
            _ => throw new ArgumentOutOfRangeException(nameof(table), table.Origin, "Unknown harm-weight table origin."),
        };
        return $"{why} The harm ranking is therefore indicative: it is shown only in this section, not in the executive summary or the key facts.";
    }

    /// <summary>
    /// The source of a category's weight: the table's own text, or, for a category missing from the table, e.g.
    /// "Not in the harm-weight table (weights.csv): left out of harm totals."
    /// </summary>
    /// <param name="category">One category of a <see cref="HarmFindings"/>.</param>
    /// <param name="table">The table the findings used (<see cref="HarmFindings.Table"/>).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Source(HarmFinding category, HarmWeightTable table)
    {
        ArgumentNullException.ThrowIfNull(category);
        ArgumentNullException.ThrowIfNull(table);
        return category.Source ?? $"Not in the harm-weight table ({table.Name}): left out of harm totals.";
    }
}
