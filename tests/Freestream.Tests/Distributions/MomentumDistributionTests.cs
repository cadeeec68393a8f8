using Freestream.Production;
using Freestream.Thermal;
using MathNet.Numerics;
using Freestream.Distributions;

namespace Freestream.Tests.Distributions;

/// <summary>Moments, densities and constructors of <see cref="MomentumDistribution"/> against analytic results.</summary>
public class MomentumDistributionTests
{
    private const double Zeta5 = 1.0369277551433699;

    // ⟨q⟩ of Fermi–Dirac = (7/8)·3!ζ(4) / ((3/4)·2!ζ(3)) = 7π⁴/(180 ζ(3)) (mpmath: 3.1513743717389079).
    private static readonly double FermiDiracMeanQ = 7 * Math.Pow(Math.PI, 4) / (180 * PhysicalConstants.Zeta3);

    [Fact]
    public void FermiDiracMeanMomentumIs7Pi4Over180Zeta3()
    {
        var fd = MomentumDistribution.FermiDirac();
        Assert.Equal(3.15137437, FermiDiracMeanQ, 8);
        Assert.Equal(FermiDiracMeanQ, fd.MeanQ, 1e-9);
        Assert.Equal(1.5 * PhysicalConstants.Zeta3, fd.NormalisationIntegral, 1e-9);
    }

    [Fact]
    public void FermiDiracMeanSquareMomentumIs15Zeta5OverZeta3()
    {
        // ∫q⁴/(e^q+1) = (15/16)·4!ζ(5), ∫q²/(e^q+1) = (3/2)ζ(3) ⇒ ⟨q²⟩ = 15ζ(5)/ζ(3) = 12.9394 (mpmath).
        var fd = MomentumDistribution.FermiDirac();
        Assert.Equal(12.939417665, 15 * Zeta5 / PhysicalConstants.Zeta3, 1e-9);
        Assert.Equal(15 * Zeta5 / PhysicalConstants.Zeta3, fd.MeanQSquared, 1e-8);
    }

    [Fact]
    public void BoseEinsteinMeanMomentumIsPi4Over30Zeta3()
    {
        // ∫q³/(e^q−1) = π⁴/15, ∫q²/(e^q−1) = 2ζ(3) ⇒ ⟨q⟩ = π⁴/(30 ζ(3)) = 2.70118 (mpmath).
        var be = MomentumDistribution.BoseEinstein();
        Assert.Equal(Math.Pow(Math.PI, 4) / (30 * PhysicalConstants.Zeta3), be.MeanQ, 1e-8);
        Assert.Equal(2 * PhysicalConstants.Zeta3, be.NormalisationIntegral, 1e-8);
    }

    [Fact]
    public void MeanMomentumScalesWithTemperatureRatio()
    {
        var fd = MomentumDistribution.FermiDirac(0.37);
        Assert.Equal(0.37 * FermiDiracMeanQ, fd.MeanQ, 1e-9);
        Assert.Equal(1.5 * PhysicalConstants.Zeta3 * Math.Pow(0.37, 3), fd.NormalisationIntegral, 1e-10);
    }

    [Fact]
    public void DoublingTheGridChangesMeanMomentumByLessThan1e5()
    {
        var coarse = MomentumDistribution.FermiDirac(grid: MomentumGrid.Default);
        var fine = MomentumDistribution.FermiDirac(grid: MomentumGrid.Default with { Points = (2 * MomentumGrid.Default.Points) - 1 });
        Assert.True(Math.Abs(fine.MeanQ - coarse.MeanQ) < 1e-5, $"⟨q⟩ {coarse.MeanQ} vs {fine.MeanQ}");
        Assert.True(Math.Abs(fine.MeanQSquared - coarse.MeanQSquared) < 1e-5, $"⟨q²⟩ {coarse.MeanQSquared} vs {fine.MeanQSquared}");
    }

