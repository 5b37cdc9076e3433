using Assessment.Core.Geography;
using Assessment.Core.Trends;

namespace Assessment.Core.Profile;

/// <summary>The area's residents from the population file, with what the figure rests on.</summary>
/// <param name="Residents">Residents of the area's LSOAs (people).</param>
/// <param name="Lsoas">Area LSOAs with a population.</param>
/// <param name="LsoasWithout">Area LSOAs without one (their residents are missing from the total).</param>
/// <param name="Source">The population file's name.</param>
/// <param name="ReferenceDate">When the estimates refer to (e.g. "mid-2015"), or null.</param>
/// <param name="FileVintage">The census of the file's LSOAs.</param>
/// <param name="AreaVintage">The census of the LSOAs the figures are given in (2021 after mapping).</param>
/// <param name="SharedLsoas">File LSOAs in the area whose residents were shared among several area LSOAs.</param>
/// <param name="LookupSource">The 2011↔2021 lookup used, or null when the file's LSOAs were used as they are.</param>
/// <param name="Ages">The area's residents by broad age band, when the file gives them.</param>
/// <param name="FileAges">Every LSOA of the file by broad age band (England for IoD2019 File 6), when given.</param>
public sealed record PopulationProfile(
    double Residents, int Lsoas, int LsoasWithout, string Source, string? ReferenceDate, LsoaVintage FileVintage, LsoaVintage AreaVintage,
    int SharedLsoas, string? LookupSource, AgeBands? Ages, AgeBands? FileAges);
