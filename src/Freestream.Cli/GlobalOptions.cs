namespace Freestream.Cli;

/// <summary>Options every subcommand accepts (registered recursively on the root command).</summary>
public static class GlobalOptions
{
    /// <summary>Machine-readable JSON on stdout instead of human-readable text.</summary>
    public static readonly Option<bool> Json = new("--json")
    {
        Description = "Print machine-readable JSON on stdout instead of human-readable text",
        Recursive = true,
    };

    /// <summary>Directory for output files (tables, plots, summaries).</summary>
    public static readonly Option<DirectoryInfo?> Out = new("--out")
    {
        Description = "Directory for output files (tables, plots, summary.json); created if missing",
        Recursive = true,
    };

    /// <summary>Stack traces on errors.</summary>
    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Print stack traces on errors and more progress detail",
        Recursive = true,
    };
}
