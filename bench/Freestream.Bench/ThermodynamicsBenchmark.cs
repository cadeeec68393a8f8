using BenchmarkDotNet.Attributes;
using Freestream.Cosmology;

namespace Freestream.Bench;

/// <summary>
/// Cost of <see cref="Thermodynamics.Compute"/> (Saha + RECFAST 1.5 rate equations + reionisation root
/// finding + tables) for the Planck 2018 cosmology, and of one round of the accessors the perturbation
/// solver calls at every right-hand-side evaluation.
/// </summary>
[MemoryDiagnoser]
public class ThermodynamicsBenchmark
{
    private readonly Thermodynamics thermodynamics = Thermodynamics.Compute(CosmologyParameters.Planck2018, Hubble);
    private double redshift = 1.0;

    /// <summary>Full computation at the default settings.</summary>
    [Benchmark]
    public double Compute() => Thermodynamics.Compute(CosmologyParameters.Planck2018, Hubble).RecombinationRedshift;

    /// <summary>κ', c_s² and d ln κ'/d ln(1+z) at one redshift (what a perturbation right-hand side needs).</summary>
    [Benchmark]
    public double Accessors()
    {
        redshift = redshift > 1e5 ? 1.0 : redshift * 1.01;
        return thermodynamics.ThomsonOpacityInvMpc(redshift) + thermodynamics.BaryonSoundSpeedSquared(redshift)
            + thermodynamics.ThomsonOpacityLogDerivative(redshift);
    }

    /// <summary>The same three quantities through <see cref="Thermodynamics.Sample"/>.</summary>
    [Benchmark]
    public double Sample()
    {
        redshift = redshift > 1e5 ? 1.0 : redshift * 1.01;
        var sample = thermodynamics.Sample(redshift);
        return sample.ThomsonOpacityInvMpc + sample.BaryonSoundSpeedSquared + sample.ThomsonOpacityLogDerivative;
    }

    /// <summary>Flat ΛCDM + radiation H(z)/c in 1/Mpc (ω_m = 0.14237, ω_r = 4.1826e-5, h = 0.6736).</summary>
    private static double Hubble(double z)
    {
        double a = 1.0 + z;
        return 100.0 / 299792.458 * Math.Sqrt(4.1826e-5 * a * a * a * a + 0.14237 * a * a * a + 0.6736 * 0.6736 - 0.14237 - 4.1826e-5);
    }
}
