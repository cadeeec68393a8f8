using BenchmarkDotNet.Attributes;
using Freestream.Production;

namespace Freestream.Bench;

/// <summary>
/// One scalar-decay spectrum at m_S = 100 GeV with the default settings (quantum statistics, momentum-resolved
/// S kinetics, Standard-Model g*(T)), the target of issue #12: &lt; 1 s each on 2 cores. Three points of the
/// default plane: freeze-in (λ = 1.61e-8, y = 1e-10, m_N ≈ 7 keV), S ↔ NN in equilibrium (λ = 1e-4, y = 1e-6,
/// the thermal-relic floor) and the keV point with Pauli blocking active (λ = 1.52e-8, y = 1e-6, m_N ≈ 7.8 keV).
/// Run with <c>--filter '*ScalarDecaySpectrum*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class ScalarDecaySpectrumBenchmark
{
    /// <summary>Freeze-in: S never thermalises, f_N ≪ 1.</summary>
    [Benchmark(Baseline = true)]
    public double FreezeIn() => new ScalarDecaySolver().Solve(new ScalarDecayModel(100, 1.61e-8, 1e-10)).YieldN;

    /// <summary>S ↔ NN fast: N held at equilibrium until NN → S freezes out.</summary>
    [Benchmark]
    public double Equilibrium() => new ScalarDecaySolver().Solve(new ScalarDecayModel(100, 1e-4, 1e-6)).YieldN;

    /// <summary>keV point where f_N approaches 1 (Pauli blocking and inverse decays matter).</summary>
    [Benchmark]
    public double KeV() => new ScalarDecaySolver().Solve(new ScalarDecayModel(100, 1.52e-8, 1e-6)).YieldN;
}
