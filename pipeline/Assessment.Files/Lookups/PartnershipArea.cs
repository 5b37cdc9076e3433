namespace Assessment.Files.Lookups;

/// <summary>A Community Safety Partnership of England or Wales as the December 2019 ONS lookups describe it.</summary>
/// <param name="Code">ONS CSP code (e.g. "E22000140"; Welsh CSPs start "W14").</param>
/// <param name="Name">English name (e.g. "Dover", "Dartford and Gravesham").</param>
/// <param name="WelshName">Welsh name for Welsh CSPs (e.g. "Ynys Môn"), else null.</param>
/// <param name="Districts">The districts it covers, one or more, in lookup order.</param>
/// <param name="Force">The police force area it lies in.</param>
public sealed record PartnershipArea(string Code, string Name, string? WelshName, IReadOnlyList<LookupDistrict> Districts, PoliceForce Force);
