using Freestream.Production;
using Freestream.Thermal;
using Freestream.Distributions;

namespace Freestream.Tests.Production;

/// <summary>
/// Shi–Fuller at the 3.55 keV-line point against the published run of Venumadhav, Cyr-Racine, Abazajian &amp; Hirata 2016
/// (arXiv:1507.06655): their public code (github.com/ntveem/sterile-dm) ships the output of m_s = 7.115 keV, sin²2θ = 4e-11
/// (outfiles/ms7.115E-03s24.000E-11L2.971E-03: params.dat, state.dat, Snapshot100.dat at T = 10 MeV).
/// </summary>
/// <remarks>
/// Published numbers used here (read off those files): L/n_γ = 0.012197 at 10 GeV (L/T³ = 2.971e-3, the total ν_μ + μ
/// flavour lepton number) for Ω h² = 0.1188 (0.11834 in ν_s, 4.5e-4 in ν̄_s); the spectra are tabulated against the physical
/// momentum at T = 10 MeV, so x = p/T(10 MeV) = p/T_ν today = our q, and their ⟨p/T⟩ = 1.86 (ν_s; 1.87 with ν̄_s) is our
/// ⟨q⟩ — no temperature, helicity or asymmetry convention separates the two. Their ν_s spectrum at x = 0.05, 0.1, 0.2,
/// 0.3 is f = 0.084, 0.048, 0.024, 0.014.
/// </remarks>
public class ShiFullerReferenceComparisonTests
{
    private const double PublishedMassKeV = 7.115;
    private const double PublishedMixing = 4e-11;
    private const double PublishedAsymmetryPerPhoton = 0.012197;
    private const double PublishedOmegaH2 = 0.1188;
    private const double PublishedMeanQ = 1.86;

    private static readonly ShiFullerSolver Muon = new(ActiveNeutrinoFlavour.Muon);

    [Fact]
    public void FullDarkMatterAt7keVNeedsThePublishedAsymmetryOfOnePercentPerPhoton()
    {
        // Issue 8: L/n_γ ~ 1e-2 at sin²2θ ≈ 4e-11. Venumadhav et al. need L/n_γ(10 GeV) = 0.012197 for Ω h² = 0.1188.
        // Tolerance 10 %: their 1000 momentum bins lower Ω at fixed L by 6 % (slow test below), and g*s(10 GeV) of their
        // Laine–Schröder table differs from ours by 1.6 % in the L/n_γ → L/s conversion; opacity and susceptibility
        // tables differ by tens of per cent across the crossover but move L by only a few per cent (LZ conversion is
        // independent of the opacity).
        var run = ShiFullerModel.AsymmetryForOmegaH2(Muon, PublishedMassKeV, PublishedMixing, PublishedOmegaH2);
        Assert.Equal(1.0, run.OmegaH2 / PublishedOmegaH2, 1e-3);
        Assert.Equal(1.0, run.InitialAsymmetry.PerPhoton(10.0) / PublishedAsymmetryPerPhoton, 0.10);

        // Lepton number bounds it from below [derived]: each ν_s costs one unit of L, so L/s ≥ n_DM/s = Ω h² (ρ_c/h²)/(m s₀).
        double s0 = 2 * Math.PI * Math.PI / 45 * PhysicalConstants.EntropyDofToday * Math.Pow(PhysicalConstants.CmbTemperatureGeV / PhysicalConstants.HbarCGeVCm, 3);
        double bound = PublishedOmegaH2 * PhysicalConstants.CriticalDensityOverH2GeVPerCm3 / (PublishedMassKeV * 1e-6 * s0);
        Assert.True(run.InitialAsymmetry.PerEntropy > bound);
        Assert.True(run.AsymmetryLostPerEntropy > 0.95 * bound);

        // ⟨q⟩ is 1.26 against the published 1.86: the published run is not converged in its momentum bins (slow test
        // below); the continuum spectrum is colder. The low-momentum part is checked against Landau–Zener directly.
        Assert.True(run.MeanQ < PublishedMeanQ - 0.3, $"<q> = {run.MeanQ}");
    }

