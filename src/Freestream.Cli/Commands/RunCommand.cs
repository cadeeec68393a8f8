using System.Reflection;

namespace Freestream.Cli.Commands;

/// <summary>
/// <c>freestream run [FILE]</c>: the main job on a run file (TOML) — one benchmark point end to end
/// and a (λ, y) plane; without FILE, on the embedded <c>examples/quickstart.toml</c>.
/// </summary>
public sealed class RunCommand : ICliCommand
{
    private const string EmbeddedExample = "Freestream.Cli.Examples.quickstart.toml";

    /// <inheritdoc />
    public Command Build()
    {
        var file = new Argument<FileInfo?>("FILE")
        {
            Description = "Run file (TOML: [output], [benchmark], [scan], [cosmology], [settings]); default: the embedded examples/quickstart.toml",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var threads = new Option<int>("--threads")
        {
            Description = "Points computed in parallel (1–1024; default: all cores)",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var fresh = new Option<bool>("--fresh")
        {
            Description = "Start over instead of resuming the results stores under the output folder",
        };
        var constraints = ConstraintsOption.Create();
        var preset = new Option<string?>("--preset")
        {
            Description = "Boltzmann-solver accuracy of the benchmark and the plane: fast, default or precise (default: [settings] boltzmann_preset, else default)",
        };
        var command = new Command("run", "Run the main job: a benchmark point (production → f(q) → T²(k) → verdicts, plots) and a (λ, y) plane") { file, threads, fresh, preset, constraints };
        command.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            int threadCount = parse.GetValue(threads);
            if (threadCount < 1 || threadCount > 1024)
            {
                throw UsageException.OutOfRange("--threads", "in [1, 1024]", threadCount);
            }

            var (source, text) = ReadRunFile(parse.GetValue(file));
            var job = RunJob.From(ScanFile.ParseToml(text, source), source).WithPreset(ScanCommand.PresetCode(parse.GetValue(preset)));
            if (parse.GetValue(constraints) is { } name)
            {
                try
                {
                    job = job.WithConstraints(ConstraintsOption.Load(name));
                }
                catch (ArgumentException ex)
                {
                    throw new UsageException($"--constraints: {ex.Message.Split(" (Parameter")[0]}");
                }
            }

            return job.Execute(context, new ScanRunOptions(threadCount, ScanShard.All), parse.GetValue(fresh));
        });
        return command;
    }

    private static (string Source, string Text) ReadRunFile(FileInfo? file)
    {
        if (file is null)
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(EmbeddedExample)
                ?? throw new InvalidOperationException("the embedded quick-start example is missing from the build");
            using var reader = new StreamReader(stream);
            return ("embedded examples/quickstart.toml", reader.ReadToEnd());
        }

        if (!file.Exists)
        {
            throw new UsageException($"FILE: run file '{file.FullName}' does not exist");
        }

        return (file.FullName, File.ReadAllText(file.FullName));
    }
}
