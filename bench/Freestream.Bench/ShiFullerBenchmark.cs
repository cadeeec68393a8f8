using BenchmarkDotNet.Attributes;
using Freestream.Production;

namespace Freestream.Bench;

/// <summary>
/// One Shi–Fuller spectrum (m_s = 7.1 keV, sin²2θ = 5e-11, L₆ = 10 and 70, ν_μ, default settings: 661 steps in T,
/// adaptive halving where L changes, 300 momenta refined to ~500–700), with the background tabulated per call (what
/// <c>freestream produce shi-fuller</c> does) and with a reused solver, and the asymmetry solve for Ω h² = 0.12.
/// Issue 8 target: one spectrum in &lt; 10 s.
/// </summary>
[MemoryDiagnoser]
public class ShiFullerBenchmark
{
    private readonly ShiFullerSolver solver = new(ActiveNeutrinoFlavour.Muon);

    /// <summary>Background tabulation plus one spectrum at L₆ = 10 (the example of issue 8).</summary>
    [Benchmark(Baseline = true)]
    public double Produce() => ShiFullerModel.Produce(7.1, 5e-11, LeptonAsymmetry.FromL6(10), ActiveNeutrinoFlavour.Muon).OmegaH2;

    /// <summary>One spectrum near the full dark-matter abundance (L₆ = 70), background reused.</summary>
    [Benchmark]
    public double SolveFullAbundance() => solver.Solve(7.1, 5e-11, LeptonAsymmetry.FromL6(70)).OmegaH2;

    /// <summary>The initial asymmetry for Ω h² = 0.12 (bracketing + Brent, ~15 spectra).</summary>
    [Benchmark]
    public double AsymmetryForOmega() => ShiFullerModel.AsymmetryForOmegaH2(solver, 7.1, 5e-11, 0.12).InitialAsymmetry.L6;
}
