using BenchmarkDotNet.Attributes;
using Freestream.Production;
using Freestream.Distributions;

namespace Freestream.Bench;

/// <summary>
/// One Dodelson–Widrow spectrum (m_s = 7.1 keV, sin²2θ = 1e-10, ν_μ, default settings: 661 steps in T,
/// 160 momenta): with the background tabulated per call (what <c>freestream produce dodelson-widrow</c>
/// does), with a reused solver (a mixing scan), on top of an initial population, and the mixing solve
/// for Ω h² = 0.12, and a cold solver. Issue 17 target: one spectrum (tabulated p/T-dependent opacity) in &lt; 50 ms.
/// </summary>
[MemoryDiagnoser]
public class DodelsonWidrowBenchmark
{
    private readonly DodelsonWidrowSolver solver = new(ActiveNeutrinoFlavour.Muon);
    private readonly MomentumDistribution initial = MomentumDistribution.FermiDirac(0.6, 2).NormalisedToOmegaH2(0.1, 7.1);

    /// <summary>One spectrum through the model (the solver of these settings is shared per process after the first call).</summary>
    [Benchmark(Baseline = true)]
    public double Produce() => DodelsonWidrowModel.Produce(7.1, 1e-10, ActiveNeutrinoFlavour.Muon).OmegaH2;

    /// <summary>A fresh solver (background and per-node opacity tabulated) plus one spectrum: the cost of the first call.</summary>
    [Benchmark]
    public double ColdSolver() => new DodelsonWidrowSolver(ActiveNeutrinoFlavour.Muon).Solve(7.1, 1e-10).OmegaH2;

    /// <summary>One spectrum with the background reused.</summary>
    [Benchmark]
    public double SolveWithReusedBackground() => solver.Solve(7.1, 1e-10).OmegaH2;

    /// <summary>DW on top of an initial population (two populations evolved, merged grid).</summary>
    [Benchmark]
    public double EvolveOnTop() => solver.EvolveOnTop(initial, 7.1, 1e-10).OmegaH2;

    /// <summary>sin²2θ for Ω h² = 0.12 (probe + Brent).</summary>
    [Benchmark]
    public double MixingForOmega() => DodelsonWidrowModel.MixingForOmegaH2(7.1, 0.12, ActiveNeutrinoFlavour.Muon).Sin2TwoTheta;
}
