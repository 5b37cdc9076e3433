namespace Assessment.Core.Partners;

/// <summary>The offenders a proven-reoffending row counts.</summary>
public enum ReoffendingOffenderType
{
    /// <summary>Adults (18 and over at the index offence).</summary>
    Adult,

    /// <summary>Juveniles (10 to 17).</summary>
    Juvenile,

    /// <summary>Adults and juveniles together, when the extract gives no split.</summary>
    All,
}
