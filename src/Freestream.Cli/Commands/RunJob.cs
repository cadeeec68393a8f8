using System.Text;
using Tomlyn.Model;

namespace Freestream.Cli.Commands;

/// <summary>
/// A run file read into scan specifications: an optional benchmark point (computed as a 1 × 1 scan, so it
/// gets the same store, pipeline and resumption as a plane, but written as a point: psd.dat, summary.json,
/// verdict.md, spectrum, T²(k) with the thermal references and a one-page report.html) and an optional
/// plane, written under one output folder (<c>benchmark/</c> and <c>plane/</c>).
/// </summary>
public sealed class RunJob
{
    /// <summary>The tables of a run file.</summary>
    public static IReadOnlyList<string> TopKeys { get; } = ["output", "benchmark", "scan", "cosmology", "settings"];

    /// <summary>Output folder when the run file has no [output] directory.</summary>
    public const string DefaultOutputDirectory = "out/quickstart";

    private RunJob(string source, string outputDirectory, ScanSpecification? benchmark, ScanSpecification? plane)
    {
        Source = source;
        OutputDirectory = outputDirectory;
        Benchmark = benchmark;
        Plane = plane;
    }

    /// <summary>Where the run file came from.</summary>
    public string Source { get; }

    /// <summary>Output folder from [output] directory (default out/quickstart), relative to the working directory.</summary>
    public string OutputDirectory { get; }

    /// <summary>The benchmark point as a 1 × 1 scan, or null.</summary>
    public ScanSpecification? Benchmark { get; }

    /// <summary>The plane, or null.</summary>
    public ScanSpecification? Plane { get; }

    /// <summary>Reads and validates a run file; nothing is written.</summary>
    /// <exception cref="InvalidDataException">Unknown tables or keys, or neither [benchmark] nor [scan].</exception>
    public static RunJob From(TomlTable table, string source)
    {
        ArgumentNullException.ThrowIfNull(table);
        foreach (string key in table.Keys.Where(k => !TopKeys.Contains(k)))
        {
            throw new InvalidDataException($"{source}: unknown table [{InputEcho.Quote(key).Trim('\'')}]; known: {string.Join(", ", TopKeys)}");
        }

        string output = DefaultOutputDirectory;
        if (table.TryGetValue("output", out var o))
        {
            output = (o as TomlTable)?.TryGetValue("directory", out var d) == true && d is string s
                ? s
                : throw new InvalidDataException($"{source}: [output] needs directory = \"PATH\"");
        }

        ScanSpecification? benchmark = null;
        if (table.TryGetValue("benchmark", out var b))
        {
            var point = b as TomlTable ?? throw new InvalidDataException($"{source}: 'benchmark' must be a table [benchmark]");
            benchmark = ScanFile.FromScanTable(point, table, source, "benchmark");
            if (benchmark.PointCount != 1)
            {
                throw new InvalidDataException($"{source}: [benchmark] must give one value of {benchmark.Description.XKey} and of {benchmark.Description.YKey}");
            }
        }

        ScanSpecification? plane = null;
        if (table.TryGetValue("scan", out var p))
        {
            var scan = p as TomlTable ?? throw new InvalidDataException($"{source}: 'scan' must be a table [scan]");
            plane = ScanFile.FromScanTable(scan, table, source);
        }

        if (benchmark is null && plane is null)
        {
            throw new InvalidDataException($"{source}: needs a [benchmark] point or a [scan] plane");
        }

        return new RunJob(source, output, benchmark, plane);
    }

    /// <summary>The same job with both the benchmark and the plane judged against <paramref name="constraints"/>.</summary>
    /// <exception cref="ArgumentException">[settings] of the file give verdict thresholds too.</exception>
    public RunJob WithConstraints(Freestream.Structure.ConstraintSet constraints) =>
        new(Source, OutputDirectory, Benchmark?.WithConstraints(constraints), Plane?.WithConstraints(constraints));

    /// <summary>The same job with the Boltzmann preset code <paramref name="presetCode"/> (0, 1, 2), or unchanged for null.</summary>
    public RunJob WithPreset(double? presetCode) => presetCode is not { } code
        ? this
        : new RunJob(Source, OutputDirectory, Benchmark?.WithSetting(ScanSettings.BoltzmannPresetKey, code), Plane?.WithSetting(ScanSettings.BoltzmannPresetKey, code));

