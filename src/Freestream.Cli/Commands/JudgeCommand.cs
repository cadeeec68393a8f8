using System.Text;

namespace Freestream.Cli.Commands;

/// <summary>
/// <c>freestream judge</c>: every structure-formation criterion for one model, side by side — free
/// streaming (indicative), half-mode, Lyman-α area, Milky-Way satellites, z = 6 galaxy counts and the
/// (α, β, γ) fit — each with its verdict and the thermal reference values it used.
/// </summary>
public sealed class JudgeCommand : ICliCommand
{
    private readonly ProductionModelOptions production = new();

    private readonly Option<FileInfo?> transferTable = new("--transfer-table")
    {
        Description = "Model transfer table: columns k [h/Mpc], T2, P_model [(Mpc/h)^3], P_cdm [(Mpc/h)^3] (CSV or whitespace, '#' comments), as 'transfer --out' writes; without it the model (--psd or --thermal-mass-kev) goes through the Boltzmann solver",
    };

    private readonly PsdTableOptions psdTable = new();

    private readonly Option<FileInfo?> psd = new("--psd")
    {
        Description = "Momentum distribution of the model: two columns q = p/T_nu0 and f(q) (CLASS psd format); with --sterile-mass-kev gives the free-streaming length",
    };

    private readonly QuantityOption sterileMass = new(ProductionQuantities.SterileMassKeV, "mass of the --psd particle, or a fixed mass for a production model");

    private readonly QuantityOption thermalMass = new(StructureQuantities.ThermalMassKeV, "judge a thermal relic of this mass (all of the dark matter): its Fermi–Dirac f(q) gives the free-streaming length");

    private readonly Option<double> redshift = new("--table-redshift")
    {
        Description = "Redshift of the transfer table (dimensionless, >= 0); P is scaled with the LCDM growth factor",
        DefaultValueFactory = _ => 0.0,
    };

