namespace Assessment.Cli.Stages;

/// <summary>
/// Calls back on the reporting thread. <see cref="Progress{T}"/> would post to the thread pool, so updates could
/// arrive out of order or after the bar is gone.
/// </summary>
internal sealed class ImmediateProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
