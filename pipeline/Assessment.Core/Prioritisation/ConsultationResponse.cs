namespace Assessment.Core.Prioritisation;

/// <summary>One row of a consultation extract: the share of respondents naming a theme as a concern.</summary>
/// <param name="Theme">The theme as the survey words it; matched to a candidate by id or name.</param>
/// <param name="Share">Share of respondents naming it, a fraction in [0, 1].</param>
/// <param name="SampleSize">Respondents asked (≥ 0).</param>
/// <param name="Line">1-based line of the row in the file, for messages.</param>
public sealed record ConsultationResponse(string Theme, double Share, long SampleSize, long Line);