    private readonly Option<string[]> referenceTables = new("--reference-table")
    {
        Description = "Thermal reference as MASS_KEV=FILE (same table format, same cosmology and solver settings as the model); repeatable. Without it the thermal references come from --references",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string> referenceSource = new("--references")
    {
        Description = "Thermal references when no --reference-table is given: solver (thermal relics through the Boltzmann solver with the same cosmology and --preset: like for like, default), viel2005 or bode2001 (fit times the model's P_cdm; quick, not like for like)",
        DefaultValueFactory = _ => "solver",
    };

    private readonly PresetOption preset = new("Boltzmann solver of the model and of the thermal references");

    private readonly CosmologyOptions cosmologyOptions = new();

    private readonly Option<string> convention = new("--half-mode-convention")
    {
        Description = "Half-mode convention of the verdict: amplitude (T = 1/2, default) or power (T^2 = 1/2); both are always reported",
        DefaultValueFactory = _ => "amplitude",
    };

    private readonly Option<string> halfModeMasses = ListOption("--half-mode-masses-kev", "Thermal masses m_lo,m_hi in keV for the half-mode verdict", Defaults.HalfModeMasses);

    private readonly Option<string> lymanAlphaMasses = ListOption("--lyman-alpha-masses-kev", "Thermal masses (conservative,strict) in keV whose dA are dA_REF", Defaults.LymanAlphaMasses, "Irsic et al. 2017");

    private readonly Option<string> lymanAlphaRange = ListOption("--lyman-alpha-k-range-hmpc", "k_min,k_max of the area integral in h/Mpc", Defaults.LymanAlphaRange, "Murgia et al. 2017");

    private readonly Option<string> satellites = ListOption("--observed-satellites", "Observed Milky-Way satellite counts conservative,strict", Defaults.Satellites);

    private readonly QuantityOption hostMass = new(StructureQuantities.HostMassMsunH);

    private readonly QuantityOption subhaloMinimum = new(StructureQuantities.SubhaloMinimumMassMsunH);

    private readonly QuantityOption subhaloC = new(StructureQuantities.SubhaloFilterMassConstant);

    private readonly QuantityOption subhaloCn = new(StructureQuantities.SubhaloNormalisation);

    private readonly Option<string> highZMasses = ListOption("--high-z-masses-kev", "Thermal masses in keV at the 1,2,3 sigma bounds whose phi_bar calibrate the observed z=6 density", Defaults.HighRedshiftMasses, "Menci et al. 2016");

    private readonly Option<string?> highZObserved = new("--high-z-observed-mpc3")
    {
        Description = "Explicit 1,2,3 sigma lower limits on the observed density of M_UV <= -12.5 galaxies in Mpc^-3 (replaces the thermal calibration)",
    };

    private readonly QuantityOption highZMinimum = new(StructureQuantities.HighRedshiftMinimumMassMsunH);

    private readonly QuantityOption highZC = new(StructureQuantities.HighRedshiftFilterMassConstant);

    /// <summary>A comma-separated list option whose description ends with its default (and the default's source).</summary>
    private static Option<string> ListOption(string name, string description, string defaultValue, string? source = null) => new(name)
    {
        Description = $"{description} (default {defaultValue}{(source is null ? "" : ": " + source)})",
        DefaultValueFactory = _ => defaultValue,
    };

    /// <summary>The defaults of the list options, written from <see cref="StructureSettings.Default"/> (not re-typed).</summary>
    private static class Defaults
    {
        private static readonly StructureSettings D = StructureSettings.Default;

        public static string HalfModeMasses => List(D.HalfMode.ConservativeReferenceMassKeV, D.HalfMode.StrictReferenceMassKeV);

        public static string LymanAlphaMasses => List(D.LymanAlpha.ConservativeReferenceMassKeV, D.LymanAlpha.StrictReferenceMassKeV);

        public static string LymanAlphaRange => List(D.LymanAlpha.KMinHMpc, D.LymanAlpha.KMaxHMpc);

        public static string Satellites => List(D.Subhalos.ObservedSatellites, D.Subhalos.StrictObservedSatellites);

        public static string HighRedshiftMasses => List([.. D.HighRedshift.ReferenceMasses]);

        private static string List(params double[] values) => string.Join(",", values.Select(OptionChecks.Format));
    }

    private readonly Option<string?> constraints = ConstraintsOption.Create();

    /// <inheritdoc />
    public Command Build()
    {
        var command = new Command("judge", "Structure-formation verdicts for one model: free streaming, half-mode, Lyman-alpha area, Milky-Way satellites, z=6 galaxy counts")
        {
            transferTable, psd, redshift, referenceTables, referenceSource, convention, halfModeMasses,
            lymanAlphaMasses, lymanAlphaRange, satellites, highZMasses, highZObserved, constraints,
        };
        foreach (var option in new[] { hostMass, subhaloMinimum, subhaloC, subhaloCn, highZMinimum, highZC })
        {
            option.AddTo(command);
        }

        sterileMass.AddTo(command);
        thermalMass.AddTo(command);
        preset.AddTo(command);
        cosmologyOptions.AddTo(command);
        production.AddTo(command);
        psdTable.AddTo(command);
        command.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            var cosmology = cosmologyOptions.Read(parse);
            var settings = Settings(parse);
            var solverSettings = preset.Select(parse, BoltzmannSettings.Fast, BoltzmannSettings.Default, BoltzmannSettings.Precise);
            var distribution = Distribution(parse, cosmology);
            var file = parse.GetValue(transferTable);
            double z = OptionChecks.InRange(parse.GetValue(redshift), 0, 1000, "--table-redshift");
            TransferFunction model;
            string title;
            if (file is not null)
            {
                model = TransferTable.Read(file.FullName, z);
                title = file.Name;
            }
            else
            {
                var (species, label) = distribution ?? throw new UsageException("--transfer-table: give a model transfer table, or a model for the Boltzmann solver (--psd FILE --sterile-mass-kev M, --thermal-mass-kev M, or a production model as for 'produce')");
                context.Progress.Report($"judge: solving {label} (preset {preset.Read(parse)})");
                model = SolveWithProgress(new LinearPowerCalculator(cosmology, solverSettings), Species(species, cosmology, solverSettings), z, context, "model");
                title = label;
            }

            var set = Constraints(parse);
            var references = References(parse, model, cosmology, solverSettings, z, context);
            var thresholds = ThermalThresholds.Compute(references, cosmology, settings, set);
            var freeStreaming = distribution is { } d ? FreeStreamingLength.Compute(d.Model.Distribution, d.Model.MassKeV, cosmology, settings.FreeStreaming) : null;
            double? deltaNeffBbn = distribution is { } dr ? DarkRadiationDensity.DeltaNeff(dr.Model.Distribution, dr.Model.MassKeV, DarkRadiationDensity.BbnNeutrinoTemperatureGeV) : null;
            var report = StructureJudge.Judge(model, thresholds, cosmology, settings, freeStreaming, constraints: set, deltaNeffBbn: deltaNeffBbn);
            if (XRay(parse, distribution, context) is { } xRay)
            {
                report = report with { Verdicts = new Dictionary<string, Verdict>(report.Verdicts) { [XRayLimit.Criterion] = xRay } };
            }

            IReadOnlyList<string> files = [];
            if (context.OutDirectory is { } outDirectory)
            {
                using var output = new OutputDirectory(outDirectory);
                StructureFiles.Write(output.Staging.FullName, report, model, references, title);
                files = output.Commit();
            }

            var json = StructureReportJson.ToJson(report);
            json["files"] = new JsonArray([.. files.Select(f => JsonValue.Create(f))]);
            context.Emit(json, () => Human(report) + string.Concat(files.Select(f => $"{Environment.NewLine}wrote {f}")));
            return 0;
        });
        return command;
    }

    /// <summary>
    /// The constraint set of --constraints, or null when a threshold option was given instead (the verdicts then use
    /// the thresholds of the options and the report names the set "settings").
    /// </summary>
    private ConstraintSet? Constraints(ParseResult parse)
    {
        Option[] thresholdOptions = [halfModeMasses, lymanAlphaMasses, satellites, highZMasses, highZObserved];
        var given = thresholdOptions.Where(o => parse.GetResult(o) is { Implicit: false }).Select(o => o.Name).ToList();
        string? name = parse.GetValue(constraints);
        if (given.Count > 0)
        {
            return name is not null
                ? throw new UsageException($"--constraints: a constraint set carries its own thresholds; give it or {string.Join(", ", given)}, not both")
                : null;
        }

        return ConstraintsOption.Load(name ?? ConstraintSet.DefaultName);
    }

    /// <summary>
    /// The X-ray verdict of a production model (the table of published limits, <see cref="XRayLineLimits"/>): with mixing
    /// at the produced mass; the scalar-decay N without mixing never decays radiatively; none for a thermal relic or a file,
    /// and none where no tabulated limit covers the mass (said on stderr: no published limit in the table at this mass).
    /// </summary>
    private Verdict? XRay(ParseResult parse, ((MomentumDistribution Distribution, double MassKeV) Model, string Label)? distribution, CommandContext context)
    {
        if (!production.IsGiven(parse) || distribution is not { } d)
        {
            return null;
        }

        if (production.Mixing(parse) is not double s2)
        {
            return XRayLineLimits.WithoutMixing();
        }

        var verdict = XRayLineLimits.Default.Judge(d.Model.MassKeV, s2);
        if (verdict is null)
        {
            context.Progress.Report("judge: X-ray line: " + XRayLineLimits.Default.NoPublishedLimit(d.Model.MassKeV));
        }

        return verdict;
    }

    /// <summary>The model's momentum distribution and mass (for λ_FS and the solver), or null when none was given.</summary>
    private ((MomentumDistribution Distribution, double MassKeV) Model, string Label)? Distribution(ParseResult parse, CosmologyParameters cosmology)
    {
        var file = parse.GetValue(psd);
        double? sterile = sterileMass.Value(parse);
        double? thermal = thermalMass.Value(parse);
        int models = (file is null ? 0 : 1) + (thermal is null ? 0 : 1) + (production.IsGiven(parse) ? 1 : 0);
        if (models > 1)
        {
            throw new UsageException("--psd, --thermal-mass-kev and the production-model options (--scalar-mass-gev, --sin2-2theta): give one model, not several");
        }

        if (production.IsGiven(parse))
        {
            var (produced, massKeV, label) = production.Produce(parse, sterile, cosmology.OmegaDarkMatterH2);
            return ((produced, massKeV), label);
        }

        if (thermal is double thermalKeV)
        {
            return ((ThermalWarmDarkMatter.Distribution(thermalKeV, cosmology), thermalKeV), $"thermal relic {OptionChecks.Format(thermalKeV)} keV");
        }

        if (file is null)
        {
            return sterile is null ? null : throw new UsageException("--sterile-mass-kev: needs --psd FILE or a production model");
        }

        double mass = sterile ?? throw new UsageException($"--sterile-mass-kev: required with --psd ({ProductionQuantities.SterileMassKeV.Range.Describe("keV")})");
        return ((psdTable.Read(parse, file, degeneracy: 2), mass), $"{file.Name}, {OptionChecks.Format(mass)} keV");
    }

    /// <summary>The solver species of a model: all of the dark matter (ω = ω_dm).</summary>
    private static NcdmSpecies Species((MomentumDistribution Distribution, double MassKeV) model, CosmologyParameters cosmology, BoltzmannSettings settings) =>
        NcdmSpecies.FromDistribution(model.Distribution, model.MassKeV, cosmology.OmegaDarkMatterH2, cosmology.CmbTemperatureK, settings);

    private StructureSettings Settings(ParseResult parse)
    {
        var halfMode = Pair(parse.GetValue(halfModeMasses)!, "--half-mode-masses-kev");
        var lyman = Pair(parse.GetValue(lymanAlphaMasses)!, "--lyman-alpha-masses-kev");
        var range = Pair(parse.GetValue(lymanAlphaRange)!, "--lyman-alpha-k-range-hmpc");
        var counts = Pair(parse.GetValue(satellites)!, "--observed-satellites");
        var highZ = OptionChecks.ParseList(parse.GetValue(highZMasses)!, "--high-z-masses-kev");
        string? observed = parse.GetValue(highZObserved);
        var halfModeConvention = parse.GetValue(convention)!.ToLowerInvariant() switch
        {
            "amplitude" => HalfModeConvention.Amplitude,
            "power" => HalfModeConvention.Power,
            var other => throw UsageException.OutOfRange("--half-mode-convention", "amplitude or power", InputEcho.Quote(other)),
        };
        var settings = StructureSettings.Default with
        {
            HalfMode = new HalfModeSettings(halfModeConvention, halfMode[1], halfMode[0]),
            LymanAlpha = new LymanAlphaSettings(range[0], range[1], lyman[1], lyman[0]),
            Subhalos = new SubhaloSettings(hostMass.ValueOrDefault(parse), subhaloMinimum.ValueOrDefault(parse), subhaloC.ValueOrDefault(parse), subhaloCn.ValueOrDefault(parse), counts[0], counts[1]),
            HighRedshift = new HighRedshiftSettings(
                FilterMassConstant: highZC.ValueOrDefault(parse),
                MinimumHaloMassMsunH: highZMinimum.ValueOrDefault(parse),
                ReferenceMassesKeV: highZ,
                ObservedDensitiesMpc3: observed is null ? null : OptionChecks.ParseList(observed, "--high-z-observed-mpc3")),
        };
        Checked(settings.HalfMode.Validated, _ => "--half-mode-masses-kev");
        Checked(settings.LymanAlpha.Validated, parameter => parameter.Contains("ReferenceMass", StringComparison.Ordinal) ? "--lyman-alpha-masses-kev" : "--lyman-alpha-k-range-hmpc");
        Checked(settings.Subhalos.Validated, parameter => parameter switch
        {
            nameof(SubhaloSettings.HostMassMsunH) => "--host-mass-msun-h",
            nameof(SubhaloSettings.MinimumMassMsunH) => "--subhalo-min-mass-msun-h",
            nameof(SubhaloSettings.FilterMassConstant) => "--subhalo-c",
            nameof(SubhaloSettings.Normalisation) => "--subhalo-cn",
            _ => "--observed-satellites",
        });
        Checked(settings.HighRedshift.Validated, parameter => parameter switch
        {
            nameof(HighRedshiftSettings.FilterMassConstant) => "--high-z-c",
            nameof(HighRedshiftSettings.MinimumHaloMassMsunH) => "--high-z-min-mass-msun-h",
            nameof(HighRedshiftSettings.ObservedDensitiesMpc3) => "--high-z-observed-mpc3",
            _ => "--high-z-masses-kev",
        });
        return settings.Validated();
    }

    /// <summary>
    /// Runs a library validation; its error becomes a usage error naming the option that set the parameter, with the
    /// settings' member names (HostMassMsunH, KMinHMpc, …) replaced by what the option calls them.
    /// </summary>
    private static T Checked<T>(Func<T> validate, Func<string, string> optionOf)
    {
        try
        {
            return validate();
        }
        catch (ArgumentOutOfRangeException ex)
        {
            string parameter = ex.ParamName ?? string.Empty;
            string message = ex.Message.Split(Environment.NewLine)[0].Replace($" (Parameter '{parameter}')", string.Empty, StringComparison.Ordinal);
            foreach (var (member, words) in SettingWords)
            {
                message = message.Replace(member, words, StringComparison.Ordinal);
            }

            throw new UsageException($"{optionOf(parameter)}: {message}");
        }
    }

    /// <summary>The structure settings' member names as the options' help calls them (longest names first).</summary>
    private static readonly (string Member, string Words)[] SettingWords =
    [
        (nameof(LymanAlphaSettings.ConservativeReferenceMassKeV), "the conservative mass"),
        (nameof(LymanAlphaSettings.StrictReferenceMassKeV), "the strict mass"),
        (nameof(HighRedshiftSettings.ObservedDensitiesMpc3), "the observed densities"),
        (nameof(HighRedshiftSettings.ReferenceMassesKeV), "the list of masses"),
        (nameof(HighRedshiftSettings.MinimumHaloMassMsunH), "the lowest halo mass"),
        (nameof(SubhaloSettings.StrictObservedSatellites), "the strict count"),
        (nameof(SubhaloSettings.ObservedSatellites), "the conservative count"),
        (nameof(SubhaloSettings.HostMassMsunH), "the host mass"),
        (nameof(SubhaloSettings.MinimumMassMsunH), "the smallest subhalo mass"),
        (nameof(SubhaloSettings.FilterMassConstant), "c"),
        (nameof(SubhaloSettings.Normalisation), "C_n"),
        (nameof(LymanAlphaSettings.KMinHMpc), "k_min"),
        (nameof(LymanAlphaSettings.KMaxHMpc), "k_max"),
    ];

    private ThermalReferences References(ParseResult parse, TransferFunction model, CosmologyParameters cosmology, BoltzmannSettings solverSettings, double z, CommandContext context)
    {
        var tables = parse.GetValue(referenceTables) ?? [];
        if (tables.Length > 0)
        {
            var byMass = new Dictionary<double, TransferFunction>();
            foreach (string entry in tables)
            {
                int split = entry.IndexOf('=');
                if (split <= 0 || !double.TryParse(entry[..split], NumberStyles.Float, CultureInfo.InvariantCulture, out double mass) || mass <= 0)
                {
                    throw new UsageException($"--reference-table: expected MASS_KEV=FILE with MASS_KEV > 0, got {InputEcho.Quote(entry)}");
                }

                byMass[mass] = TransferTable.Read(entry[(split + 1)..], z);
            }

            return ThermalReferences.FromTables($"thermal reference tables ({string.Join(", ", tables)})", byMass);
        }

        string source = parse.GetValue(referenceSource)!.ToLowerInvariant();
        if (source == "solver")
        {
            var calculator = new LinearPowerCalculator(cosmology, solverSettings);
            return ThermalReferences.FromFunction(
                $"thermal relics through the Boltzmann solver (preset {preset.Read(parse)}, same cosmology)",
                mass =>
                {
                    context.Progress.Report($"judge: solving the {OptionChecks.Format(mass)} keV thermal reference");
                    var species = NcdmSpecies.ThermalRelic(mass, cosmology.OmegaDarkMatterH2, cosmology.CmbTemperatureK, solverSettings);
                    return SolveWithProgress(calculator, species, z, context, $"{OptionChecks.Format(mass)} keV reference");
                });
        }

        var fit = source switch
        {
            "viel2005" => ThermalTransferFit.Viel2005,
            "bode2001" => ThermalTransferFit.Bode2001,
            var other => throw UsageException.OutOfRange("--references", "solver, viel2005 or bode2001", InputEcho.Quote(other)),
        };
        return ThermalReferences.FromFit(model, cosmology, fit);
    }

    /// <summary>
    /// T²(k) of <paramref name="species"/> with the k modes counted on stderr (as in <c>transfer</c>): the CDM run
    /// first (cached by the calculator, so counted once), then the model's modes.
    /// </summary>
    private static TransferFunction SolveWithProgress(LinearPowerCalculator calculator, NcdmSpecies species, double z, CommandContext context, string what)
    {
        calculator.Cdm(z, context.CountProgress("CDM k modes", LinearPowerCalculator.BaseGrid(calculator.Settings).Length));
        return calculator.Transfer(species, z, context.CountProgress($"{what} k modes", LinearPowerCalculator.ModelCandidates(calculator.Settings).Length));
    }

    private static double[] Pair(string text, string option)
    {
        var values = OptionChecks.ParseList(text, option);
        if (values.Length != 2)
        {
            throw new UsageException($"{option}: expected two comma-separated numbers, got {InputEcho.Quote(text)}");
        }

        return values;
    }

    private static string Human(StructureReport report)
    {
        var text = new StringBuilder();
        foreach (var (criterion, verdict) in report.Verdicts)
        {
            string references = string.Join("; ", verdict.References.Take(3).Select(r => $"{r.Name} = {OptionChecks.Format(r.Value)} {r.Unit}".TrimEnd()));
            text.AppendLine(CultureInfo.InvariantCulture, $"{criterion,-13} {OptionChecks.Format(verdict.Value),10} {verdict.Unit,-7} {verdict.LevelName,-9} [{references}]");
        }

        var m = report.Measurements;
        text.AppendLine(CultureInfo.InvariantCulture, $"k_1/2: {Format(m.HalfMode.KPowerHMpc)} h/Mpc (T^2=1/2), {Format(m.HalfMode.KAmplitudeHMpc)} h/Mpc (T=1/2)");
        if (m.Fit is { } fit)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"alpha, beta, gamma: {OptionChecks.Format(fit.AlphaMpcH)} Mpc/h, {OptionChecks.Format(fit.Beta)}, {OptionChecks.Format(fit.Gamma)} (rms {OptionChecks.Format(fit.RmsResidual)})");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"thermal references: {report.Thresholds.Source}");
        text.AppendLine(CultureInfo.InvariantCulture, $"constraint set: {report.ConstraintSetName}");
        foreach (var (criterion, verdict) in report.Verdicts.Where(v => v.Key != "freeStreaming"))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {criterion}: {verdict.Rule}");
        }

        text.Length -= Environment.NewLine.Length;
        return text.ToString();
    }

    private static string Format(double? value) => value is double v ? OptionChecks.Format(v) : "none";
}
