namespace Assessment.Cli.Stages;

/// <summary>Files the report stage wrote, whether it failed outright (no PDF), and why the outputs are incomplete (null when every output was written).</summary>
internal sealed record ReportStageResult(IReadOnlyList<string> Written, bool Failed, string? IncompleteReason);
