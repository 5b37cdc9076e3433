namespace Assessment.Core.Geography;

/// <summary>
/// How the partnership area is recognised among police.uk rows. Rows outside the area stay in the
/// store (a later run may define the area differently) but are left out of the analysis. How membership is decided is
/// worded from each kind's facts by <c>Reporting.Sections.AreaDefinitionWording</c>.
/// </summary>
public abstract record AreaDefinition
{
    /// <summary>Sets the area's name.</summary>
    /// <param name="name">The area's name, e.g. "Canterbury".</param>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    protected AreaDefinition(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("The area needs a name, e.g. \"Canterbury\".", nameof(name));
        Name = name;
    }

    /// <summary>The area's name as it appears in tables and the report, e.g. "Canterbury".</summary>
    public string Name { get; }
}
