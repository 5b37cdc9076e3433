namespace Assessment.Core.Disclosure;

/// <summary>Which edition of the assessment a run writes (<c>--publication</c>, <c>publication:</c> in configuration).</summary>
public enum PublicationEdition
{
    /// <summary>For the partnership's own officers: every count shown, marked OFFICIAL-SENSITIVE. The default, so a run that was not told otherwise never produces something that looks publishable.</summary>
    Restricted,

    /// <summary>For publication: counts below the threshold suppressed (with secondary suppression), marked OFFICIAL.</summary>
    Public,
}
