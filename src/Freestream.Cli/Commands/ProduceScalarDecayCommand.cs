using System.Text.Json;
using static Freestream.Cli.HumanText;

namespace Freestream.Cli.Commands;

/// <summary>
/// <c>freestream produce scalar-decay</c>: sterile neutrinos from decays of a Higgs-portal singlet scalar,
/// S → NN (Merle &amp; Totzauer arXiv:1502.01011; König, Merle &amp; Totzauer arXiv:1609.01289), solved with
/// <see cref="ScalarDecaySolver"/>.
/// </summary>
public sealed class ProduceScalarDecayCommand : ICliCommand
{
    /// <inheritdoc />
    public Command Build()
    {
        var scalarMass = new QuantityOption(ProductionQuantities.ScalarMassGeV);
        var lambda = new QuantityOption(ProductionQuantities.Lambda, "of 2λ(Φ†Φ)S²");
        var yukawa = new QuantityOption(ProductionQuantities.Yukawa, "of (y/2) S N̄ᶜN");
        var sterileMass = new QuantityOption(ProductionQuantities.SterileMassKeV, "fixed m_N (< m_S/2); default: the mass that gives Ω_N h² = --omega-dm-h2");
        var omegaH2 = new QuantityOption(CosmologyQuantities.OmegaDarkMatterH2, "target abundance that fixes m_N; not with --sterile-mass-kev");
        var electroweak = new QuantityOption(ProductionQuantities.ElectroweakTemperatureGeV, "sharp switch from regime I to II/III; 0 keeps regime I");
        var constantDof = new QuantityOption(ProductionQuantities.ConstantDof, "instead of the Standard-Model g*(T), g*s(T) (the MT15 setting)");
        var mixing = new QuantityOption(ProductionQuantities.Sin2TwoTheta, "Dodelson–Widrow conversion then acts on the scalar-decay population (exact evolution, arXiv:1512.05369)");
        var flavour = ProduceDodelsonWidrowCommand.FlavourOption("of the mixing with --sin2-2theta");
        var statistics = new Option<string>("--statistics")
        {
            Description = "S ↔ NN collision term: quantum (Pauli blocking, inverse decays NN → S; default) or classical (decays only, MT15/KMT16; valid only while f_N ≪ 1)",
            DefaultValueFactory = _ => "quantum",
        };
        statistics.AcceptOnlyFromAmong("quantum", "classical");
        var kinetics = new Option<string>("--scalar-kinetics")
        {
            Description = "S momentum distribution: momentum (own shape, no elastic scattering: MT15/KMT16, default) or kinetic-equilibrium (held at e^{−E/T} by fast elastic scattering)",
            DefaultValueFactory = _ => "momentum",
        };
        kinetics.AcceptOnlyFromAmong("momentum", "kinetic-equilibrium");
        var command = new Command("scalar-decay",
            "Sterile neutrinos N from S → NN of a Higgs-portal singlet scalar S (freeze-in or freeze-out of S; regimes I, II, III). " +
            "--out DIR writes psd.dat (CLASS ncdm_psd_filenames, q f), summary.json and spectrum.png/.svg (q² f(q))")
        {
            flavour,
            statistics,
            kinetics,
        };
        foreach (var option in new[] { scalarMass, lambda, yukawa, sterileMass, omegaH2, electroweak, constantDof, mixing })
        {
            option.AddTo(command);
        }

        command.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            double mS = scalarMass.Required(parse, "(the scalar mass)");
            double l = lambda.Required(parse, "(the Higgs-portal coupling)");
            double y = yukawa.Required(parse, "(the Yukawa coupling)");
            double? mN = sterileMass.Value(parse);
            if (mN is not null && omegaH2.IsGiven(parse))
            {
                throw new UsageException("--omega-dm-h2 and --sterile-mass-kev: a fixed mass leaves Ω h² to follow from the production; give one of them");
            }

            double omega = omegaH2.ValueOrDefault(parse);
            double tew = electroweak.ValueOrDefault(parse);
            if (mN is double m && m * PhysicalConstants.KeVInGeV >= mS / 2)
            {
                throw UsageException.OutOfRange("--sterile-mass-kev", Invariant($"< m_S/2 = {F(mS / 2 / PhysicalConstants.KeVInGeV)} keV"), F(m));
            }

            var active = ProduceDodelsonWidrowCommand.ReadFlavour(parse, flavour);
            double? s2 = mixing.Value(parse);
            var settings = ScalarDecaySettings.Default with
            {
                Statistics = ScalarDecaySettingNames.ParseStatistics(parse.GetValue(statistics)) ?? ScalarDecayStatistics.Quantum,
                Kinetics = ScalarDecaySettingNames.ParseKinetics(parse.GetValue(kinetics)) ?? ScalarKinetics.Momentum,
            };
            if (constantDof.Value(parse) is double g)
            {
                settings = settings with { DegreesOfFreedom = new ConstantDegreesOfFreedom(g) };
            }

            var model = new ScalarDecayModel(mS, l, y, tew, mN);
            ScalarDecayResult result;
            try
            {
                result = new ScalarDecaySolver(settings).Solve(model, omega, context.Verbose ? context.Progress : null);
            }
            catch (ArgumentOutOfRangeException ex) when (ex.ParamName == "yukawa")
            {
                throw new UsageException($"--yukawa: {ex.Message.Split(" (Parameter")[0]}");
            }

            DodelsonWidrowResult? combined = null;
            if (s2 is double sin2TwoTheta)
            {
                try
                {
                    combined = ScalarDecayWithMixing.Solve(result, sin2TwoTheta, active, mN, omega);
                }
                catch (ArgumentOutOfRangeException ex) when (ex.ParamName == "sin2TwoTheta")
                {
                    throw new UsageException($"--sin2-2theta: {ex.Message.Split(" (Parameter")[0]}");
                }
            }

            foreach (string warning in result.Warnings)
            {
                context.Stderr.WriteLine($"freestream: warning: {warning}");
            }

            if (result.Validity != ScalarDecayValidity.Valid)
            {
                // An impossible point gets no spectrum file and no verdict (exit code 1).
                throw new InvalidOperationException(result.ValidityReason);
            }

            var json = Summary(result);
            var spectrum = result.Distribution;
            if (combined is not null)
            {
                AddMixing(json, combined);
                spectrum = combined.Distribution;
            }

            // One object: stdout also shows the "class" block the files add to the summary.
            return SpectrumFiles.Respond(
                context,
                outputs =>
                {
                    json["files"] = new JsonArray([.. outputs.Select(o => JsonValue.Create(o))]);
                    return (json, Human(result, combined, outputs));
                },
                (output, summary) => WriteFiles(output, result, spectrum, summary));
        });
        return command;
    }

