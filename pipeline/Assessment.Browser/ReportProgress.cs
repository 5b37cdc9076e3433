namespace Assessment.Browser;

/// <summary>A progress report: the step (e.g. "charts", "html", "pdf"), items done out of total in that step, and a message.</summary>
public sealed record ReportProgress(string Step, int Done, int Total, string Message);
