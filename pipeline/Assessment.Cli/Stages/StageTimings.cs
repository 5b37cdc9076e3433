using System.Diagnostics;
using Spectre.Console;

namespace Assessment.Cli.Stages;

/// <summary>Seconds per stage, printed at the end of a run so slow stages are visible.</summary>
internal sealed class StageTimings
{
    private readonly List<(string Stage, TimeSpan Elapsed)> stages = [];

    public T Time<T>(string stage, Func<T> action)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            return action();
        }
        finally
        {
            stages.Add((stage, clock.Elapsed));
        }
    }

    public async Task<T> TimeAsync<T>(string stage, Func<Task<T>> action)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            return await action();
        }
        finally
        {
            stages.Add((stage, clock.Elapsed));
        }
    }

    public void Render(IAnsiConsole console)
    {
        var line = string.Join(" · ", stages.Select(s => $"{s.Stage} {s.Elapsed.TotalSeconds:0.00} s"));
        console.MarkupLine($"[grey]Timings: {Markup.Escape(line)}; total {stages.Sum(s => s.Elapsed.TotalSeconds):0.00} s[/]");
    }
}