    /// <summary>Computes the benchmark and the plane; returns the exit code (130 when interrupted).</summary>
    public int Execute(CommandContext context, ScanRunOptions options, bool fresh)
    {
        ArgumentNullException.ThrowIfNull(context);
        string root = context.OutDirectory?.FullName ?? Path.GetFullPath(OutputDirectory);
        var json = new JsonObject { ["source"] = Source, ["directory"] = root };
        var files = new JsonArray();
        var human = new StringBuilder();
        human.AppendLine(CultureInfo.InvariantCulture, $"Run file: {Source}");
        human.AppendLine(CultureInfo.InvariantCulture, $"Output:   {root}");
        foreach (var (name, specification) in new[] { ("benchmark", Benchmark), ("plane", Plane) })
        {
            if (specification is null)
            {
                continue;
            }

            string directory = Path.Combine(root, name);
            bool point = name == "benchmark";
            var (summary, written) = ScanCommand.RunScan(context, specification, directory, (options, fresh), planeExports: !point);
            foreach (string file in written)
            {
                files.Add(file);
            }

            if (summary.Cancelled)
            {
                return ScanCommand.InterruptedExitCode;
            }

            using var store = ScanStore.OpenExisting(directory);
            var results = store.ReadAll(withTables: point);
            json[name] = Summary(specification, directory, summary, results);
            if (point && results.Count == 1)
            {
                BenchmarkPointFiles.Write(specification, results[0], store.ReadReferences(), directory);
                File.WriteAllText(Path.Combine(directory, "summary.json"), json[name]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
            }

            human.AppendLine(Describe(specification, directory, results));
        }

        json["files"] = files;
        context.Emit(json, () => human.ToString().TrimEnd());
        return 0;
    }

    private static JsonObject Summary(ScanSpecification specification, string directory, ScanRunSummary summary, IReadOnlyList<ScanPointResult> results)
    {
        var node = new JsonObject
        {
            ["directory"] = directory,
            ["model"] = specification.Model,
            ["points"] = specification.PointCount,
            ["ok"] = results.Count(r => r.Status == ScanPointStatus.Ok),
            ["failed"] = results.Count(r => r.Status == ScanPointStatus.Failed),
            ["seconds"] = summary.Elapsed.TotalSeconds,
            ["pointsPerMinute"] = summary.PointsPerMinute,
            ["preset"] = specification.BoltzmannPreset,
        };
        foreach (var parameter in specification.ParameterQuantities)
        {
            node[parameter.JsonKey] = specification.Parameters[parameter.Key];
        }

        if (results.Count == 1)
        {
            var r = results[0];
            node[specification.Description.XKey] = r.Point.X;
            node[specification.Description.YKey] = r.Point.Y;
            node["status"] = r.Status == ScanPointStatus.Ok ? "ok" : "failed";
            node["error"] = r.Error;
            node["regime"] = r.Regime;
            node["sterileMassKeV"] = Finite(r.SterileMassKeV);
            node["meanQ"] = Finite(r.MeanQ);
            node["leptonAsymmetryL6"] = Finite(r.LeptonAsymmetryL6);
            node["xRayLifetimeSeconds"] = Finite(r.XRayLifetimeSeconds);
            node["halfModeKHMpc"] = Finite(r.HalfModeKHMpc);
            node["verdicts"] = new JsonObject([.. r.Verdicts.Select(v => KeyValuePair.Create(v.Key, (JsonNode?)ScanCriteria.Name(v.Value)))]);
        }

        return node;
    }

    /// <summary>
    /// The line a run prints for its benchmark point or its plane. A physically impossible point (kinematically
    /// forbidden or outside validity) is never judged and is reported as without a verdict, not as failed.
    /// </summary>
    public static string Describe(ScanSpecification specification, string directory, IReadOnlyList<ScanPointResult> results)
    {
        if (results.Count == 1)
        {
            var r = results[0];
            if (r.Status != ScanPointStatus.Ok)
            {
                string outcome = ScanPointStatusNames.IsImpossible(r.Status) ? "no verdict" : "failed";
                return $"Benchmark {Coordinates(specification, r.Point)}: {outcome}{(r.Regime.Length > 0 ? $" ({r.Regime})" : string.Empty)}: {r.Error}";
            }

            string verdicts = string.Join(", ", ScanCriteria.All.Where(r.Verdicts.ContainsKey).Select(c => $"{ScanCriteria.Label(c)}: {ScanCriteria.Name(r.Verdicts[c])}"));
            return $"""
                Benchmark {specification.Title}, {Coordinates(specification, r.Point)} ({r.Regime}): m = {Num(r.SterileMassKeV)} keV, ⟨q⟩ = {Num(r.MeanQ)}, k½ = {Num(r.HalfModeKHMpc)} h/Mpc{(double.IsFinite(r.LeptonAsymmetryL6) ? $", L₆ = {Num(r.LeptonAsymmetryL6)}, τ_γ = {Num(r.XRayLifetimeSeconds)} s" : string.Empty)}
                  verdicts: {verdicts}
                  files: {directory}
                """;
        }

        return $"Plane {specification.Title}, {specification.X.Count} × {specification.Y.Count} points (preset {specification.BoltzmannPreset}): {ScanPointStatusNames.Counts(results.Select(r => r.Status))}; maps and report.html in {directory}";
    }

    private static string Coordinates(ScanSpecification specification, ScanPoint point) =>
        $"{specification.Description.XKey} = {Num(point.X)}, {specification.Description.YKey} = {Num(point.Y)}";

    private static JsonNode? Finite(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;

    private static string Num(double value) => value.ToString("G4", CultureInfo.InvariantCulture);
}
