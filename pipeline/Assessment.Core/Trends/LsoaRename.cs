using Assessment.Core.Model;

namespace Assessment.Core.Trends;

/// <summary>
/// A district whose LSOA names changed while the codes stayed (e.g. "Shepway 001A" became "Folkestone and Hythe 001A").
/// An area picked out by LSOA-name prefix would silently lose the renamed rows.
/// </summary>
/// <param name="OldDistrict">District part of the earlier names.</param>
/// <param name="NewDistrict">District part of the later names.</param>
/// <param name="Codes">LSOA codes that changed name this way.</param>
/// <param name="FirstMonthWithNewName">First month any of them appears under the new name.</param>
public sealed record LsoaRename(string OldDistrict, string NewDistrict, int Codes, YearMonth FirstMonthWithNewName);
