namespace Assessment.Cli.Stages;

/// <summary>Files the report stage wrote, and whether it failed outright.</summary>
internal sealed record ReportStageResult(IReadOnlyList<string> Written, bool Failed);
