using System.Text;
using System.Text.Json;

namespace Freestream.Cli;

/// <summary>
/// What a command needs from the global options: output mode, output directory, writers.
/// </summary>
public sealed class CommandContext
{
    /// <summary>
    /// Version of the JSON outputs, written as <c>schemaVersion</c> first in every one: the major number changes
    /// when a key is removed or changes meaning, the minor when keys are added (schemas: docs/schemas/).
    /// </summary>
    public const string JsonSchemaVersion = "2.0";

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

    /// <summary>Prints the JSON object (with <c>--json</c>, <c>schemaVersion</c> first) or the human text.</summary>
    public void Emit(JsonNode json, Func<string> human)
    {
        ArgumentNullException.ThrowIfNull(json);
        Stdout.WriteLine(Json ? Versioned(json).ToJsonString(Indented) : human());
    }

    private static JsonNode Versioned(JsonNode json)
    {
        if (json is not JsonObject body)
        {
            return json;
        }

        var versioned = new JsonObject { ["schemaVersion"] = JsonSchemaVersion };
        foreach (var (key, value) in body.Where(entry => entry.Key != "schemaVersion"))
        {
            versioned[key] = value?.DeepClone();
        }

        return versioned;
    }

    /// <summary>Human-readable "label:  value" lines with the values aligned in one column.</summary>
    public static string LabelledRows(IReadOnlyList<(string Label, string Value)> rows)
    {
        int width = rows.Max(r => r.Label.Length) + 2;
        var text = new StringBuilder();
        foreach (var (label, value) in rows)
        {
            text.Append((label + ":").PadRight(width)).AppendLine(value);
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>Progress reporter writing one line per report to stderr (also with <c>--json</c>: stdout stays clean).</summary>
    public IProgress<string> Progress => new LineProgress(Stderr);

    /// <summary>
    /// Progress of <paramref name="total"/> work items (e.g. k modes) reported as finished counts 1…total, possibly
    /// from several threads: one stderr line "label: n/total" each time another tenth is complete.
    /// </summary>
    public IProgress<int> CountProgress(string label, int total) => new TenthsProgress(Stderr, label, total);

    private sealed class LineProgress(TextWriter writer) : IProgress<string>
    {
        private readonly Lock gate = new();

        public void Report(string value)
        {
            lock (gate)
            {
                writer.WriteLine(value);
            }
        }
    }

    private sealed class TenthsProgress(TextWriter writer, string label, int total) : IProgress<int>
    {
        private readonly Lock gate = new();
        private int lastTenth;

        public void Report(int value)
        {
            if (total <= 0)
            {
                return;
            }

            int tenth = (int)Math.Min(10L * value / total, 10);
            if (tenth <= Volatile.Read(ref lastTenth))
            {
                return;
            }

            lock (gate)
            {
                if (tenth > lastTenth)
                {
                    lastTenth = tenth;
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label}: {value}/{total}"));
                }
            }
        }
    }
}