    [Fact]
    public void LinearlySpacedTableGivesFermiDiracMomentsTo1e5()
    {
        // CLASS-style user table: q = 0.01, 0.02, ..., 30 (no node at q = 0).
        double[] q = Enumerable.Range(1, 3000).Select(i => 0.01 * i).ToArray();
        var fd = new MomentumDistribution(q, q.Select(x => 1 / (Math.Exp(x) + 1)).ToArray());
        Assert.Equal(FermiDiracMeanQ, fd.MeanQ, 1e-5);
        Assert.Equal(15 * Zeta5 / PhysicalConstants.Zeta3, fd.MeanQSquared, 1e-4);
        Assert.True(fd.EstimatedTailFraction < 1e-6, $"tail fraction {fd.EstimatedTailFraction}");
    }

    [Fact]
    public void OneNeutrinoSpeciesHas112PerCm3Today()
    {
        // n_ν + n_ν̄ per flavour = (3/11) n_γ, n_γ = 410.7 (T_CMB/2.7255 K)³ cm⁻³ (PDG 2024, Astrophysical constants).
        var neutrino = MomentumDistribution.FermiDirac(1, 2);
        Assert.Equal(3.0 / 11.0 * 410.7, neutrino.NumberDensityPerCm3, 0.03);
        Assert.Equal(112.0, neutrino.NumberDensityPerCm3, 0.1);
    }

    [Fact]
    public void NeutrinoOmegaH2IsMassOver94EvForInstantaneousDecoupling()
    {
        // Ω_ν h² = m n_ν/(ρ_c/h²) = m/(94.1 eV) for T_ν0 = (4/11)^{1/3} T_CMB and n_ν = (3/11) n_γ
        // (instantaneous decoupling; with n_γ = 410.7 cm⁻³ and ρ_c/h² = 1.05371e-5 GeV cm⁻³ of PDG 2024:
        // 1.05371e-5 GeV/112.01 = 94.07 eV). Lesgourgues & Pastor 2006 (arXiv:astro-ph/0603494, sec. 3)
        // quote 93.14 eV, which includes non-instantaneous decoupling (next test).
        var neutrino = MomentumDistribution.FermiDirac(1, 2);
        double evPerOmega = 1.0 / neutrino.OmegaH2(1e-3);
        Assert.Equal(94.07, evPerOmega, 0.02);
    }

    [Fact]
    public void ClassNeutrinoTemperatureGivesMassOver93Point14Ev()
    {
        // CLASS input.c: T_ncdm = 0.71611 T_CMB "gives m/omega = 93.14 eV", the standard Ω_ν h² = m/93.14 eV
        // (Lesgourgues & Pastor 2006, arXiv:astro-ph/0603494, sec. 3). The 93.14 comes with CLASS's own constants;
        // with PDG 2024 constants the same T_ncdm gives 93.16 eV, hence the tolerance of 3e-4.
        double ratio = 0.71611 / PhysicalConstants.NeutrinoToPhotonTemperatureRatio;
        var neutrino = MomentumDistribution.FermiDirac(ratio, 2);
        double evPerOmega = 1.0 / neutrino.OmegaH2(1e-3);
        Assert.Equal(93.14, evPerOmega, 93.14 * 3e-4);
    }

    [Theory]
    [InlineData(1.0, 0.16011208)]
    [InlineData(2.0, 0.12708104)]
    [InlineData(3.3, 0.10754398)]
    [InlineData(5.3, 0.09183301)]
    public void ThermalRelicTemperatureMatchesClassReferenceRuns(double massKeV, double classTncdmOverTcmb)
    {
        // tests/Freestream.Tests/Data/class/PROVENANCE.md: T_ncdm/T_CMB of the CLASS v3.3.4 runs with ω = 0.12, g = 2.
        // The relic's temperature t = T_X/T_ν0 must equal (T_ncdm/T_CMB)/(4/11)^{1/3}; the measured residual,
        // +1.2e-5 at every mass, is CLASS's constants (G, ρ_c) versus PDG 2024 (Ω ∝ t³: 3.6e-5 in ρ_c).
        var relic = MomentumDistribution.ThermalRelic(massKeV, 0.12, 2);
        double expected = classTncdmOverTcmb / PhysicalConstants.NeutrinoToPhotonTemperatureRatio;
        double measured = relic.MeanQ / FermiDiracMeanQ;
        Assert.Equal(expected, measured, expected * 3e-5);
        Assert.Equal(0.12, relic.OmegaH2(massKeV), 1e-12);
    }

