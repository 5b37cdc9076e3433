namespace Assessment.Core.Partners;

/// <summary>What a Home Office drug-seizure table by police force counts.</summary>
public enum DrugSeizureMeasure
{
    /// <summary>Number of seizures (table "Seizures…").</summary>
    Seizures,

    /// <summary>Quantity seized, in the drug's unit (kilograms, doses or plants; table "Quantities…").</summary>
    Quantity,
}