    /// <summary>The JSON summary of one run (also written as summary.json).</summary>
    internal static JsonObject Summary(ScalarDecayResult result)
    {
        var model = result.Model;
        return new JsonObject
        {
            ["model"] = "scalar-decay",
            [ProductionQuantities.ScalarMassGeV.JsonKey] = model.ScalarMassGeV,
            [ProductionQuantities.Lambda.JsonKey] = model.Lambda,
            [ProductionQuantities.Yukawa.JsonKey] = model.Yukawa,
            [ProductionQuantities.ElectroweakTemperatureGeV.JsonKey] = model.ElectroweakTemperatureGeV,
            ["regime"] = new JsonArray([.. result.Regimes.Select(r => JsonValue.Create(r.ToString()))]),
            ["scalarThermalised"] = result.ScalarThermalised,
            ["freezeOutTemperatureGeV"] = result.FreezeOutTemperatureGeV,
            ["decayTemperatureGeV"] = result.DecayTemperatureGeV,
            ["lateDecayTemperatureGeV"] = result.LateDecayTemperatureGeV,
            ["decayParameterK"] = result.DecayParameter,
            ["yieldN"] = result.YieldN,
            [ProductionQuantities.SterileMassKeV.JsonKey] = result.SterileMassKeV,
            ["sterileMassFromOmega"] = model.SterileMassKeV is null,
            ["omegaH2"] = result.OmegaH2,
            ["meanQ"] = result.MeanQ,
            ["peaksQ"] = new JsonArray([.. result.Peaks.Select(p => JsonValue.Create(p.Q))]),
            ["twoPeaks"] = result.HasTwoPeaks,
            ["components"] = new JsonArray([.. result.Components.Select(c => new JsonObject
            {
                ["peakQ"] = c.PeakQ,
                ["numberFraction"] = c.NumberFraction,
                ["meanQ"] = c.MeanQ,
            })]),
            ["deltaNeffBbn"] = result.DeltaNeffBbn,
            ["deltaNeffRecombination"] = result.DeltaNeffRecombination,
            ["darkRadiation"] = DarkRadiationVerdict.Judge(result.DeltaNeffBbn, DarkRadiationSettings.Default).LevelName,
            ["statistics"] = ScalarDecaySettingNames.Name(result.Statistics),
            ["scalarKinetics"] = ScalarDecaySettingNames.Name(result.Kinetics),
            ["numberConservationError"] = result.NumberConservationError,
            ["steps"] = result.Steps,
            ["warnings"] = new JsonArray([.. result.Warnings.Select(w => JsonValue.Create(w))]),
        };
    }