    [Theory]
    [InlineData(1.0, 0.13987078)]
    [InlineData(3.3, 0.09394832)]
    public void ThermalRelicTemperatureWithThreeStatesMatchesClassDeg1Point5Runs(double massKeV, double classTncdmOverTcmb)
    {
        // khalf_summary.dat rows wdm_m*keV_deg1.5 (CLASS v3.3.4, deg_ncdm = 1.5, i.e. g = 3, ω = 0.12):
        // Ω h² ∝ g t³, so t(g = 3) = t(g = 2)·(2/3)^{1/3}; the residual is CLASS's constants versus PDG 2024 (+1.2e-5).
        double expected = classTncdmOverTcmb / PhysicalConstants.NeutrinoToPhotonTemperatureRatio;
        double ratio = MomentumDistribution.ThermalRelicTemperatureRatio(massKeV, 0.12, 3);
        Assert.Equal(expected, ratio, expected * 3e-5);
        Assert.Equal(Math.Cbrt(2.0 / 3.0), ratio / MomentumDistribution.ThermalRelicTemperatureRatio(massKeV, 0.12, 2), 1e-14);
        Assert.Equal(0.12, MomentumDistribution.ThermalRelic(massKeV, 0.12, 3).OmegaH2(massKeV), 1e-12);
    }

    [Fact]
    public void ProductionVariableAt10Point75MapsToQEqualsX()
    {
        double[] x = MomentumGrid.Default.Nodes(1);
        double[] f = x.Select(v => 1 / (Math.Exp(v) + 1)).ToArray();
        var same = MomentumDistribution.FromProductionVariable(x, f, 10.75);
        for (int i = 0; i < x.Length; i++)
        {
            Assert.Equal(x[i], same.Q[i], x[i] * 1e-14);
        }

        // At g*s = 106.75 the species is colder today by (10.75/106.75)^{1/3} = 0.46524.
        var early = MomentumDistribution.FromProductionVariable(x, f, 106.75);
        Assert.Equal(Math.Cbrt(10.75 / 106.75) * FermiDiracMeanQ, early.MeanQ, 1e-9);
        Assert.Equal(0.46524, Math.Cbrt(10.75 / 106.75), 1e-5);
    }

    [Fact]
    public void NormalisedToOmegaH2KeepsShapeAndHitsTarget()
    {
        var fd = MomentumDistribution.FermiDirac();
        var normalised = fd.NormalisedToOmegaH2(0.12, 7.1);
        Assert.Equal(0.12, normalised.OmegaH2(7.1), 1e-13);
        Assert.Equal(fd.MeanQ, normalised.MeanQ, 1e-12);
        Assert.Equal(7.1, normalised.MassKeVForOmegaH2(0.12), 1e-12);
        double factor = normalised.F[100] / fd.F[100];
        Assert.Equal(factor, normalised.F[300] / fd.F[300], 1e-12);
        Assert.Equal(factor * fd.NumberDensityPerCm3, normalised.NumberDensityPerCm3, 1e-9 * normalised.NumberDensityPerCm3);
    }

