namespace Assessment.Cli.CommandLine;

/// <summary>Process exit codes, documented in the README.</summary>
internal static class ExitCodes
{
    /// <summary>Everything loaded and written.</summary>
    public const int Ok = 0;

    /// <summary>The run finished, but some input was refused or some rows were rejected: see the summary and data_quality.csv.</summary>
    public const int DataProblems = 1;

    /// <summary>Bad command line or configuration, or a fatal error (store in use, output not writable).</summary>
    public const int Fatal = 2;
}
