using static Freestream.Cli.HumanText;

namespace Freestream.Cli.Commands;

/// <summary>
/// <c>freestream produce shi-fuller</c>: resonant (Shi–Fuller) production of a sterile neutrino of mass m_s and
/// mixing sin²2θ driven by a flavour lepton asymmetry, given in one explicitly named convention or solved for
/// Ω h²; prints Ω h², ⟨q⟩ and the ν and ν̄ parts separately, and with <c>--out</c> writes psd.dat (both
/// helicities, CLASS ncdm_psd_filenames format), psd_nu.dat and psd_nubar.dat (one helicity each), summary.json
/// and spectrum.png/.svg.
/// </summary>
public static class ProduceShiFullerCommand
{
    /// <summary>Builds the <c>shi-fuller</c> subcommand (hooked under <c>produce</c> by the registry).</summary>
    public static Command Build()
    {
        var mass = new QuantityOption(ProductionQuantities.ShiFullerSterileMassKeV);
        var mixing = new QuantityOption(ProductionQuantities.Sin2TwoTheta, "vacuum mixing with the chosen flavour");
        var l6 = new QuantityOption(ProductionQuantities.LeptonAsymmetryL6, "L = total ν_α + ℓ_α lepton number density, s = entropy density");
        var perEntropy = new Option<double?>("--lepton-asymmetry-per-entropy") { Description = "Initial flavour lepton asymmetry as L/s (dimensionless, ≥ 0)" };
        var perPhoton = new Option<double?>("--lepton-asymmetry-per-photon") { Description = "Initial flavour lepton asymmetry as L/n_γ at --asymmetry-reference-temperature-gev (dimensionless, ≥ 0)" };
        var perCube = new Option<double?>("--lepton-asymmetry-per-t3") { Description = "Initial flavour lepton asymmetry as L/T³ at --asymmetry-reference-temperature-gev (dimensionless, ≥ 0)" };
        var reference = new Option<double>("--asymmetry-reference-temperature-gev")
        {
            Description = "Photon temperature (GeV, 0.001–20) at which L/n_γ and L/T³ are given and reported (they change with g*s; L/s does not)",
            DefaultValueFactory = _ => 10.0,
        };
        var solve = new Option<bool>("--solve-asymmetry") { Description = "Find the initial asymmetry that gives Ω h² = --omega-dm-h2 (monotone bracketing + Brent); no asymmetry option then" };
        var omega = new QuantityOption(CosmologyQuantities.OmegaDarkMatterH2, "target abundance for --solve-asymmetry");
        var flavour = ProduceDodelsonWidrowCommand.FlavourOption("carrying the asymmetry and mixing with the sterile state");
        var redistribution = new Option<string>("--redistribution")
        {
            Description = "Share of the asymmetry among ν, charged leptons and hadrons: equilibrium (charge neutrality, chemical equilibrium; default) or all-in-neutrino (naive V_L = 2√2 G_F L)",
            DefaultValueFactory = _ => "equilibrium",
        };
        var rates = ProduceDodelsonWidrowCommand.RatesOption();
        var preset = new PresetOption("temperature steps and momentum grid");
        var command = new Command("shi-fuller", "Shi–Fuller (lepton-asymmetry-driven, resonant) sterile-neutrino production: Ω h², ⟨q⟩ of the ν and ν̄ parts, asymmetry used; psd files, summary.json, spectrum plots")
        {
            perEntropy, perPhoton, perCube, reference, solve, flavour, redistribution, rates,
        };
        foreach (var option in new[] { mass, mixing, l6, omega })
        {
            option.AddTo(command);
        }

        preset.AddTo(command);
        command.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            double referenceT = OptionChecks.InRange(parse.GetValue(reference), 1e-3, 20, "--asymmetry-reference-temperature-gev");
            var request = new Request(
                mass.Required(parse, "(the sterile-neutrino mass)"),
                mixing.Required(parse, "(the vacuum mixing)"),
                Asymmetry(l6.Value(parse), parse.GetValue(perEntropy), parse.GetValue(perPhoton), parse.GetValue(perCube), referenceT, parse.GetValue(solve)),
                referenceT,
                parse.GetValue(solve),
                omega.ValueOrDefault(parse),
                ProduceDodelsonWidrowCommand.ReadFlavour(parse, flavour),
                parse.GetValue(redistribution) ?? "equilibrium",
                ProduceDodelsonWidrowCommand.ParseRates(parse.GetValue(rates) ?? "tabulated"),
                preset.Read(parse));
            var result = Run(request);
            return SpectrumFiles.Respond(context, outputs => Describe(result, request, outputs), (output, summary) => WriteFiles(output, summary, result));
        });
        return command;
    }

    private static LeptonAsymmetry? Asymmetry(double? l6, double? perEntropy, double? perPhoton, double? perCube, double referenceT, bool solve)
    {
        var given = new (string Name, double? Value)[]
        {
            ("--lepton-asymmetry-l6", l6), ("--lepton-asymmetry-per-entropy", perEntropy), ("--lepton-asymmetry-per-photon", perPhoton), ("--lepton-asymmetry-per-t3", perCube),
        }.Where(o => o.Value is not null).ToList();
        if (given.Count > 1)
        {
            throw new UsageException($"{given[1].Name}: give the asymmetry in one convention only (also got {given[0].Name})");
        }

        if (solve)
        {
            return given.Count == 0 ? null : throw new UsageException($"{given[0].Name}: --solve-asymmetry finds the asymmetry; do not give one");
        }

        if (given.Count == 0)
        {
            throw new UsageException("--lepton-asymmetry-l6: required (or --lepton-asymmetry-per-entropy, -per-photon, -per-t3), unless --solve-asymmetry is given");
        }

        var (name, value) = given[0];
        double v = OptionChecks.NonNegative(value!.Value, name);
        return name switch
        {
            "--lepton-asymmetry-l6" => LeptonAsymmetry.FromL6(v),
            "--lepton-asymmetry-per-entropy" => LeptonAsymmetry.FromPerEntropy(v),
            "--lepton-asymmetry-per-photon" => LeptonAsymmetry.FromPerPhoton(v, referenceT),
            _ => LeptonAsymmetry.FromPerCubicTemperature(v, referenceT),
        };
    }

    private static ShiFullerResult Run(Request request)
    {
        var settings = PresetOption.Choose(request.Precision, ShiFullerSettings.Fast, ShiFullerSettings.Default, ShiFullerSettings.Precise);
        settings = settings with { Opacity = ActiveNeutrinoOpacities.For(request.Rates, request.Flavour) };
        settings = request.Redistribution.Trim().ToLowerInvariant() switch
        {
            "equilibrium" => settings,
            "all-in-neutrino" => settings with { Redistribution = LeptonAsymmetryRedistribution.AllInNeutrino(request.Flavour) },
            _ => throw UsageException.OutOfRange("--redistribution", "one of equilibrium, all-in-neutrino", InputEcho.Quote(request.Redistribution)),
        };
        if (!request.Solve)
        {
            return ShiFullerModel.Produce(request.MassKeV, request.Mixing, request.Asymmetry!.Value, request.Flavour, settings);
        }

        try
        {
            return ShiFullerModel.AsymmetryForOmegaH2(request.MassKeV, request.Mixing, request.OmegaH2, request.Flavour, settings);
        }
        catch (ShiFullerTargetException ex)
        {
            string option = ex.Failure == ShiFullerTargetFailure.OverproducedWithoutAsymmetry ? "--sin2-2theta" : "--omega-dm-h2";
            throw new UsageException($"{option}: {ex.Reason}");
        }
    }

    private static JsonObject AsymmetryJson(LeptonAsymmetry l, double referenceT) => new()
    {
        ["perEntropy"] = l.PerEntropy,
        ["l6"] = l.L6,
        ["perPhoton"] = l.PerPhoton(referenceT),
        ["perCubicTemperature"] = l.PerCubicTemperature(referenceT),
        ["referenceTemperatureGeV"] = referenceT,
    };

    private static (JsonObject Json, string Human) Describe(ShiFullerResult result, Request request, IReadOnlyList<string> outputs)
    {
        var json = new JsonObject
        {
            ["model"] = "shi-fuller",
            [ProductionQuantities.SterileMassKeV.JsonKey] = result.MassKeV,
            [ProductionQuantities.Sin2TwoTheta.JsonKey] = result.Sin2TwoTheta,
            ["flavour"] = result.Flavour.ShortName(),
            ["redistribution"] = request.Redistribution,
            ["rates"] = request.Rates.Name(),
            ["omegaH2"] = result.OmegaH2,
            ["meanQ"] = result.MeanQ,
            ["neutrino"] = new JsonObject { ["omegaH2"] = result.NeutrinoOmegaH2, ["meanQ"] = result.NeutrinoMeanQ },
            ["antineutrino"] = new JsonObject { ["omegaH2"] = result.AntineutrinoOmegaH2, ["meanQ"] = result.AntineutrinoMeanQ },
            ["initialAsymmetry"] = AsymmetryJson(result.InitialAsymmetry, request.ReferenceTemperatureGeV),
            ["finalAsymmetry"] = AsymmetryJson(result.FinalAsymmetry, request.ReferenceTemperatureGeV),
            ["asymmetryConservationError"] = result.ConservationError,
            ["degeneracy"] = result.Distribution.Degeneracy,
            ["points"] = result.GridPoints,
            ["files"] = new JsonArray([.. outputs.Select(o => JsonValue.Create(o))]),
        };
        if (request.Solve)
        {
            json[CosmologyQuantities.OmegaDarkMatterH2.JsonKey] = request.OmegaH2;
        }

        string t = F(request.ReferenceTemperatureGeV);
        var rows = new List<(string Label, string Value)>
        {
            ("Model", "Shi–Fuller (resonant, lepton asymmetry)"),
            ("Sterile mass", Invariant($"{F(result.MassKeV)} keV")),
            ("sin²2θ", F(result.Sin2TwoTheta)),
            ("Flavour", result.Flavour.ShortName()),
            ("Active-neutrino rates", request.Rates.Name()),
            ("Initial L₆ = 10⁶ L/s" + (request.Solve ? Invariant($" (for Ω h² = {F(request.OmegaH2)})") : string.Empty), F(result.InitialAsymmetry.L6)),
            (Invariant($"Initial L/n_γ, L/T³ at {t} GeV"), Invariant($"{F(result.InitialAsymmetry.PerPhoton(request.ReferenceTemperatureGeV))}, {F(result.InitialAsymmetry.PerCubicTemperature(request.ReferenceTemperatureGeV))}")),
            ("Final L₆", F(result.FinalAsymmetry.L6)),
            ("Ω h² (ν + ν̄)", F(result.OmegaH2)),
            ("⟨q⟩ = ⟨p/T_ν⟩", F(result.MeanQ)),
            ("ν part: Ω h², ⟨q⟩", Invariant($"{F(result.NeutrinoOmegaH2)}, {F(result.NeutrinoMeanQ)}")),
            ("ν̄ part: Ω h², ⟨q⟩", Invariant($"{F(result.AntineutrinoOmegaH2)}, {F(result.AntineutrinoMeanQ)}")),
            ("L lost vs (n_s − n̄_s)/s (relative)", F(result.ConservationError)),
        };
        rows.AddRange(outputs.Select(o => ("Wrote", o)));
        return (json, CommandContext.LabelledRows(rows));
    }

    private static void WriteFiles(OutputDirectory output, JsonObject summary, ShiFullerResult result) =>
        SpectrumFiles.Write(
            output,
            result.Distribution,
            result.MassKeV,
            summary,
            Invariant($"Shi–Fuller, m_s = {F(result.MassKeV)} keV, sin²2θ = {F(result.Sin2TwoTheta)}, L₆ = {F(result.InitialAsymmetry.L6)}"),
            [("ν", result.NeutrinoPart), ("ν̄", result.AntineutrinoPart)],
            [("psd_nu.dat", result.NeutrinoPart), ("psd_nubar.dat", result.AntineutrinoPart)]);

    private sealed record Request(
        double MassKeV,
        double Mixing,
        LeptonAsymmetry? Asymmetry,
        double ReferenceTemperatureGeV,
        bool Solve,
        double OmegaH2,
        ActiveNeutrinoFlavour Flavour,
        string Redistribution,
        ActiveNeutrinoRates Rates,
        string Precision);
}
