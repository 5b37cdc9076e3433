namespace Assessment.Core.Trends;

/// <summary>The harm weight of one police.uk category and where the number comes from.</summary>
/// <param name="Category">police.uk crime type, e.g. "Burglary".</param>
/// <param name="Weight">Harm per record in days of custody equivalent (Crime Severity Score / Crime Harm Index style);
/// null when the category is deliberately not weighted (it is then left out of harm totals and ranked by volume only).</param>
/// <param name="Source">Where the weight comes from, saying plainly when it is an approximation.</param>
public sealed record HarmWeight(string Category, double? Weight, string Source);
