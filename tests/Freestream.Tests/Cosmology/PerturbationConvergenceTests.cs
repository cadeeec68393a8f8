using global::Freestream.Cosmology;
using Xunit.Abstractions;
using Freestream.Distributions;

namespace Freestream.Tests.Cosmology;

/// <summary>
/// Convergence of T²(k) near the cutoff with the numerical knobs (docs/physics/boltzmann.md §11–§13): doubling the momentum
/// nodes, raising l_max,ncdm 17 → 30, switching the non-cold fluid closure off, tightening the ODE tolerance
/// 1e-5 → 1e-6. Each must change T² by less than <see cref="Tolerance"/> (the CLASS target is 0.01), for a thermal
/// relic, a q^(−1/2) e^(−q) spectrum and a two-peak spectrum.
/// </summary>
public class PerturbationConvergenceTests(ITestOutputHelper output)
{
    private const double Tolerance = 0.003;

    private static readonly CosmologyParameters Planck = CosmologyParameters.Planck2018;

    public static TheoryData<string, string> Knobs()
    {
        var data = new TheoryData<string, string>();
        foreach (string spectrum in new[] { "thermal", "inverse-sqrt", "two-peak" })
        {
            foreach (string knob in new[] { "nodes", "lmax", "fluid", "tolerance" })
            {
                data.Add(spectrum, knob);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Knobs))]
    public void TransferSquaredIsConverged(string spectrum, string knob)
    {
        var baseline = BoltzmannSettings.Default;
        var (distribution, massKeV, kHMpc) = Spectrum(spectrum);
        var reference = Species(distribution, massKeV, baseline);
        var changed = knob switch
        {
            "nodes" => baseline with { NcdmMinNodes = 2 * reference.PerturbationQuadrature.Count, NcdmMaxNodes = 2 * reference.PerturbationQuadrature.Count, NcdmQuadratureTolerance = 1e-12 },
            "lmax" => baseline with { NcdmLMax = 30 },
            "fluid" => baseline with { NcdmFluid = NcdmFluidMode.Off },
            _ => baseline with { RelativeTolerance = 1e-6, AbsoluteToleranceScale = 1e-7 },
        };
        var t2Base = TransferSquared(reference, kHMpc, baseline);
        var t2Changed = TransferSquared(Species(distribution, massKeV, changed), kHMpc, changed);
        double worst = t2Base.Zip(t2Changed, (x, y) => Math.Abs(x - y)).Max();
        output.WriteLine($"{spectrum}, {knob}: nodes {reference.PerturbationQuadrature.Count} ({reference.PerturbationQuadrature.Scheme}); T2 = [{string.Join(", ", t2Base.Select(v => v.ToString("F4")))}]; max change {worst:G3}");
        Assert.True(t2Base.Min() < 0.6 && t2Base.Max() > 0.8, "the k points must straddle the cutoff");
        Assert.True(worst < Tolerance, $"max |ΔT²| = {worst}");
    }

    [Fact]
    public void HeavyNonColdSpeciesIsCold()
    {
        // A 10⁴ keV thermal relic free-streams over < 0.01 h⁻¹kpc: T² = 1 on all scales of the grid.
        var settings = BoltzmannSettings.Fast;
        var species = NcdmSpecies.ThermalRelic(1e4, 0.12, Planck.CmbTemperatureK, settings);
        var t2 = TransferSquared(species, [0.01, 1, 10, 100], settings);
        Assert.All(t2, v => Assert.InRange(v, 0.998, 1.002));
    }

    [Fact]
    public void Sigma8ScalesWithSquareRootOfAmplitude()
    {
        var settings = BoltzmannSettings.Fast;
        double s1 = new LinearPowerCalculator(Planck, settings).Cdm().Sigma();
        double s2 = new LinearPowerCalculator(Planck with { ScalarAmplitude = 4 * Planck.ScalarAmplitude }, settings).Cdm().Sigma();
        Assert.Equal(2.0, s2 / s1, 1e-9);
    }

    internal static (MomentumDistribution Distribution, double MassKeV, double[] KHMpc) Spectrum(string name) => name switch
    {
        "thermal" => (MomentumDistribution.FermiDirac(0.10754398 / Math.Cbrt(4.0 / 11.0)), 3.3, [10, 20, 27, 35, 50]),
        "inverse-sqrt" => (MomentumQuadratureTests.InverseSqrtSpectrum(), 15, [5, 10, 15, 20, 30]),
        _ => (MomentumQuadratureTests.TwoPeakSpectrum(), 7, [2, 5, 10, 20, 40]),
    };

    internal static NcdmSpecies Species(MomentumDistribution distribution, double massKeV, BoltzmannSettings settings)
        => new(distribution, massKeV, 0.12, Planck.CmbTemperatureK, settings);

    internal static double[] TransferSquared(NcdmSpecies species, double[] kHMpc, BoltzmannSettings settings)
    {
        var calculator = new LinearPowerCalculator(Planck, settings);
        var model = calculator.Solve(species, LinearPowerCalculator.GaugeCdmFraction * Planck.H * Planck.H, kHMpc, 0);
        var cdm = calculator.Solve(null, Planck.OmegaDarkMatterH2, kHMpc, 0);
        return model.PowerHMpc3.Zip(cdm.PowerHMpc3, (m, c) => m / c).ToArray();
    }
}
