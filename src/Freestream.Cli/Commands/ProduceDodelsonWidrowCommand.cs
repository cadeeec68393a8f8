using static Freestream.Cli.HumanText;

namespace Freestream.Cli.Commands;

/// <summary>
/// <c>freestream produce dodelson-widrow</c>: non-resonant (Dodelson–Widrow) production of a sterile
/// neutrino of mass m_s and mixing sin²2θ with one active flavour, optionally on top of an initial
/// population read from a PSD file; prints Ω h², ⟨q⟩ and the production diagnostics, and with
/// <c>--out</c> writes psd.dat (CLASS ncdm_psd_filenames format), summary.json and spectrum.png/.svg.
/// </summary>
public static class ProduceDodelsonWidrowCommand
{
    /// <summary>Builds the <c>dodelson-widrow</c> subcommand (hooked under <c>produce</c> by the registry).</summary>
    public static Command Build()
    {
        var mass = new QuantityOption(ProductionQuantities.SterileMassKeV);
        var mixing = new QuantityOption(ProductionQuantities.Sin2TwoTheta, "vacuum mixing with the chosen flavour; not with --solve-mixing");
        var flavour = FlavourOption("the sterile state mixes with");
        var initial = new Option<FileInfo?>("--initial-psd")
        {
            Description = "Initial sterile population f(q) (two columns 'q f', q = p/T_ν0 today) evolved with the same equation, e.g. the psd.dat of scalar decay",
        };
        var initialDegeneracy = new Option<double>("--initial-degeneracy")
        {
            Description = "Internal states g of the --initial-psd table (dimensionless, > 0; 2 = both helicities)",
            DefaultValueFactory = _ => 2.0,
        };
        var solveMixing = new Option<bool>("--solve-mixing")
        {
            Description = "Find the sin²2θ that gives Ω h² = --omega-dm-h2 (pure DW, no --initial-psd)",
        };
        var omega = new QuantityOption(CosmologyQuantities.OmegaDarkMatterH2, "target abundance for --solve-mixing");
        var rates = RatesOption();
        var preset = new PresetOption("temperature steps and momentum grid");
        var command = new Command("dodelson-widrow", "Dodelson–Widrow (non-resonant) sterile-neutrino production, optionally on top of an initial population; Ω h², ⟨q⟩, psd.dat, summary.json, spectrum plots")
        {
            flavour, initial, initialDegeneracy, solveMixing, rates,
        };
        foreach (var option in new[] { mass, mixing, omega })
        {
            option.AddTo(command);
        }

        preset.AddTo(command);
        command.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            var request = new Request(
                mass.Required(parse, "(the sterile-neutrino mass)"),
                mixing.Value(parse),
                ReadFlavour(parse, flavour),
                parse.GetValue(initial),
                OptionChecks.Positive(parse.GetValue(initialDegeneracy), "--initial-degeneracy"),
                parse.GetValue(solveMixing),
                omega.ValueOrDefault(parse),
                ParseRates(parse.GetValue(rates) ?? "tabulated"),
                preset.Read(parse));
            var result = Run(request);
            return SpectrumFiles.Respond(context, outputs => Describe(result, request, outputs), (output, summary) => WriteFiles(output, summary, result));
        });
        return command;
    }

    /// <summary>The --flavour option of the mixing-driven producers: e, mu or tau, default mu.</summary>
    /// <param name="role">What the flavour does in this command ("the sterile state mixes with", …).</param>
    public static Option<string> FlavourOption(string role) => new("--flavour")
    {
        Description = $"Active flavour {role}: e, mu or tau",
        DefaultValueFactory = _ => "mu",
    };

    /// <summary>The flavour given with <paramref name="option"/> (<see cref="FlavourOption"/>).</summary>
    public static ActiveNeutrinoFlavour ReadFlavour(ParseResult parse, Option<string> option) =>
        ParseFlavour(parse.GetValue(option) ?? "mu");

    /// <summary>Parses e, mu or tau, naming the option otherwise.</summary>
    private static ActiveNeutrinoFlavour ParseFlavour(string text)
    {
        try
        {
            return ActiveNeutrinoFlavours.Parse(text);
        }
        catch (ArgumentException)
        {
            throw UsageException.OutOfRange("--flavour", $"one of {ActiveNeutrinoFlavours.AllowedNames}", InputEcho.Quote(text));
        }
    }

    /// <summary>The --rates option of the mixing-driven producers (Dodelson–Widrow, Shi–Fuller).</summary>
    public static Option<string> RatesOption() => new("--rates")
    {
        Description = "Active-neutrino opacity Γ_α(p, T): tabulated (published table in p/T and T, default), tree-level (own channel sum, no Pauli blocking) or constant (y G_F² p T⁴, analytic tests only)",
        DefaultValueFactory = _ => "tabulated",
    };

    /// <summary>Parses tabulated, tree-level or constant, naming the option otherwise.</summary>
    public static ActiveNeutrinoRates ParseRates(string text)
    {
        try
        {
            return ActiveNeutrinoOpacities.Parse(text);
        }
        catch (ArgumentException)
        {
            throw UsageException.OutOfRange("--rates", $"one of {ActiveNeutrinoOpacities.AllowedNames}", InputEcho.Quote(text));
        }
    }

    private static DodelsonWidrowResult Run(Request request)
    {
        var settings = PresetOption.Choose(request.Precision, DodelsonWidrowSettings.Fast, DodelsonWidrowSettings.Default, DodelsonWidrowSettings.Precise);
        settings = settings with { Opacity = ActiveNeutrinoOpacities.For(request.Rates, request.Flavour) };

        if (request.SolveMixing)
        {
            if (request.Mixing is not null)
            {
                throw new UsageException("--solve-mixing: give either --sin2-2theta or --solve-mixing, not both");
            }

            if (request.Initial is not null)
            {
                throw new UsageException("--solve-mixing: solves for pure DW production; it cannot be combined with --initial-psd");
            }

            return DodelsonWidrowModel.MixingForOmegaH2(request.MassKeV, request.OmegaH2, request.Flavour, settings);
        }

        double s2 = request.Mixing ?? throw new UsageException($"--sin2-2theta: required ({ProductionQuantities.Sin2TwoTheta.Range.Describe()}) unless --solve-mixing is given");
        if (request.Initial is { } file)
        {
            var initial = PsdFile.Read(file.FullName, request.InitialDegeneracy);
            return DodelsonWidrowModel.EvolveOnTop(initial, request.MassKeV, s2, request.Flavour, settings);
        }

        return DodelsonWidrowModel.Produce(request.MassKeV, s2, request.Flavour, settings);
    }

    private static (JsonObject Json, string Human) Describe(DodelsonWidrowResult result, Request request, IReadOnlyList<string> outputs)
    {
        var json = new JsonObject
        {
            ["model"] = "dodelson-widrow",
            [ProductionQuantities.SterileMassKeV.JsonKey] = result.MassKeV,
            [ProductionQuantities.Sin2TwoTheta.JsonKey] = result.Sin2TwoTheta,
            ["flavour"] = result.Flavour.ShortName(),
            ["rates"] = request.Rates.Name(),
            ["omegaH2"] = result.OmegaH2,
            ["meanQ"] = result.MeanQ,
            ["peakTemperatureMeV"] = result.PeakTemperatureGeV * 1e3,
            ["maxOpticalDepth"] = result.MaxOpticalDepth,
            ["degeneracy"] = result.Distribution.Degeneracy,
            ["points"] = result.Distribution.Q.Count,
            ["files"] = new JsonArray([.. outputs.Select(o => JsonValue.Create(o))]),
        };
        if (request.SolveMixing)
        {
            json[CosmologyQuantities.OmegaDarkMatterH2.JsonKey] = request.OmegaH2;
        }

        var rows = new List<(string Label, string Value)>
        {
            ("Model", "Dodelson–Widrow (non-resonant)"),
            ("Sterile mass", Invariant($"{F(result.MassKeV)} keV")),
            ("sin²2θ" + (request.SolveMixing ? Invariant($" (for Ω h² = {F(request.OmegaH2)})") : string.Empty), F(result.Sin2TwoTheta)),
            ("Flavour", result.Flavour.ShortName()),
            ("Active-neutrino rates", request.Rates.Name()),
            ("Ω h²", F(result.OmegaH2)),
            ("⟨q⟩ = ⟨p/T_ν⟩", F(result.MeanQ)),
            ("Peak production per ln T at T", Invariant($"{F(result.PeakTemperatureGeV * 1e3)} MeV")),
            ("Largest optical depth τ(q)", F(result.MaxOpticalDepth)),
        };
        if (result.Initial is not null)
        {
            json["initialPsd"] = request.Initial!.FullName;
            json["initialOmegaH2"] = result.InitialOmegaH2;
            json["dodelsonWidrowOmegaH2"] = result.DodelsonWidrowOmegaH2;
            json["additiveApproximationError"] = result.AdditiveApproximationError;
            rows.Add(("Ω h² of the initial population", F(result.InitialOmegaH2)));
            rows.Add(("Ω h² of DW alone", F(result.DodelsonWidrowOmegaH2)));
            rows.Add(("Plain addition − exact (relative)", F(result.AdditiveApproximationError)));
        }

        rows.AddRange(outputs.Select(o => ("Wrote", o)));
        return (json, CommandContext.LabelledRows(rows));
    }

    private static void WriteFiles(OutputDirectory output, JsonObject summary, DodelsonWidrowResult result)
    {
        var series = new List<(string, MomentumDistribution)> { ("total", result.Distribution) };
        if (result.Initial is not null && result.DodelsonWidrowPart is not null)
        {
            series.Add(("initial", result.Initial));
            series.Add(("DW part", result.DodelsonWidrowPart));
        }

        SpectrumFiles.Write(output, result.Distribution, result.MassKeV, summary, Invariant($"Dodelson–Widrow, m_s = {F(result.MassKeV)} keV, sin²2θ = {F(result.Sin2TwoTheta)}"), series);
    }

    private sealed record Request(
        double MassKeV,
        double? Mixing,
        ActiveNeutrinoFlavour Flavour,
        FileInfo? Initial,
        double InitialDegeneracy,
        bool SolveMixing,
        double OmegaH2,
        ActiveNeutrinoRates Rates,
        string Precision);
}