    /// <summary>
    /// Replaces the abundance, mass, ⟨q⟩ and peaks by those of the combined spectrum (scalar decay evolved
    /// with DW conversion) and records the DW diagnostics under <c>dodelsonWidrow</c>.
    /// </summary>
    internal static void AddMixing(JsonObject json, DodelsonWidrowResult combined)
    {
        json["model"] = "scalar-decay+dodelson-widrow";
        json["sterileMassKeV"] = combined.MassKeV;
        json["omegaH2"] = combined.OmegaH2;
        json["meanQ"] = combined.MeanQ;
        var peaks = SpectrumPeaks.Find(combined.Distribution.Q, combined.Distribution.F);
        json["peaksQ"] = new JsonArray([.. peaks.Select(p => JsonValue.Create(p.Q))]);
        json["twoPeaks"] = peaks.Count > 1;
        json["dodelsonWidrow"] = new JsonObject
        {
            ["sin2TwoTheta"] = combined.Sin2TwoTheta,
            ["flavour"] = combined.Flavour.ShortName(),
            ["omegaH2ScalarDecayPart"] = combined.InitialOmegaH2,
            ["omegaH2DodelsonWidrowPart"] = combined.DodelsonWidrowOmegaH2,
            ["maxOpticalDepth"] = combined.MaxOpticalDepth,
            ["additiveApproximationError"] = combined.AdditiveApproximationError,
        };
    }

    private static void WriteFiles(OutputDirectory output, ScalarDecayResult result, MomentumDistribution psd, JsonObject json)
    {
        var model = result.Model;
        SpectrumFiles.Write(
            output,
            psd,
            json["sterileMassKeV"]!.GetValue<double>(),
            json,
            Invariant($"Scalar decay: m_S = {F(model.ScalarMassGeV)} GeV, λ = {F(model.Lambda)}, y = {F(model.Yukawa)}"),
            [(Invariant($"f_N, m_N = {F(json["sterileMassKeV"]!.GetValue<double>())} keV"), psd)]);
    }

    private static string Human(ScalarDecayResult result, DodelsonWidrowResult? combined, IReadOnlyList<string> outputs)
    {
        var rows = new List<(string Label, string Value)>
        {
            ("Model", Invariant($"scalar decay, m_S = {F(result.Model.ScalarMassGeV)} GeV, λ = {F(result.Model.Lambda)}, y = {F(result.Model.Yukawa)}")),
            ("Regimes of production", string.Join(", ", result.Regimes)),
            ("S thermalised", result.ScalarThermalised
                ? Invariant($"yes, froze out at T = {F(result.FreezeOutTemperatureGeV ?? double.NaN)} GeV")
                : "no (freeze-in)"),
            ("S decay temperature", Invariant($"{F(result.DecayTemperatureGeV)} GeV (half decayed), {F(result.LateDecayTemperatureGeV)} GeV (99 %)")),
            ("Decay parameter K = Γ/H(m_S)", F(result.DecayParameter)),
            ("Y_N = n_N/s", F(result.YieldN)),
            (result.Model.SterileMassKeV is null ? "m_N (from Ω h²)" : "m_N", Invariant($"{F(result.SterileMassKeV)} keV")),
            ("Ω_N h²", F(result.OmegaH2)),
            ("⟨q⟩ = ⟨p/T_ν0⟩ today", F(result.MeanQ)),
            ("Peaks of q² f(q)", string.Join(", ", result.Peaks.Select(p => F(p.Q)))),
            ("Populations by number", string.Join("; ", result.Components.Select(c => Invariant($"{c.NumberFraction:P1} at ⟨q⟩ = {F(c.MeanQ)}")))
                + (result.HasTwoPeaks ? " (two-peak spectrum)" : "")),
            ("ΔN_eff at BBN, recombination", Invariant($"{F(result.DeltaNeffBbn)}, {F(result.DeltaNeffRecombination)}")),
            ("Dark radiation verdict", DarkRadiationVerdict.Judge(result.DeltaNeffBbn, DarkRadiationSettings.Default).LevelName),
            ("Number conservation error", F(result.NumberConservationError)),
        };
        if (combined is not null)
        {
            rows.Add(("With DW mixing", Invariant($"sin²2θ = {F(combined.Sin2TwoTheta)} ({combined.Flavour.ShortName()})")));
            rows.Add(("  m_N (combined)", Invariant($"{F(combined.MassKeV)} keV")));
            rows.Add(("  Ω h² total (SD + DW)", Invariant($"{F(combined.OmegaH2)} = {F(combined.InitialOmegaH2)} + {F(combined.DodelsonWidrowOmegaH2)} − back-conversion")));
            rows.Add(("  ⟨q⟩ combined", F(combined.MeanQ)));
            rows.Add(("  Error of adding spectra", F(combined.AdditiveApproximationError)));
        }

        rows.AddRange(outputs.Select(o => ("Wrote", o)));
        return CommandContext.LabelledRows(rows);
    }
}
