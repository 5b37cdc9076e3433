namespace Assessment.Core.Profile;

/// <summary>Records per 1,000 residents of one ward or LSOA for one series over the assessment period.</summary>
/// <param name="Level">"ward" or "lsoa".</param>
/// <param name="Code">The ward's or LSOA's code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Series">The series' key: "all" for all crime and ASB, else a priority's id.</param>
/// <param name="SeriesLabel">The series' name, e.g. "All crime and ASB".</param>
/// <param name="Count">Records in the period.</param>
/// <param name="Residents">Residents (people; fractional where split LSOAs were shared out).</param>
/// <param name="Lsoas">LSOAs summed into a ward (1 for an LSOA).</param>
/// <param name="Rate">Records per 1,000 residents.</param>
/// <param name="Lower">Lower limit of the 95% exact Poisson interval of the rate.</param>
/// <param name="Upper">Upper limit of the same interval.</param>
public sealed record ProfileRate(string Level, string Code, string Name, string Series, string SeriesLabel, long Count, double Residents, int Lsoas, double Rate, double Lower, double Upper);
