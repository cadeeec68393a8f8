using static Freestream.Cli.HumanText;

namespace Freestream.Cli.Commands;

/// <summary>
/// <c>freestream psd info FILE</c>: moments, number density and (with a mass) Ω h² of a tabulated
/// momentum distribution f(q), q = p/T_ν0, read with <see cref="PsdFile"/>; with <c>--out</c> also a
/// plot of q² f(q).
/// </summary>
public sealed class PsdCommand : ICliCommand
{
    /// <summary>Tail fraction above which a warning says the table does not cover the distribution.</summary>
    private const double TailWarningThreshold = 1e-3;

    /// <inheritdoc />
    public Command Build()
    {
        var command = new Command("psd", "Inspect momentum-distribution tables f(q), q = p/T_ν0 (two columns 'q f', CLASS ncdm_psd_filenames format)");
        command.Subcommands.Add(BuildInfo());
        return command;
    }

    private static Command BuildInfo()
    {
        var file = new Argument<FileInfo>("FILE")
        {
            Description = "Momentum-distribution table: Freestream's 'q f(q)' (q = p/T_ν0 today, f per internal state, '#' comments allowed), or a CLASS or sterile-dm table (see --psd-format)",
        };
        var degeneracy = new Option<double>("--degeneracy")
        {
            Description = "Number of internal states g (dimensionless, in [0.001, 1000]; 2 for a Majorana fermion)",
            DefaultValueFactory = _ => 2.0,
        };
        var mass = new QuantityOption(ProductionQuantities.SterileMassKeV, "adds Ω h² of the table's normalisation");
        var tableOptions = new PsdTableOptions();
        var command = new Command("info", "Print points, q range, ∫q²f dq, ⟨q⟩, ⟨q²⟩^1/2, number density today [cm⁻³] and, with --sterile-mass-kev, Ω h²; --out DIR writes psd.png and psd.svg of q² f(q)")
        {
            file,
            degeneracy,
        };
        mass.AddTo(command);
        tableOptions.AddTo(command);
        command.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            double g = OptionChecks.InRange(parse.GetValue(degeneracy), 1e-3, 1e3, "--degeneracy");
            double? massKeV = mass.Value(parse);
            var path = parse.GetValue(file) ?? throw new UsageException("FILE: a momentum-distribution file is required");
            var distribution = tableOptions.Read(parse, path, g, "FILE");
            var outputs = context.OutDirectory is { } outDirectory ? WritePlots(outDirectory, distribution, path.Name) : [];
            Warn(context, distribution, path.FullName);
            var (json, human) = Describe(distribution, path.FullName, massKeV, outputs);
            context.Emit(json, () => human);
            return 0;
        });
        return command;
    }

    private static (JsonObject Json, string Human) Describe(MomentumDistribution psd, string source, double? massKeV, IReadOnlyList<string> outputs)
    {
        double rmsQ = Math.Sqrt(psd.MeanQSquared);
        double? omegaH2 = massKeV is { } m ? psd.OmegaH2(m) : null;
        double tail = psd.EstimatedTailFraction;
        RequireFinite(source, ("number density", psd.NumberDensityPerCm3), ("Ω h²", omegaH2 ?? 0), ("⟨q²⟩^1/2", rmsQ));
        var json = new JsonObject
        {
            ["file"] = source,
            ["points"] = psd.Q.Count,
            ["qMin"] = psd.Q[0],
            ["qMax"] = psd.Q[^1],
            ["degeneracy"] = psd.Degeneracy,
            ["integralQ2F"] = psd.NormalisationIntegral,
            ["meanQ"] = psd.MeanQ,
            ["rmsQ"] = rmsQ,
            ["numberDensityCm3"] = psd.NumberDensityPerCm3,
            ["massKeV"] = massKeV,
            ["omegaH2"] = omegaH2,
            ["tailFraction"] = double.IsFinite(tail) ? tail : null,
            ["files"] = new JsonArray([.. outputs.Select(o => JsonValue.Create(o))]),
        };

        var rows = new List<(string Label, string Value)>
        {
            ("File", source),
            ("Points", psd.Q.Count.ToString(CultureInfo.InvariantCulture)),
            ("q range (q = p/T_ν0)", Invariant($"{F(psd.Q[0])} to {F(psd.Q[^1])}")),
            ("∫q² f dq", F(psd.NormalisationIntegral)),
            ("⟨q⟩", F(psd.MeanQ)),
            ("⟨q²⟩^1/2", F(rmsQ)),
            (Invariant($"Number density today (g = {F(psd.Degeneracy)})"), Invariant($"{F(psd.NumberDensityPerCm3)} cm⁻³")),
        };
        if (massKeV is { } mass)
        {
            rows.Add((Invariant($"Ω h² (m = {F(mass)} keV)"), F(omegaH2!.Value)));
        }

        rows.Add(("Part of ∫q²f outside table", double.IsFinite(tail) ? Invariant($"{F(tail)} (estimate)") : "not integrable: f does not fall off at the table's end"));
        rows.AddRange(outputs.Select(o => ("Wrote", o)));
        return (json, CommandContext.LabelledRows(rows));
    }

    private static List<string> WritePlots(DirectoryInfo outDirectory, MomentumDistribution psd, string name)
    {
        using var output = new OutputDirectory(outDirectory);
        double[] q2f = [.. psd.Q.Select((q, i) => q * q * psd.F[i])];
        var plot = new LinePlot($"Momentum distribution {name}", "q = p/T_ν0", "q² f(q)") { LogX = true, Legend = LegendCorner.UpperLeft }
            .AddSeries("q² f(q)", psd.Q, q2f)
            .AddVerticalLine(psd.MeanQ, Invariant($"⟨q⟩ = {F(psd.MeanQ)}"));
        plot.SavePng(output.PathOf("psd.png"));
        plot.SaveSvg(output.PathOf("psd.svg"));
        return [.. output.Commit()];
    }

    private static void Warn(CommandContext context, MomentumDistribution psd, string source)
    {
        double tail = psd.EstimatedTailFraction;
        if (!(tail <= TailWarningThreshold))
        {
            context.Stderr.WriteLine(Invariant(
                $"freestream: warning: {source}: the table may not cover the distribution (estimated part of ∫q²f dq outside it: {(double.IsFinite(tail) ? F(tail) : "not integrable")}); moments include the tabulated range only"));
        }
    }

    /// <summary>Refuses to print a quantity that over- or underflowed (the table's numbers are out of range).</summary>
    private static void RequireFinite(string source, params (string Name, double Value)[] quantities)
    {
        foreach (var (name, value) in quantities)
        {
            if (!double.IsFinite(value))
            {
                throw new InvalidDataException($"{source}: {name} is not finite for this table and these options; the table's f values are out of range");
            }
        }
    }

}