    [Fact]
    public void MassForOmegaH2IsInverseOfOmegaH2()
    {
        var fd = MomentumDistribution.FermiDirac();
        double mass = fd.MassKeVForOmegaH2(0.12);
        Assert.Equal(0.12, fd.OmegaH2(mass), 1e-14);
        // One neutrino-like species with all of the DM needs m = 0.12 × 94.1 eV = 11.3 eV.
        Assert.Equal(0.12 * 94.08e-3, mass, 1e-5);
    }

    [Theory]
    [InlineData(-0.5)]
    [InlineData(0.5)]
    public void PowerLawTimesExponentialHasGammaFunctionMoments(double power)
    {
        // f = q^s e^{-q}: M_n = Γ(n + 1 + s) ⇒ ⟨q⟩ = 3 + s, ⟨q²⟩ = (3 + s)(4 + s): for s = −1/2 (the
        // q^{-1/2} infrared behaviour of decay-produced spectra) ⟨q⟩ = 2.5, ⟨q²⟩ = 8.75; for s = +1/2,
        // ⟨q⟩ = Γ(4.5)/Γ(3.5) = 3.5.
        double[] q = new MomentumGrid(1e-6, 60, 500).Nodes(1);
        var psd = new MomentumDistribution(q, q.Select(x => Math.Pow(x, power) * Math.Exp(-x)).ToArray());
        Assert.Equal(3 + power, psd.MeanQ, 1e-7);
        Assert.Equal((3 + power) * (4 + power), psd.MeanQSquared, 1e-6);
        Assert.Equal(SpecialFunctions.Gamma(3 + power), psd.NormalisationIntegral, 1e-7);
    }

    [Fact]
    public void TwoPeakSpectrumMomentsMatchAnalytic()
    {
        // f = e^{-q/τ₁} + c e^{-q/τ₂}: M_n = n! (τ₁^{n+1} + c τ₂^{n+1}); q²f peaks at 2τ₁ = 1 and 2τ₂ = 16.
        const double tau1 = 0.5, tau2 = 8, c = 1e-3;
        double Analytic(int n) => SpecialFunctions.Factorial(n) * (Math.Pow(tau1, n + 1) + (c * Math.Pow(tau2, n + 1)));
        double[] q = new MomentumGrid(1e-5, 400, 600).Nodes(1);
        var psd = new MomentumDistribution(q, q.Select(x => Math.Exp(-x / tau1) + (c * Math.Exp(-x / tau2))).ToArray());
        for (int n = 2; n <= 5; n++)
        {
            Assert.Equal(1, psd.Moment(n) / Analytic(n), 1e-8);
        }

        Assert.Equal(Analytic(3) / Analytic(2), psd.MeanQ, 1e-7);
    }

    [Fact]
    public void EvaluateInterpolatesBetweenNodesAndIsZeroOutside()
    {
        // Monotone cubic (PCHIP) in ln f against ln q: third order, so on the default grid (h = Δln q = 0.033)
        // the relative error is ~h³ q, below 2e-5 up to q = 50 (largest in the far tail, where ln f = −q
        // curves strongly against ln q), and halving h divides it by ~8 (at least 6 required).
        var fd = MomentumDistribution.FermiDirac();
        var fine = MomentumDistribution.FermiDirac(grid: MomentumGrid.Default with { Points = (2 * MomentumGrid.Default.Points) - 1 });
        double worst = 0, worstFine = 0;
        for (double x = 1e-3; x < 50; x *= 1.0137)
        {
            double exact = 1 / (Math.Exp(x) + 1);
            worst = Math.Max(worst, Math.Abs((fd.Evaluate(x) / exact) - 1));
            worstFine = Math.Max(worstFine, Math.Abs((fine.Evaluate(x) / exact) - 1));
        }

        Assert.True(worst < 2e-5, $"largest relative error {worst}, refined {worstFine}");
        Assert.True(worstFine < worst / 6, $"refined grid: {worstFine} vs {worst}");
        Assert.Equal(0, fd.Evaluate(0.5e-4));
        Assert.Equal(0, fd.Evaluate(61));
        Assert.Equal(fd.F[0], fd.Evaluate(fd.Q[0]), 1e-15);
    }

