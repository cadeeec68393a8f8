using System.Diagnostics;
using System.Reflection;
using Tomlyn.Model;

namespace Freestream.Cli.Commands;

/// <summary>
/// <c>freestream figure NAME [--out DIR]</c>: one of the talk's figures, at paper resolution (PNG at 300 dpi and
/// SVG), from its committed run file <c>examples/figures/NAME.toml</c> (embedded in the program). Plane figures
/// compute their (λ, y) scan into <c>DIR/scans/</c>, resumably, and figures of the same plane share it.
/// </summary>
public sealed class FigureCommand : ICliCommand
{
    /// <summary>The figures, in the order of the docs gallery.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["sd-plane-100", "sd-plane-65", "fs-vs-halfmode", "highz-vs-halfmode", "lya-satellites", "mock-spectra", "thermal-references", "constraints"];

    /// <summary>Default output folder, relative to the working directory.</summary>
    public const string DefaultDirectory = "out/figures";

    /// <summary>Resolution of the PNG files.</summary>
    public const double Dpi = 300;

    private static readonly string[] FigureKeys = ["kind", "mass_kev", "mean_q", "cold_fraction", "cold_temperature", "narrow_width", "masses_kev", "k_per_decade", "sets"];

    /// <inheritdoc />
    public Command Build()
    {
        var name = new Argument<string>("NAME") { Description = "Figure: " + string.Join(", ", Names) };
        var threads = new Option<int>("--threads")
        {
            Description = "Scan points computed in parallel for the plane figures (1–1024; default: all cores)",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var command = new Command("figure", $"Draw one of the talk's figures (PNG {Dpi} dpi and SVG) from its embedded run file examples/figures/NAME.toml into --out DIR (default {DefaultDirectory})") { name, threads };
        command.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            string figure = parse.GetValue(name) ?? string.Empty;
            if (!Names.Contains(figure))
            {
                throw UsageException.OutOfRange("NAME", "one of " + string.Join(", ", Names), $"'{figure}'");
            }

            int threadCount = parse.GetValue(threads);
            if (threadCount < 1 || threadCount > 1024)
            {
                throw UsageException.OutOfRange("--threads", "in [1, 1024]", threadCount);
            }

            string directory = context.OutDirectory?.FullName ?? Path.GetFullPath(DefaultDirectory);
            return Draw(context, figure, directory, new ScanRunOptions(threadCount, ScanShard.All));
        });
        return command;
    }

    /// <summary>The embedded run file of a figure.</summary>
    public static string RunFile(string figure)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Freestream.Cli.Examples.figures.{figure}.toml")
            ?? throw new InvalidOperationException($"the embedded run file of figure '{figure}' is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static int Draw(CommandContext context, string figure, string directory, ScanRunOptions options)
    {
        string source = $"examples/figures/{figure}.toml";
        var root = ScanFile.ParseToml(RunFile(figure), source);
        var table = root.TryGetValue("figure", out var f) && f is TomlTable t ? t : throw new InvalidDataException($"{source}: needs a [figure] table");
        foreach (string key in table.Keys.Where(k => !FigureKeys.Contains(k)))
        {
            throw new InvalidDataException($"{source}: unknown key '{key}' in [figure]; known: {string.Join(", ", FigureKeys)}");
        }

        string kind = table.TryGetValue("kind", out var k) && k is string s ? s : throw new InvalidDataException($"{source}: [figure] needs kind = \"...\"");
        var watch = Stopwatch.StartNew();
        string stem = Path.Combine(directory, figure);
        var json = new JsonObject { ["figure"] = figure, ["source"] = source };
        IReadOnlyList<string> files;
        if (PlaneKind(kind) is { } plane)
        {
            var specification = ScanFile.FromScanTable(root["scan"] as TomlTable ?? throw new InvalidDataException($"{source}: needs a [scan] table"), root, source);
            string scanDirectory = Path.Combine(directory, "scans", $"{specification.Model}-{specification.Hash[..12]}");
            var (summary, _) = ScanCommand.RunScan(context, specification, scanDirectory, (options, false));
            if (summary.Cancelled)
            {
                return ScanCommand.InterruptedExitCode;
            }

            using var store = ScanStore.OpenExisting(scanDirectory);
            var results = store.ReadAll(withTables: false);
            Directory.CreateDirectory(directory);
            files = PlaneFigures.Write(specification, results, plane, stem, Dpi);
            json["scan"] = scanDirectory;
            json["points"] = results.Count;
            json["failed"] = results.Count(r => r.Status != ScanPointStatus.Ok);
        }
        else if (kind == "thermal-references")
        {
            var masses = Numbers(table, "masses_kev", source);
            int perDecade = (int)Required(table, "k_per_decade", source, 10, 400);
            var curves = FigureCurves.ThermalReferences(masses, perDecade, context.Progress);
            Directory.CreateDirectory(directory);
            files = FigureCurves.WriteThermalReferences(curves, stem, Dpi);
            json["halfModeKHMpc"] = new JsonArray([.. curves.Select(c => (JsonNode)new JsonObject
            {
                ["massKeV"] = c.MassKeV,
                ["solver"] = c.SolverHalfModeKHMpc,
                ["class"] = c.ClassHalfModeKHMpc,
            })]);
        }
        else if (kind == "mock-spectra")
        {
            var spectra = FigureCurves.MockSpectra(
                Required(table, "mass_kev", source, 0.1, 100),
                Required(table, "mean_q", source, 0.1, 30),
                Required(table, "cold_fraction", source, 0.05, 0.95),
                Required(table, "cold_temperature", source, 0.05, 0.99),
                Required(table, "narrow_width", source, 0.02, 0.5),
                (int)Required(table, "k_per_decade", source, 10, 400),
                context.Progress);
            Directory.CreateDirectory(directory);
            files = FigureCurves.WriteMockSpectra(spectra, stem, Dpi);
            json["spectra"] = new JsonArray([.. spectra.Select(m => (JsonNode)new JsonObject { ["name"] = m.Name, ["meanQ"] = m.MeanQ, ["halfModeKHMpc"] = m.HalfModeKHMpc })]);
        }
        else if (kind == "constraints")
        {
            var sets = table.TryGetValue("sets", out var names) && names is TomlArray array && array.Count > 0 && array.All(n => n is string)
                ? array.Select(n => ConstraintSet.Named((string)n!)).ToList()
                : throw new InvalidDataException($"{source}: [figure] sets must be a list of committed constraint-set names ({string.Join(", ", ConstraintSet.Names)})");
            Directory.CreateDirectory(directory);
            files = ConstraintFigure.Write(sets, stem, Dpi);
            json["sets"] = new JsonArray([.. sets.Select(set => (JsonNode)set.Name)]);
        }
        else
        {
            throw new InvalidDataException($"{source}: unknown kind '{kind}'");
        }

        json["seconds"] = watch.Elapsed.TotalSeconds;
        json["files"] = new JsonArray([.. files.Select(p => (JsonNode)p)]);
        context.Emit(json, () => string.Create(CultureInfo.InvariantCulture, $"Figure {figure} ({watch.Elapsed.TotalSeconds:F0} s):\n  ") + string.Join("\n  ", files));
        return 0;
    }

    private static PlaneFigureKind? PlaneKind(string kind) => kind switch
    {
        "half-mode" => PlaneFigureKind.HalfMode,
        "free-streaming-vs-half-mode" => PlaneFigureKind.FreeStreamingVsHalfMode,
        "high-redshift-vs-half-mode" => PlaneFigureKind.HighRedshiftVsHalfMode,
        "lyman-alpha-satellites-vs-half-mode" => PlaneFigureKind.LymanAlphaSatellitesVsHalfMode,
        _ => null,
    };

    private static double Required(TomlTable table, string key, string source, double min, double max)
    {
        double value = ScanFile.Number(table, key, "figure", source) ?? throw new InvalidDataException($"{source}: [figure] needs {key}");
        return value >= min && value <= max
            ? value
            : throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{source}: [figure] {key} must be in [{min}, {max}], got {value}"));
    }

    private static double[] Numbers(TomlTable table, string key, string source)
    {
        var values = table.TryGetValue(key, out var v) && v is TomlArray array ? array.Select(x => Convert.ToDouble(x, CultureInfo.InvariantCulture)).ToArray() : [];
        return values.Length > 0 && values.All(m => m is >= 0.1 and <= 100)
            ? values
            : throw new InvalidDataException($"{source}: [figure] {key} must be a list of masses in [0.1, 100] keV");
    }
}
