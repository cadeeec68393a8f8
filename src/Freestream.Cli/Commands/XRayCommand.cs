using System.Text.Json;
using static Freestream.Cli.HumanText;

namespace Freestream.Cli.Commands;

/// <summary>
/// <c>freestream xray</c>: radiative width Γ(N → νγ), lifetime, line energy and the line photon flux from
/// an NFW halo (Milky Way, M31, Perseus or custom) through a circular field of view.
/// </summary>
public sealed class XRayCommand : ICliCommand
{
    /// <inheritdoc />
    public Command Build()
    {
        var mass = new QuantityOption(ProductionQuantities.SterileMassKeV);
        var mixing = new QuantityOption(ProductionQuantities.Sin2TwoTheta, "vacuum mixing");
        var dirac = new Option<bool>("--dirac") { Description = "Dirac sterile neutrino (half the Majorana width)" };
        var halo = new Option<string>("--halo")
        {
            Description = "Dark-matter halo: milky-way (NFW r_s = 20 kpc, ρ_⊙ = 0.4 GeV/cm³ at 8.5 kpc), m31, perseus, or custom (give --rs-kpc, --rhos-gev-cm3, --distance-kpc, --rmax-kpc)",
            DefaultValueFactory = _ => "milky-way",
        };
        var fov = new QuantityOption(StructureQuantities.FieldOfViewRadiusDeg);
        var offset = new QuantityOption(StructureQuantities.FieldOffsetDeg);
        var rs = new QuantityOption(StructureQuantities.HaloScaleRadiusKpc, "with --halo custom");
        var rhos = new QuantityOption(StructureQuantities.HaloScaleDensityGeVPerCm3, "with --halo custom");
        var distance = new QuantityOption(StructureQuantities.HaloDistanceKpc, "with --halo custom");
        var rmax = new QuantityOption(StructureQuantities.HaloTruncationRadiusKpc, "with --halo custom");
        var command = new Command("xray", "X-ray line of sterile-neutrino decay N → νγ: width, lifetime, E = m_s/2, photon flux from an NFW halo in a field of view, and the verdict against the table of published line limits (3.5 keV claim band marked)")
        {
            dirac, halo,
        };
        foreach (var option in new[] { mass, mixing, fov, offset, rs, rhos, distance, rmax })
        {
            option.AddTo(command);
        }

        command.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            double m = mass.Required(parse, "(the sterile-neutrino mass)");
            double s2 = mixing.Required(parse, "(the vacuum mixing)");
            double fovDeg = fov.ValueOrDefault(parse);
            double offsetDeg = offset.ValueOrDefault(parse);
            var nature = parse.GetValue(dirac) ? SterileNeutrinoNature.Dirac : SterileNeutrinoNature.Majorana;
            string haloName = (parse.GetValue(halo) ?? "milky-way").Trim().ToLowerInvariant();
            var custom = new[] { rs, rhos, distance, rmax }.FirstOrDefault(o => o.IsGiven(parse));
            if (haloName != "custom" && custom is not null)
            {
                throw new UsageException($"{custom.Name} and --halo {InputEcho.Quote(haloName).Trim('\'')}: the custom-halo options need --halo custom; a named halo has its own parameters");
            }

            XRayHalo model;
            if (haloName == "custom")
            {
                double Need(QuantityOption option) => option.Required(parse, "with --halo custom");
                model = new XRayHalo("custom", Need(rs), Need(rhos), Need(distance), Need(rmax), "user-supplied NFW parameters").Validated();
            }
            else
            {
                try
                {
                    model = XRayHalo.Preset(haloName);
                }
                catch (ArgumentException)
                {
                    throw UsageException.OutOfRange("--halo", $"one of {XRayHalo.PresetNames}, custom", InputEcho.Quote(haloName));
                }
            }

            var (json, human) = Compute(m, s2, nature, model, fovDeg, offsetDeg);
            if (!double.IsFinite(json["photonFluxPerCm2PerS"]!.GetValue<double>()) || !double.IsFinite(json["dFactorGeVPerCm2Sr"]!.GetValue<double>()))
            {
                throw new UsageException("--rs-kpc, --rhos-gev-cm3, --distance-kpc, --rmax-kpc: this halo gives no finite line flux; give parameters of a real halo");
            }

            var files = new JsonArray();
            if (context.OutDirectory is { } directory)
            {
                using var output = new OutputDirectory(directory);
                File.WriteAllText(output.PathOf("xray.json"), json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
                foreach (string path in output.Commit())
                {
                    human += Environment.NewLine + "Wrote: " + path;
                    files.Add(path);
                }
            }

            json["files"] = files;
            context.Emit(json, () => human);
            return 0;
        });
        return command;
    }

    private static (JsonObject Json, string Human) Compute(double massKeV, double s2, SterileNeutrinoNature nature, XRayHalo halo, double fovDeg, double offsetDeg)
    {
        double width = XRayDecay.WidthPerSecond(massKeV, s2, nature);
        double lifetime = 1 / width;
        double energy = XRayDecay.LineEnergyKeV(massKeV);
        double dFactor = XRayLineFlux.DFactor(halo, fovDeg, offsetDeg);
        double flux = XRayLineFlux.PhotonFlux(massKeV, s2, dFactor, nature);
        double solidAngle = XRayLineFlux.FieldOfViewSr(fovDeg);
        double brightness = XRayLineFlux.SurfaceBrightness(halo, massKeV, s2, offsetDeg, nature);
        var table = XRayLineLimits.Default;
        var verdict = table.Judge(massKeV, s2, 1.0, nature);
        var json = new JsonObject
        {
            [ProductionQuantities.SterileMassKeV.JsonKey] = massKeV,
            [ProductionQuantities.Sin2TwoTheta.JsonKey] = s2,
            ["nature"] = nature == SterileNeutrinoNature.Dirac ? "dirac" : "majorana",
            ["widthPerSecond"] = width,
            ["lifetimeSeconds"] = lifetime,
            ["lineEnergyKeV"] = energy,
            ["halo"] = new JsonObject
            {
                ["name"] = halo.Name,
                [StructureQuantities.HaloScaleRadiusKpc.JsonKey] = halo.ScaleRadiusKpc,
                [StructureQuantities.HaloScaleDensityGeVPerCm3.JsonKey] = halo.ScaleDensityGeVPerCm3,
                [StructureQuantities.HaloDistanceKpc.JsonKey] = halo.DistanceKpc,
                [StructureQuantities.HaloTruncationRadiusKpc.JsonKey] = halo.TruncationRadiusKpc,
                ["reference"] = halo.Reference,
            },
            [StructureQuantities.FieldOfViewRadiusDeg.JsonKey] = fovDeg,
            [StructureQuantities.FieldOffsetDeg.JsonKey] = offsetDeg,
            ["fovSr"] = solidAngle,
            ["dFactorGeVPerCm2Sr"] = dFactor,
            ["photonFluxPerCm2PerS"] = flux,
            ["meanSurfaceBrightnessPerCm2PerSPerSr"] = flux / solidAngle,
            ["centreSurfaceBrightnessPerCm2PerSPerSr"] = double.IsFinite(brightness) ? brightness : null,
            ["verdict"] = verdict?.LevelName ?? NotJudged,
            ["verdictRule"] = verdict?.Rule ?? table.NoPublishedLimit(massKeV),
            ["limits"] = new JsonArray([.. (verdict?.References ?? []).Select(r => (JsonNode)new JsonObject
            {
                ["name"] = r.Name,
                ["value"] = r.Value,
                ["unit"] = r.Unit,
                ["source"] = r.Source,
            })]),
            ["inLineBand"] = new JsonArray([.. table.ClaimsAt(massKeV, s2).Select(c => (JsonNode)JsonValue.Create($"{c.Reference}, arXiv:{c.ArXiv}")!)]),
        };
        var rows = new List<(string Label, string Value)>
        {
            ("Sterile mass", Invariant($"{F(massKeV)} keV ({(nature == SterileNeutrinoNature.Dirac ? "Dirac" : "Majorana")})")),
            ("sin²2θ", F(s2)),
            ("Γ(N → νγ)", Invariant($"{F(width)} s⁻¹")),
            ("Radiative lifetime", Invariant($"{F(lifetime)} s")),
            ("Line energy E = m_s/2", Invariant($"{F(energy)} keV")),
            ("Halo", Invariant($"{halo.Name}: r_s = {F(halo.ScaleRadiusKpc)} kpc, ρ_s = {F(halo.ScaleDensityGeVPerCm3)} GeV/cm³, d = {F(halo.DistanceKpc)} kpc, r_max = {F(halo.TruncationRadiusKpc)} kpc")),
            ("Halo parameters from", halo.Reference),
            ("Field of view", Invariant($"radius {F(fovDeg)}° ({F(solidAngle)} sr), {F(offsetDeg)}° from the centre")),
            ("D-factor ∫ρ dl dΩ", Invariant($"{F(dFactor)} GeV cm⁻² sr")),
            ("Line flux", Invariant($"{F(flux)} photons cm⁻² s⁻¹")),
            ("Mean surface brightness", Invariant($"{F(flux / solidAngle)} photons cm⁻² s⁻¹ sr⁻¹")),
            ("X-ray verdict (all of the DM)", verdict is null ? $"{NotJudged}: {table.NoPublishedLimit(massKeV)}" : $"{verdict.LevelName}: {verdict.Rule}"),
        };
        rows.AddRange((verdict?.References ?? []).Select(r => ("  limit", Invariant($"{r.Name} = {F(r.Value)} {r.Unit} — {r.Source}").TrimEnd())));
        return (json, CommandContext.LabelledRows(rows));
    }

    /// <summary>The verdict word where no tabulated limit covers the mass.</summary>
    private const string NotJudged = "not judged";
}
