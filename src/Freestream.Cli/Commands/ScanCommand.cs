using System.Runtime.InteropServices;

namespace Freestream.Cli.Commands;

/// <summary>
/// <c>freestream scan scalar-decay --scalar-mass-gev M --lambda A --yukawa B --out DIR</c> (a (λ, y) plane at fixed
/// m_S), <c>freestream scan shi-fuller --sterile-mass-kev A --sin2-2theta B --out DIR</c> (an (m_s, sin²2θ) plane at
/// fixed Ω h²) and <c>freestream scan FILE.toml</c>: every point taken through production → f(q) → T²(k) → verdicts,
/// in parallel, each finished point committed to <c>DIR/scan.db</c> (resumable, shardable), then <c>points.csv</c>,
/// maps and <c>report.html</c>.
/// </summary>
public sealed class ScanCommand : ICliCommand
{
    /// <summary>Exit code of a scan stopped by SIGINT/SIGTERM (finished points are kept).</summary>
    public const int InterruptedExitCode = 130;

    private static readonly Option<int> Threads = new("--threads")
    {
        Description = "Points computed in parallel (1–1024; default: all cores)",
        DefaultValueFactory = _ => Environment.ProcessorCount,
        Recursive = true,
    };

    private static readonly Option<string?> Shard = new("--shard")
    {
        Description = "Compute only shard i of n (i/n, 1 <= i <= n): points with index mod n = i-1; combine with 'freestream merge'",
        Recursive = true,
    };

    private static readonly Option<bool> Fresh = new("--fresh")
    {
        Description = "Delete the results store in --out and start over (default: resume, skipping finished points)",
        Recursive = true,
    };

    private static readonly Option<int> MaxPoints = new("--max-points")
    {
        Description = $"Largest plane (|x| × |y| points, all shards) to accept (default {ScanRunOptions.DefaultMaxPoints}: days of CPU time; raise it deliberately)",
        DefaultValueFactory = _ => ScanRunOptions.DefaultMaxPoints,
        Recursive = true,
    };

    private static readonly Option<string?> Preset = new(PresetOption.Name)
    {
        Description = "Boltzmann-solver accuracy: fast, default or precise (default: [settings] boltzmann_preset, else default); recorded in the store",
        Recursive = true,
    };

    private static readonly Option<bool> Resume = new("--resume")
    {
        Description = "Resume from the results store in --out, skipping finished points (default on; --fresh turns it off)",
        DefaultValueFactory = _ => true,
        Recursive = true,
    };

    private static readonly Option<string?> Constraints = ConstraintsOption.Create(recursive: true);

