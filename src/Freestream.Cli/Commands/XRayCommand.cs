using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Freestream.Structure;

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
        var mass = new Option<double>("--sterile-mass-kev") { Description = "Sterile-neutrino mass m_s in keV (> 0)", Required = true };
        var mixing = new Option<double>("--sin2-2theta") { Description = "Vacuum mixing sin²2θ (dimensionless, in (0, 1))", Required = true };
        var dirac = new Option<bool>("--dirac") { Description = "Dirac sterile neutrino (half the Majorana width)" };
        var halo = new Option<string>("--halo")
        {
            Description = "Dark-matter halo: milky-way (NFW r_s = 20 kpc, ρ_⊙ = 0.4 GeV/cm³ at 8.5 kpc), m31, perseus, or custom (give --rs-kpc, --rhos-gev-cm3, --distance-kpc, --rmax-kpc)",
            DefaultValueFactory = _ => "milky-way",
        };
        var fov = new Option<double>("--fov-radius-deg") { Description = "Radius of the circular field of view in degrees (in [1e-6, 90])", DefaultValueFactory = _ => 0.25 };
        var offset = new Option<double>("--offset-deg") { Description = "Angle between the field centre and the halo centre in degrees (in [0, 180])", DefaultValueFactory = _ => 0.0 };
        var rs = new Option<double?>("--rs-kpc") { Description = "Custom halo: NFW scale radius r_s in kpc (> 0)" };
        var rhos = new Option<double?>("--rhos-gev-cm3") { Description = "Custom halo: NFW scale density ρ_s in GeV/cm³ (> 0)" };
        var distance = new Option<double?>("--distance-kpc") { Description = "Custom halo: observer–centre distance in kpc (> 0)" };
        var rmax = new Option<double?>("--rmax-kpc") { Description = "Custom halo: truncation radius in kpc (> 0)" };
        var command = new Command("xray", "X-ray line of sterile-neutrino decay N → νγ: width, lifetime, E = m_s/2, photon flux from an NFW halo in a field of view, and the verdict against the table of published line limits (3.5 keV claim band marked)")
        {
            mass, mixing, dirac, halo, fov, offset, rs, rhos, distance, rmax,
        };
        command.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            double m = OptionChecks.Positive(parse.GetValue(mass), "--sterile-mass-kev");
            double s2 = OptionChecks.OpenInterval(parse.GetValue(mixing), 0, 1, "--sin2-2theta");
            double fovDeg = OptionChecks.InRange(parse.GetValue(fov), 1e-6, 90, "--fov-radius-deg");
            double offsetDeg = OptionChecks.InRange(parse.GetValue(offset), 0, 180, "--offset-deg");
            var nature = parse.GetValue(dirac) ? SterileNeutrinoNature.Dirac : SterileNeutrinoNature.Majorana;
            string haloName = (parse.GetValue(halo) ?? "milky-way").Trim().ToLowerInvariant();
            XRayHalo model;
            if (haloName == "custom")
            {
                double Need(Option<double?> option) => OptionChecks.Positive(
                    parse.GetValue(option) ?? throw new UsageException($"{option.Name}: required with --halo custom"), option.Name);
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
                    throw UsageException.OutOfRange("--halo", $"one of {XRayHalo.PresetNames}, custom", $"'{haloName}'");
                }
            }

            var (json, human) = Compute(m, s2, nature, model, fovDeg, offsetDeg);
            if (context.OutDirectory is { } directory)
            {
                using var output = new OutputDirectory(directory);
                File.WriteAllText(output.PathOf("xray.json"), json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
                foreach (string path in output.Commit())
                {
                    human += Environment.NewLine + "Wrote: " + path;
                }
            }

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
            ["massKeV"] = massKeV,
            ["sin2TwoTheta"] = s2,
            ["nature"] = nature == SterileNeutrinoNature.Dirac ? "dirac" : "majorana",
            ["widthPerSecond"] = width,
            ["lifetimeSeconds"] = lifetime,
            ["lineEnergyKeV"] = energy,
            ["halo"] = new JsonObject
            {
                ["name"] = halo.Name,
                ["scaleRadiusKpc"] = halo.ScaleRadiusKpc,
                ["scaleDensityGeVPerCm3"] = halo.ScaleDensityGeVPerCm3,
                ["distanceKpc"] = halo.DistanceKpc,
                ["truncationRadiusKpc"] = halo.TruncationRadiusKpc,
                ["reference"] = halo.Reference,
            },
            ["fovRadiusDeg"] = fovDeg,
            ["offsetDeg"] = offsetDeg,
            ["fovSr"] = solidAngle,
            ["dFactorGeVPerCm2Sr"] = dFactor,
            ["photonFluxPerCm2PerS"] = flux,
            ["meanSurfaceBrightnessPerCm2PerSPerSr"] = flux / solidAngle,
            ["centreSurfaceBrightnessPerCm2PerSPerSr"] = double.IsFinite(brightness) ? brightness : null,
            ["verdict"] = verdict.LevelName,
            ["verdictRule"] = verdict.Rule,
            ["limits"] = new JsonArray([.. verdict.References.Select(r => (JsonNode)new JsonObject
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
            ("X-ray verdict (all of the DM)", $"{verdict.LevelName}: {verdict.Rule}"),
        };
        rows.AddRange(verdict.References.Select(r => ("  limit", Invariant($"{r.Name} = {F(r.Value)} {r.Unit} — {r.Source}").TrimEnd())));
        return (json, CommandContext.LabelledRows(rows));
    }

    private static string F(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