    [Fact]
    public void LowMomentaGetTheLandauZenerConversionOfTheRunsOwnAsymmetryHistory()
    {
        // Continuum physics [derived, physics note §1.1 (1′), §3.1]: given L(T), each comoving mode obeys the linear
        // equation df/dt = Γ_s (f_α − f); for q ≤ 0.2 the resonance passes while L has lost < 7 %, so f is the
        // Landau–Zener conversion 1 − e^{−τ}, τ = (π/2) Δ² sin²2θ/|dδ/dt| ≈ 0.15–0.2, whatever the opacity. A brute-force
        // integration of that equation along the run's own L(T), in steps of 2e-6 in ln T (≥ 5 points per resonance
        // width), must give the solver's f. The published spectrum (f = 0.048, 0.024 at q = 0.1, 0.2) falls 35–60 % below
        // it although its L is not depleted there either: its bins of width Δln q = 0.01 ≫ the resonance width ~1e-4 each
        // drain L in a spike that detunes their own crossing (see the slow test).
        var run = Muon.Solve(PublishedMassKeV, PublishedMixing, LeptonAsymmetry.FromPerPhoton(PublishedAsymmetryPerPhoton, 10.0));
        double[] q = [0.05, 0.1, 0.15, 0.2];
        // L after step j belongs to the step's lower edge, the geometric mean of neighbouring mid-step temperatures; with L
        // sampled once per step the two agree to < 1 % here (2 % asserted).
        var track = run.Track;
        var edges = track.Take(track.Count - 1).Select((p, j) => Math.Sqrt(p.TemperatureGeV * track[j + 1].TemperatureGeV)).ToArray();
        double AsymmetryAt(double t)
        {
            int j = 1;
            while (j < edges.Length - 1 && edges[j] > t)
            {
                j++;
            }

            double u = Math.Clamp(Math.Log(edges[j - 1] / t) / Math.Log(edges[j - 1] / edges[j]), 0, 1);
            return track[j - 1].AsymmetryPerEntropy + (u * (track[j].AsymmetryPerEntropy - track[j - 1].AsymmetryPerEntropy));
        }

        var (nu, _) = DiscreteBins.Integrate(PublishedMassKeV, PublishedMixing, q, run.InitialAsymmetry.PerEntropy, AsymmetryAt, fineFromGeV: 0.6, fineToGeV: 0.15, toGeV: 0.15);
        for (int i = 0; i < q.Length; i++)
        {
            Assert.Equal(1.0, run.NeutrinoPart.Evaluate(q[i]) / nu[i], 0.02);
        }
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void PublishedMeanMomentumIsTheFiniteBinLimitOfTheSameEquations()
    {
        // The published method [paper: Venumadhav et al. 2016 §5; code: 1000 log bins in p/T = 1e-3–20 at 10 GeV, all
        // coupled to L at every step of an adaptive integrator that resolves each bin's resonance]. Reproduced here by
        // explicit steps of 2e-6 in ln T through the sweep on the same bin width, with our opacity, V_L and g*: Ω and ⟨q⟩
        // land on the published 0.1188 and 1.86 (5 % on Ω; 15 % on ⟨q⟩, because the artefact scales with bin width over
        // resonance width D/Δ ∝ Γ_α and the published opacity table differs from ours by tens of per cent near the QCD
        // crossover). Coarser bins make it warmer and finer bins move it towards the solver, whose steps spread every
        // node's conversion over many resonance widths — the continuum limit.
        var l = LeptonAsymmetry.FromPerPhoton(PublishedAsymmetryPerPhoton, 10.0);
        var solver = Muon.Solve(PublishedMassKeV, PublishedMixing, l);
        var published = DiscreteBins.Coupled(PublishedMassKeV, PublishedMixing, l.PerEntropy, 1000);
        var coarse = DiscreteBins.Coupled(PublishedMassKeV, PublishedMixing, l.PerEntropy, 333);
        Assert.Equal(1.0, published.OmegaH2(PublishedMassKeV) / PublishedOmegaH2, 0.05);
        Assert.Equal(1.0, published.MeanQ / PublishedMeanQ, 0.15);
        Assert.True(coarse.MeanQ > published.MeanQ && published.MeanQ > solver.MeanQ, $"<q>: 333 bins {coarse.MeanQ}, 1000 bins {published.MeanQ}, solver {solver.MeanQ}");
        Assert.True(published.MeanQ - solver.MeanQ < 0.6 * (coarse.MeanQ - solver.MeanQ));
        Assert.True(coarse.OmegaH2(PublishedMassKeV) < published.OmegaH2(PublishedMassKeV) && published.OmegaH2(PublishedMassKeV) < solver.OmegaH2);
    }

    /// <summary>
    /// Brute-force reference: explicit exponential steps of df/dt = Γ_s (f_α − f) for ν_s and ν̄_s on fixed comoving momenta
    /// (q = p/T at the solver's end temperature), with the solver's background, opacity, V_T and redistribution; L either
    /// prescribed or drained by the nodes themselves after every step (trapezoid rule in ln q, as the published code).
    /// </summary>
    private static class DiscreteBins
    {
        private const double FineStep = 2e-6;
        private const double CoarseStep = 1e-4;

        public static MomentumDistribution Coupled(double massKeV, double sin2TwoTheta, double initialPerEntropy, int bins)
        {
            var q = Enumerable.Range(0, bins).Select(i => 5e-4 * Math.Pow(2e4, i / (bins - 1.0))).ToArray();
            var (nu, nuBar) = Integrate(massKeV, sin2TwoTheta, q, initialPerEntropy, null, fineFromGeV: 0.5, fineToGeV: 0.1, toGeV: Muon.Settings.EndTemperatureGeV);
            return new MomentumDistribution(q, [.. nu.Select((f, i) => 0.5 * (f + nuBar[i]))], 2);
        }

        public static (double[] Nu, double[] NuBar) Integrate(double massKeV, double sin2TwoTheta, double[] q, double initialPerEntropy, Func<double, double>? asymmetryAt, double fineFromGeV, double fineToGeV, double toGeV)
        {
            var dof = StandardModelDegreesOfFreedom.Instance;
            var redistribution = LeptonAsymmetryRedistribution.For(ActiveNeutrinoFlavour.Muon);
            var potential = ThermalPotential.NotzoldRaffelt(ActiveNeutrinoFlavour.Muon);
            double entropyEnd = dof.EntropyDof(Muon.Settings.EndTemperatureGeV);
            double mass = massKeV * PhysicalConstants.KeVInGeV, gF = PhysicalConstants.FermiConstantGeV2;
            var weight = new double[q.Length];
            for (int i = 0; i < q.Length - 1; i++)
            {
                double h = 0.5 * Math.Log(q[i + 1] / q[i]);
                weight[i] += h * q[i] * q[i] * q[i];
                weight[i + 1] += h * q[i + 1] * q[i + 1] * q[i + 1];
            }

            var f = new double[q.Length];
            var fBar = new double[q.Length];
            double asymmetry = initialPerEntropy;
            for (double lnT = Math.Log(Muon.Settings.StartTemperatureGeV); lnT > Math.Log(toGeV);)
            {
                double step = Math.Exp(lnT) <= fineFromGeV && Math.Exp(lnT) > fineToGeV ? FineStep : CoarseStep;
                double t = Math.Exp(lnT - (0.5 * step));
                double l = asymmetryAt?.Invoke(t) ?? asymmetry;
                double ratio = Math.Cbrt(dof.EntropyDof(t) / entropyEnd);
                double sOverT3 = LeptonAsymmetry.EntropyOverCubicTemperature(t, dof);
                double vL = Math.Sqrt(2) * gF * redistribution.PotentialWeight(t) * l * sOverT3 * t * t * t;
                double xi = redistribution.NeutrinoChemicalPotentialPerAsymmetry(t) * l * sOverT3;
                double b = potential.Coefficient(t) * Math.Pow(t, 4);
                double opacityScale = gF * gF * Math.Pow(t, 4);
                double dt = -RadiationEra.LogScaleFactorDerivative(t, dof) * step / RadiationEra.HubbleRateGeV(t, dof);
                double net = 0;
                for (int i = 0; i < q.Length; i++)
                {
                    double p = q[i] * t * ratio;
                    double gammaActive = Muon.Opacity.Coefficient(t, p / t) * opacityScale * p;
                    double rate = SterileConversionRate.RateGeV(sin2TwoTheta, mass, p, gammaActive, vL - (b * p));
                    double rateBar = SterileConversionRate.RateGeV(sin2TwoTheta, mass, p, gammaActive, -vL - (b * p));
                    double change = ((1 / (Math.Exp((p / t) - xi) + 1)) - f[i]) * -double.ExpM1(-rate * dt);
                    double changeBar = ((1 / (Math.Exp((p / t) + xi) + 1)) - fBar[i]) * -double.ExpM1(-rateBar * dt);
                    f[i] += change;
                    fBar[i] += changeBar;
                    net += weight[i] * (change - changeBar);
                }

                asymmetry -= Muon.NumberPerEntropyFactor * net;
                lnT -= step;
            }

            return (f, fBar);
        }
    }
}