    /// <inheritdoc />
    public Command Build()
    {
        var file = new Argument<FileInfo?>("FILE")
        {
            Description = "Scan file (TOML: [scan] model, its axes and parameters (scalar-decay: scalar_mass_gev, lambda, yukawa, optional sin2_2theta; shi-fuller: sterile_mass_kev, sin2_2theta), output; [cosmology]; [settings])",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("scan", "Scan a model's plane ((λ, y) at fixed m_S, or (m_s, sin²2θ) at fixed Ω for Shi–Fuller): contour lines, ⟨q⟩ and verdict maps, points.csv, report.html") { file, Threads, Shard, Fresh, Resume, MaxPoints, Preset, Constraints };
        command.Subcommands.Add(BuildScalarDecay());
        command.Subcommands.Add(BuildShiFuller());
        command.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            var path = parse.GetValue(file) ?? throw new UsageException("scan: give a scan file (FILE.toml) or a model subcommand such as 'scan scalar-decay'");
            var (specification, output) = ScanFile.Read(path.FullName);
            specification = WithConstraintsOption(parse, specification);
            string directory = context.OutDirectory?.FullName
                ?? (output is null ? throw new UsageException("--out: required (or set output in the [scan] table)") : Path.GetFullPath(output, path.DirectoryName!));
            return Execute(context, WithPreset(parse, specification), directory, RunSettings(parse));
        });
        return command;
    }

    /// <summary>
    /// Runs a scan into <paramref name="directory"/> and writes its exports; shared with
    /// <c>freestream run</c>. Returns the exit code (0, or 130 when interrupted).
    /// </summary>
    internal static int Execute(CommandContext context, ScanSpecification specification, string directory, (ScanRunOptions Options, bool Fresh) run)
    {
        var (summary, files) = RunScan(context, specification, directory, run);
        var json = Describe(specification, directory, summary, files);
        context.Emit(json, () => Human(specification, directory, summary, files));
        return summary.Cancelled ? InterruptedExitCode : 0;
    }

    /// <summary>Runs the engine with a progress display and SIGINT/SIGTERM handling, then exports the plane's files (unless <paramref name="planeExports"/> is false).</summary>
    /// <remarks>
    /// Everything that can refuse the scan comes before the set-up work (thermal references): the point
    /// limit, the folder's lock (another scan, a file or an unwritable folder) and the existing store
    /// (another specification, another schema, a damaged file).
    /// </remarks>
    internal static (ScanRunSummary Summary, IReadOnlyList<string> Files) RunScan(CommandContext context, ScanSpecification specification, string directory, (ScanRunOptions Options, bool Fresh) run, bool planeExports = true)
    {
        run.Options.CheckPointLimit(specification);
        using var folderLock = ScanFolderLock.Acquire(directory);
        if (!run.Fresh)
        {
            ScanStore.EnsureResumable(directory, specification);
        }

        var evaluator = ScanEvaluators.Create(specification, Math.Min(run.Options.Threads, specification.PointCount));
        using var store = ScanStore.Open(folderLock, specification, run.Fresh);
        using var cancel = new CancellationTokenSource();
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt);
        var display = new ScanProgressDisplay(context.Stderr, IsTerminal(context), context.Json);
        var summary = ScanEngine.Run(store, evaluator, run.Options, display, cancel.Token);
        display.Finish();
        if (summary.Cancelled)
        {
            context.Stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"freestream: scan interrupted; {summary.Skipped + summary.Computed} of {summary.ShardPoints} points are in {store.Path}. Re-run the same command to resume."));
            return (summary, []);
        }

        return (summary, planeExports ? ScanOutputs.Write(store, directory) : []);

        void Interrupt(PosixSignalContext signal)
        {
            signal.Cancel = true;
            cancel.Cancel();
        }
    }

    /// <summary>
    /// The specification judged against the set of --constraints when given (over the file's <c>constraints</c> key);
    /// a usage error when the file's [settings] also give thresholds.
    /// </summary>
    internal static ScanSpecification WithConstraintsOption(ParseResult parse, ScanSpecification specification)
    {
        if (parse.GetValue(Constraints) is not { } name)
        {
            return specification;
        }

        try
        {
            return specification.WithConstraints(ConstraintsOption.Load(name));
        }
        catch (ArgumentException ex)
        {
            throw new UsageException($"--constraints: {ex.Message.Split(" (Parameter")[0]}");
        }
    }

    /// <summary>The set of --constraints, or the default set.</summary>
    private static ConstraintSet ConstraintsOf(ParseResult parse) => ConstraintsOption.Load(parse.GetValue(Constraints) ?? ConstraintSet.DefaultName);

    /// <summary>Threads, shard, point limit and fresh/resume from the parse result.</summary>
    internal static (ScanRunOptions Options, bool Fresh) RunSettings(ParseResult parse)
    {
        int threads = parse.GetValue(Threads);
        if (threads < 1 || threads > 1024)
        {
            throw UsageException.OutOfRange("--threads", "in [1, 1024]", threads);
        }

        var shard = ScanShard.All;
        if (parse.GetValue(Shard) is { } text)
        {
            try
            {
                shard = ScanShard.Parse(text);
            }
            catch (Exception ex) when (ex is FormatException or ArgumentOutOfRangeException)
            {
                throw new UsageException($"--shard: must be i/n with 1 <= i <= n, got {InputEcho.Quote(text)}");
            }
        }

        int maxPoints = parse.GetValue(MaxPoints);
        if (maxPoints < 1)
        {
            throw UsageException.OutOfRange("--max-points", ">= 1", maxPoints);
        }

        if (parse.GetValue(Fresh) && parse.GetResult(Resume) is not null)
        {
            throw new UsageException("--fresh and --resume: --fresh starts over, --resume continues the store; give one of them");
        }

        bool fresh = parse.GetValue(Fresh) || (parse.GetResult(Resume) is not null && !parse.GetValue(Resume));
        return (new ScanRunOptions(threads, shard) { MaxPoints = maxPoints }, fresh);
    }

    /// <summary>The specification with the Boltzmann preset of --preset, when given.</summary>
    internal static ScanSpecification WithPreset(ParseResult parse, ScanSpecification specification) =>
        PresetCode(parse.GetValue(Preset)) is { } code ? specification.WithSetting(ScanSettings.BoltzmannPresetKey, code) : specification;

    /// <summary>The stored code of a --preset name, or null when the option is absent.</summary>
    internal static double? PresetCode(string? text) =>
        text is null ? null : ScanSettings.PresetCode(text) ?? throw UsageException.OutOfRange(PresetOption.Name, "one of fast, default, precise", Freestream.Numerics.InputEcho.Quote(text));

    private static Command BuildScalarDecay()
    {
        var model = ScanModel.ScalarDecay;
        var mass = new QuantityOption(model.Parameters.Single(), "fixed on the plane");
        var mixing = new QuantityOption(model.OptionalParameters.Single(), "optional, of N: the X-ray line N → νγ of every point is judged at its m_N (without it τ_γ = ∞, no X-ray verdict)");
        return BuildPlane(
            model,
            "Scan the scalar-decay model (S → NN, Higgs portal λ, Yukawa y) on a (λ, y) plane; needs --out DIR",
            "target abundance that fixes m_N at each point",
            [mass, mixing],
            (parse, lambdas, yukawas, cosmology, constraints) => ScanSpecification.ScalarDecay(
                mass.Required(parse, "(the scalar mass of the plane)"), lambdas, yukawas, cosmology, constraints: constraints, sin2TwoTheta: mixing.Value(parse)));
    }

    private static Command BuildShiFuller() => BuildPlane(
        ScanModel.ShiFuller,
        "Scan Shi–Fuller resonant production on the (m_s, sin²2θ) plane at fixed Ω h², L solved per point: ⟨q⟩ map, L₆ contours, X-ray and structure verdicts; needs --out DIR",
        "abundance every point must reach; L is solved for it",
        [],
        (_, masses, mixings, cosmology, constraints) => ScanSpecification.ShiFuller(masses, mixings, cosmology, constraints: constraints));

    /// <summary>
    /// The subcommand scanning <paramref name="model"/>'s plane: one option per axis (named by its quantity), the fixed
    /// parameters, --omega-dm-h2 (Planck 2018 otherwise) and the scan options; the results go to the required --out.
    /// </summary>
    private static Command BuildPlane(
        ScanModel model,
        string description,
        string omegaMeaning,
        QuantityOption[] fixedParameters,
        Func<ParseResult, ScanAxis, ScanAxis, CosmologyParameters, ConstraintSet, ScanSpecification> specify)
    {
        var x = AxisOption(model.XAxis);
        var y = AxisOption(model.YAxis);
        var omega = new QuantityOption(CosmologyQuantities.OmegaDarkMatterH2, omegaMeaning);
        var command = new Command(model.Name, description) { x, y };
        foreach (var option in fixedParameters.Append(omega))
        {
            option.AddTo(command);
        }

        command.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            var specification = specify(
                parse,
                ParseAxis(model.XAxis, parse.GetValue(x)!),
                ParseAxis(model.YAxis, parse.GetValue(y)!),
                CosmologyParameters.Planck2018 with { OmegaDarkMatterH2 = omega.ValueOrDefault(parse) },
                ConstraintsOf(parse));
            string directory = context.OutDirectory?.FullName ?? throw new UsageException("--out: required: the folder of the results store, points.csv and the plots");
            return Execute(context, WithPreset(parse, specification), directory, RunSettings(parse));
        });
        return command;
    }

    /// <summary>The option of a scan axis: the quantity's option name taking min:max:points or a list.</summary>
    private static Option<string> AxisOption(Quantity quantity) => new(quantity.CliOption)
    {
        Description = $"{quantity.Title} on the plane, each value {quantity.Range.Describe()}: min:max:points (log-spaced) or a comma-separated list",
        Required = true,
    };

    /// <summary>The axis written in <paramref name="text"/>, every value in the quantity's range.</summary>
    private static ScanAxis ParseAxis(Quantity quantity, string text)
    {
        ScanAxis axis;
        try
        {
            axis = ScanAxis.Parse(quantity.Key, text);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentOutOfRangeException)
        {
            string message = ex.Message.Split(Environment.NewLine)[0].Replace($" (Parameter '{quantity.Key}')", string.Empty, StringComparison.Ordinal);
            throw new UsageException($"{quantity.CliOption}: {message.Replace(quantity.Key + ": ", string.Empty, StringComparison.Ordinal)}");
        }

        foreach (double value in axis.Values)
        {
            quantity.Check(value);
        }

        return axis;
    }

    private static bool IsTerminal(CommandContext context) =>
        ReferenceEquals(context.Stderr, Console.Error) && !Console.IsErrorRedirected;

    private static JsonObject Describe(ScanSpecification specification, string directory, ScanRunSummary summary, IReadOnlyList<string> files)
    {
        var json = new JsonObject
        {
            ["model"] = specification.Model,
            ["title"] = specification.Title,
        };
        foreach (var parameter in specification.ParameterQuantities)
        {
            json[parameter.JsonKey] = specification.Parameters[parameter.Key];
        }

        json["xAxis"] = specification.Description.XKey;
        json["xPoints"] = specification.X.Count;
        json["yAxis"] = specification.Description.YKey;
        json["yPoints"] = specification.Y.Count;
        json["specHash"] = specification.Hash;
        json["preset"] = specification.BoltzmannPreset;
        json["directory"] = directory;
        json["shardPoints"] = summary.ShardPoints;
        json["skipped"] = summary.Skipped;
        json["computed"] = summary.Computed;
        json["failed"] = summary.Failed;
        json["cancelled"] = summary.Cancelled;
        json["seconds"] = summary.Elapsed.TotalSeconds;
        json["pointsPerMinute"] = summary.PointsPerMinute;
        json["files"] = new JsonArray([.. files.Select(f => (JsonNode)f)]);
        return json;
    }

    private static string Human(ScanSpecification specification, string directory, ScanRunSummary summary, IReadOnlyList<string> files) =>
        string.Create(CultureInfo.InvariantCulture, $"""
            Scan {specification.Model}, {specification.Title}, {specification.X.Count} {specification.Description.XKey} × {specification.Y.Count} {specification.Description.YKey} points, preset {specification.BoltzmannPreset} (spec {specification.Hash[..12]})
            This run: {summary.Computed} computed ({summary.Failed} failed), {summary.Skipped} resumed from the store, {summary.Remaining} missing, {summary.Elapsed.TotalSeconds:F1} s, {summary.PointsPerMinute:F1} points/min
            Results in {directory}: scan.db{(files.Count > 0 ? ", points.csv, map-*.png/svg, spectra.*, transfer.*, report.html" : string.Empty)}
            """);
}
