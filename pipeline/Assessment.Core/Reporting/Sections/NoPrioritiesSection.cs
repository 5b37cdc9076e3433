namespace Assessment.Core.Reporting.Sections;

/// <summary>The single priorities chapter of a report whose configuration names no priorities.</summary>
public static class NoPrioritiesSection
{
    /// <summary>Id of the chapter.</summary>
    public const string Id = "priorities";

    /// <summary>The one line the chapter holds: no priorities are configured, and how to add them.</summary>
    public const string Text =
        "No priorities are configured, so this report has no priority chapters. Add them under priorities: in the configuration, each with an id, a name and the police.uk crime types that indicate it (see the README, \u201cConfiguration\u201d).";

    /// <summary>A chapter titled "Priorities" holding <see cref="Text"/>.</summary>
    public static ReportSection Create() => new(Id, "Priorities", [new CalloutBlock(CalloutKind.Info, Text, "No priorities configured")], []);
}