    [Fact]
    public void EvaluateStaysNonNegativeWithZerosInTable()
    {
        double[] q = Enumerable.Range(1, 20).Select(i => 0.5 * i).ToArray();
        double[] f = q.Select(x => x < 6 ? Math.Exp(-x) : 0).ToArray();
        var psd = new MomentumDistribution(q, f);
        for (double x = q[0]; x <= q[^1]; x += 0.01)
        {
            Assert.True(psd.Evaluate(x) >= 0, $"f({x}) = {psd.Evaluate(x)}");
        }
    }

    [Fact]
    public void TailFractionFlagsTruncatedTables()
    {
        Assert.True(MomentumDistribution.FermiDirac().EstimatedTailFraction < 1e-12);

        // Fermi–Dirac cut at q = 5: the missing part is ∫₅^∞ q²f / ∫₀^∞ q²f = 0.2466 (mpmath); the
        // exponential continuation must estimate it to within 10 %.
        double[] q = Enumerable.Range(1, 100).Select(i => 0.05 * i).ToArray();
        var truncated = new MomentumDistribution(q, q.Select(x => 1 / (Math.Exp(x) + 1)).ToArray());
        double missing = (1.5 * PhysicalConstants.Zeta3 - truncated.NormalisationIntegral) / truncated.NormalisationIntegral;
        Assert.Equal(missing, truncated.EstimatedTailFraction, 0.1 * missing);

        double[] flat = Enumerable.Range(1, 10).Select(i => (double)i).ToArray();
        Assert.Equal(double.PositiveInfinity, new MomentumDistribution(flat, flat.Select(_ => 1.0).ToArray()).EstimatedTailFraction);
    }

    [Fact]
    public void ConstructorRejectsInvalidTables()
    {
        double[] q = Enumerable.Range(1, 10).Select(i => (double)i).ToArray();
        double[] f = q.Select(x => Math.Exp(-x)).ToArray();
        Assert.Throws<ArgumentException>(() => new MomentumDistribution(q[..7], f[..7]));
        Assert.Throws<ArgumentException>(() => new MomentumDistribution(q, f[..9]));
        Assert.Throws<ArgumentException>(() => new MomentumDistribution(q.Select((x, i) => i == 4 ? q[3] : x).ToArray(), f));
        Assert.Throws<ArgumentException>(() => new MomentumDistribution(q.Select(x => x - 1).ToArray(), f));
        Assert.Throws<ArgumentException>(() => new MomentumDistribution(q, f.Select((x, i) => i == 2 ? -1e-3 : x).ToArray()));
        Assert.Throws<ArgumentException>(() => new MomentumDistribution(q, f.Select((x, i) => i == 2 ? double.NaN : x).ToArray()));
        Assert.Throws<ArgumentException>(() => new MomentumDistribution(q, f.Select((x, i) => i == 2 ? double.PositiveInfinity : x).ToArray()));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MomentumDistribution(q, f, 0));
        Assert.Throws<InvalidDataException>(() => new MomentumDistribution(q, new double[10]));
        Assert.Throws<InvalidDataException>(() => new MomentumDistribution(q.Select(x => x * 1e200).ToArray(), f));
        Assert.Throws<ArgumentOutOfRangeException>(() => MomentumDistribution.FermiDirac().Scaled(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => MomentumDistribution.ThermalRelic(0));
    }

    [Fact]
    public void TableIsCopiedOnConstruction()
    {
        double[] q = Enumerable.Range(1, 10).Select(i => (double)i).ToArray();
        double[] f = q.Select(x => Math.Exp(-x)).ToArray();
        var psd = new MomentumDistribution(q, f);
        double before = psd.MeanQ;
        f[3] = 100;
        Assert.Equal(Math.Exp(-4), psd.F[3]);
        Assert.Equal(before, psd.MeanQ);
    }
}
