using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Freestream.Cli;

/// <summary>
/// What a command needs from the global options: output mode, output directory, writers.
/// </summary>
public sealed class CommandContext
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private CommandContext(bool json, DirectoryInfo? outDirectory, bool verbose, TextWriter stdout, TextWriter stderr)
    {
        Json = json;
        OutDirectory = outDirectory;
        Verbose = verbose;
        Stdout = stdout;
        Stderr = stderr;
    }

    /// <summary>True when <c>--json</c> was given.</summary>
    public bool Json { get; }

    /// <summary>The <c>--out</c> directory, or null.</summary>
    public DirectoryInfo? OutDirectory { get; }

    /// <summary>True when <c>--verbose</c> was given.</summary>
    public bool Verbose { get; }

    /// <summary>Standard output.</summary>
    public TextWriter Stdout { get; }

    /// <summary>Standard error (progress and warnings go here).</summary>
    public TextWriter Stderr { get; }

    /// <summary>Reads the global options from a parse result.</summary>
    public static CommandContext From(ParseResult parse) => new(
        parse.GetValue(GlobalOptions.Json),
        parse.GetValue(GlobalOptions.Out),
        parse.GetValue(GlobalOptions.Verbose),
        parse.InvocationConfiguration.Output,
        parse.InvocationConfiguration.Error);

    /// <summary>Prints the JSON object (with <c>--json</c>) or the human text.</summary>
    public void Emit(JsonNode json, Func<string> human)
    {
        Stdout.WriteLine(Json ? json.ToJsonString(Indented) : human());
    }

    /// <summary>Progress reporter writing one line per report to stderr unless JSON output is requested.</summary>
    public IProgress<string> Progress => new LineProgress(Stderr);

    private sealed class LineProgress(TextWriter writer) : IProgress<string>
    {
        public void Report(string value) => writer.WriteLine(value);
    }
}
