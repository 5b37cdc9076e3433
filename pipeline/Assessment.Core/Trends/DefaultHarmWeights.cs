namespace Assessment.Core.Trends;

/// <summary>
/// The default, indicative harm weights for the 14 police.uk categories, in days of custody equivalent in the style
/// of the ONS Crime Severity Score and the Cambridge Crime Harm Index. police.uk categories are broad and hold
/// offences of very different seriousness, so no category weight is exact; each row says what it rests on and
/// whether it is an approximation. Users should supply their own table (CSV: category,weight,source).
/// </summary>
public static class DefaultHarmWeights
{
    private const string NotChecked = "Starting point recalled, not checked against the current guideline.";

    /// <summary>
    /// How the weights were made: for most categories, the Sentencing Council guideline starting point for the
    /// category's most common offence at middle culpability and harm, in days; community orders converted at the ONS
    /// Crime Severity Score equivalence (low, medium, high = 8, 15, 30 days).
    /// </summary>
    public const string Description =
        "Indicative category weights in days of custody equivalent, in the style of the ONS Crime Severity Score and the Cambridge Crime Harm Index. " +
        "For most categories the weight is the Sentencing Council guideline starting point for the category's most common offence at middle culpability and harm, " +
        "with community orders converted at the ONS Crime Severity Score equivalence (low, medium and high = 8, 15 and 30 days). " +
        "Most weights are approximations: each row states its basis. Supply your own table (CSV: category,weight,source) with harm_weights: in the configuration.";

    /// <summary>The default table.</summary>
    public static HarmWeightTable Table { get; } = new("Default indicative weights", Description,
    [
        new("Anti-social behaviour", null,
            "Not weighted: ASB incidents are not notifiable crimes and carry no sentencing-based weight, so they are left out of harm totals and ranked by volume only."),
        new("Bicycle theft", 8,
            $"Approximation: theft (general) guideline, medium culpability and lower harm, taken as a low-level community order (8 days). {NotChecked}"),
        new("Burglary", 365,
            $"Approximation: domestic burglary guideline, medium culpability and harm, starting point one year's custody (365 days). The category also holds non-residential burglary, whose starting points are lower, so this overstates it. {NotChecked}"),
        new("Criminal damage and arson", 8,
            $"Approximation: criminal damage (under £5,000) guideline, middle category, taken as a low-level community order (8 days). Arson in the same category weighs far more. {NotChecked}"),
        new("Drugs", 3,
            "ONS Crime Severity Score weight for possession of cannabis (3), as reported when the score was published (ONS, 29 November 2016); possession is the category's most common offence. Supply offences weigh far more, so this understates the category. Not checked against the current ONS table."),
        new("Other crime", 8,
            "Placeholder: no single offence dominates this mixed category; the general theft weight (8 days) is used. Replace it with a local weight."),
        new("Other theft", 8,
            $"Approximation: theft (general) guideline, medium culpability and lower harm, taken as a low-level community order (8 days). {NotChecked}"),
        new("Possession of weapons", 30,
            $"Approximation: bladed article or offensive weapon possession guideline, middle category, taken as a high-level community order (30 days); custody is common for this offence. {NotChecked}"),
        new("Public order", 8,
            $"Approximation: Public Order Act 1986 sections 4 and 4A, middle category, taken as a low-level community order (8 days). {NotChecked}"),
        new("Robbery", 1460,
            $"Approximation: street and less sophisticated commercial robbery guideline, medium culpability and harm, starting point four years' custody (1,460 days). {NotChecked}"),
        new("Shoplifting", 2,
            "Cambridge Crime Harm Index weight for shoplifting, two days, as quoted by the index's author (The Economist, 1 September 2016). Not checked against the current CCHI table."),
        new("Theft from the person", 15,
            $"Approximation: theft (general) guideline with theft from the person raising culpability, middle category, taken as a medium-level community order (15 days). {NotChecked}"),
        new("Vehicle crime", 8,
            $"Approximation: theft from a motor vehicle under the theft (general) guideline, taken as a low-level community order (8 days); theft of a vehicle weighs more. {NotChecked}"),
        new("Violence and sexual offences", 15,
            $"Approximation: common assault, the category's most frequent offence, middle category, taken as a medium-level community order (15 days). The category also holds wounding and sexual offences with custodial starting points of years, so this greatly understates its mean harm. {NotChecked}"),
    ]);
}
