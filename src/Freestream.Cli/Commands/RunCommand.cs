using System.CommandLine;
using System.Reflection;
using System.Text.Json.Nodes;
using Tomlyn;
using Tomlyn.Model;

namespace Freestream.Cli.Commands;

/// <summary>
/// <c>freestream run [FILE]</c>: the main job on a run file (TOML); without FILE, on the embedded
/// default example <c>examples/default.toml</c>.
/// </summary>
public sealed class RunCommand : ICliCommand
{
    private const string EmbeddedExample = "Freestream.Cli.Examples.default.toml";

    /// <inheritdoc />
    public Command Build()
    {
        var file = new Argument<FileInfo?>("FILE")
        {
            Description = "Run file (TOML); default: the embedded example examples/default.toml",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("run", "Run the main job (production → f(q) → T²(k) → verdicts) on a run file") { file };
        command.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            var (source, text) = ReadRunFile(parse.GetValue(file));
            var table = Parse(text, source);
            var job = RunJob.From(table, source);
            var result = job.Execute(context);
            context.Emit(result.Json, () => result.Human);
            return 0;
        });
        return command;
    }

    private static (string Source, string Text) ReadRunFile(FileInfo? file)
    {
        if (file is null)
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(EmbeddedExample)
                ?? throw new InvalidOperationException("the embedded default example is missing from the build");
            using var reader = new StreamReader(stream);
            return ("embedded examples/default.toml", reader.ReadToEnd());
        }

        if (!file.Exists)
        {
            throw new UsageException($"FILE: run file '{file.FullName}' does not exist");
        }

        return (file.FullName, File.ReadAllText(file.FullName));
    }

    private static TomlTable Parse(string text, string source)
    {
        try
        {
            return TomlSerializer.Deserialize<TomlTable>(text) ?? throw new UsageException($"FILE: {source} is empty");
        }
        catch (Exception ex) when (ex is not UsageException)
        {
            throw new UsageException($"FILE: {source} is not valid TOML: {ex.Message.ReplaceLineEndings(" ")}");
        }
    }
}
