namespace Assessment.Core.Geography;

/// <summary>How a 2011 LSOA relates to its 2021 LSOA(s): the CHGIND column of the ONS exact-fit lookup.</summary>
public enum LsoaChangeKind
{
    /// <summary>"U": the same LSOA under the same code in both censuses.</summary>
    Unchanged,

    /// <summary>"S": the 2011 LSOA was split into two or more 2021 LSOAs.</summary>
    Split,

    /// <summary>"M": two or more 2011 LSOAs were merged into one 2021 LSOA.</summary>
    Merged,

    /// <summary>"X": boundaries were redrawn so that neither a split nor a merge describes the change.</summary>
    Complex,
}
