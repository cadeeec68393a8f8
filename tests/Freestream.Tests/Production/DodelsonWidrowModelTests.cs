using Freestream.Production;
using Freestream.Thermal;
using Freestream.Distributions;

namespace Freestream.Tests.Production;

/// <summary>Dodelson–Widrow production: abundance, spectrum, analytic limit, initial population.</summary>
public class DodelsonWidrowModelTests
{
    /// <summary>⟨p/T⟩ of a Fermi–Dirac spectrum, 7π⁴/(180 ζ(3)) = 3.1514.</summary>
    private static readonly double FermiDiracMeanQ = 7 * Math.Pow(Math.PI, 4) / (180 * PhysicalConstants.Zeta3);

    private static readonly DodelsonWidrowSolver Muon = new(ActiveNeutrinoFlavour.Muon);

    [Fact]
    public void OmegaIsLinearInMixingFrom1em12To1em9()
    {
        // Physics note §1.1 [derived]: with negligible back-reaction Ω ∝ sin²2θ; issue 7 asks < 1 %.
        double reference = Muon.Solve(7.1, 1e-12).OmegaH2 / 1e-12;
        foreach (double s2 in new[] { 1e-11, 1e-10, 1e-9 })
        {
            Assert.InRange(Muon.Solve(7.1, s2).OmegaH2 / s2 / reference, 0.99, 1.01);
        }
    }

    [Fact]
    public void SpectrumIsColderThanFermiDiracAndColderWithMass()
    {
        // Physics note §1.6: DW spectra are colder than the active ν's (⟨p/T⟩_FD = 3.1514) and get colder with
        // mass (produced earlier, diluted by more g*s change).
        double previous = FermiDiracMeanQ;
        foreach (double m in new[] { 1.0, 3.0, 7.1, 20.0, 50.0 })
        {
            double meanQ = Muon.Solve(m, 1e-10).MeanQ;
            Assert.True(meanQ < previous, $"<q> = {meanQ} at {m} keV should be below {previous}");
            previous = meanQ;
        }

        Assert.InRange(Muon.Solve(7.1, 1e-10).MeanQ, 2.2, 2.9);
    }

    [Fact]
    public void MixingForOmega0p12At7p1KeVMuonIsOfOrder1em9()
    {
        // Physics note §1.6: of order 1e-9 (μ flavour, full rates). Asaka, Laine & Shaposhnikov 2007
        // (hep-ph/0612182): Ω h² ≈ 1.1e7 C_α |θ|² (m/keV)² with C_α = 0.2–0.7 (their Fig. 4) ⇒
        // sin²2θ = 4|θ|² between 1.24e-9 and 4.3e-9 at 7.1 keV.
        var result = DodelsonWidrowModel.MixingForOmegaH2(7.1, 0.12, ActiveNeutrinoFlavour.Muon);
        Assert.Equal(0.12, result.OmegaH2, 6);
        Assert.InRange(result.Sin2TwoTheta, 1.24e-9, 4.3e-9);
        double c = 0.12 / (1.1e7 * result.Sin2TwoTheta / 4 * 7.1 * 7.1);
        Assert.InRange(c, 0.2, 0.7);
    }

    [Fact]
    public void ConstantOpacityAndDofGiveTheAnalyticDodelsonWidrowLimit()
    {
        // Constant y, V_T = −B p T⁴, H = K T², p/T = x: df_s/dT = −Γ_s f_α/(H T) integrates to
        // f_s/f_α = π y G_F² sin²2θ m_s / (48 K √(2B)), independent of x (Dodelson & Widrow 1994;
        // Abazajian, Fuller & Patel 2001 eq. (7) form; physics note §1.3 [derived]).
        const double mass = 7.1, s2 = 1e-10, g = 10.75;
        var settings = DodelsonWidrowSettings.AnalyticLimit(ActiveNeutrinoFlavour.Muon, g);
        var result = DodelsonWidrowModel.Produce(mass, s2, ActiveNeutrinoFlavour.Muon, settings);

        double gf = PhysicalConstants.FermiConstantGeV2;
        double k = Math.Sqrt(8 * Math.Pow(Math.PI, 3) * g / 90) / PhysicalConstants.PlanckMassGeV;
        double b = ThermalPotential.LowTemperatureLimit(ActiveNeutrinoFlavour.Muon).Coefficient(1);
        double ratio = Math.PI * ConstantActiveNeutrinoOpacity.MuonTauCoefficient * gf * gf * s2 * mass * 1e-6 / (48 * k * Math.Sqrt(2 * b));
        double expectedOmega = MomentumDistribution.FermiDirac(1, 2).Scaled(ratio).OmegaH2(mass);

        Assert.Equal(1.0, result.OmegaH2 / expectedOmega, 3);
        Assert.Equal(FermiDiracMeanQ, result.MeanQ, 3);
        foreach (double q in new[] { 0.1, 1.0, 3.0, 10.0 })
        {
            double fd = 1 / (Math.Exp(q) + 1);
            Assert.Equal(1.0, result.Distribution.Evaluate(q) / fd / ratio, 3);
        }
    }

    [Fact]
    public void AnalyticLimitPeaksAt133MeVTimesCubeRootOfMass()
    {
        // Physics note §1.3: T_peak = [m²/(6 B x²)]^{1/6} ≈ 133 MeV (m/keV)^{1/3} for μ/τ (DW/AFP).
        foreach (double m in new[] { 1.0, 7.1, 30.0 })
        {
            var result = DodelsonWidrowModel.Produce(m, 1e-10, ActiveNeutrinoFlavour.Muon, DodelsonWidrowSettings.AnalyticLimit(ActiveNeutrinoFlavour.Muon));
            Assert.InRange(result.PeakTemperatureGeV / (0.133 * Math.Cbrt(m)), 0.93, 1.07);
        }
    }

    [Fact]
    public void InitialPopulationIsDepletedByOpticalDepthAndDwPartAdded()
    {
        // Merle, Schneider & Totzauer 2016 (arXiv:1512.05369); physics note eqs. (6)–(7):
        // f_s = f_init e^{−τ_∞} + f_DW exactly for L = 0; plain addition errs by f_init (1 − e^{−τ}) ≈ τ f_init.
        var initial = MomentumDistribution.FermiDirac(0.6, 2).Scaled(0.05);
        var result = Muon.EvolveOnTop(initial, 7.1, 1e-9);
        Assert.NotNull(result.Initial);
        Assert.NotNull(result.DodelsonWidrowPart);
        for (int i = 0; i < result.Distribution.Q.Count; i++)
        {
            double exact = result.Initial!.F[i] * Math.Exp(-result.OpticalDepth[i]) + result.DodelsonWidrowPart!.F[i];
            Assert.Equal(1.0, result.Distribution.F[i] / exact, 10);
        }

        // The DW part is the pure-DW run.
        Assert.Equal(1.0, result.DodelsonWidrowOmegaH2 / Muon.Solve(7.1, 1e-9).OmegaH2, 4);

        // Small optical depth: depletion of order τ ~ f_DW/f_α ≪ 1, and addition overestimates Ω by that much. Where the
        // number density is (q ≥ 0.1); below, the tabulated Γ_α tends to a constant as p → 0 (physics note §1.2), so
        // Γ_α/(G_F² p T⁴) ∝ 1/p and τ rises to a few per cent at q = 1e-3, carrying no number density.
        double maxDepth = result.Distribution.Q.Select((q, i) => q >= 0.1 ? result.OpticalDepth[i] : 0).Max();
        Assert.InRange(maxDepth, 1e-4, 1e-2);
        double depleted = result.AdditiveApproximationError;
        Assert.True(depleted > 0);
        double bound = maxDepth * result.InitialOmegaH2 / result.OmegaH2;
        Assert.InRange(depleted, 0.1 * bound, bound);
    }

    [Fact]
    public void InitialPopulationWithOtherDegeneracyConservesNumber()
    {
        // g = 1 table → two helicities with f/2: the same number density before any conversion (a wrong
        // factor would show as 2 or 1/2; the merged grid re-tabulates f_init, good to ~1e-5).
        var initial = MomentumDistribution.FermiDirac(0.5, 1).Scaled(0.01);
        var result = Muon.EvolveOnTop(initial, 7.1, 1e-14);
        Assert.Equal(1.0, result.InitialOmegaH2 / initial.OmegaH2(7.1), 4);
        Assert.Equal(1.0, result.OmegaH2 / (result.InitialOmegaH2 + result.DodelsonWidrowOmegaH2), 6);
    }

    [Fact]
    public void DoublingStepsAndGridChangesOmegaAndMeanQByLessThan1em3()
    {
        var fine = DodelsonWidrowModel.Produce(7.1, 1e-10, ActiveNeutrinoFlavour.Muon, DodelsonWidrowSettings.Precise);
        var normal = Muon.Solve(7.1, 1e-10);
        Assert.Equal(1.0, normal.OmegaH2 / fine.OmegaH2, 3);
        Assert.Equal(fine.MeanQ, normal.MeanQ, 3);
    }

    [Fact]
    public void ElectronMixingDiffersFromMuonMixing()
    {
        // Physics note §1.6: for ν_e both V_T and Γ_α are larger; the abundance per unit mixing differs.
        double e = DodelsonWidrowModel.Produce(7.1, 1e-10, ActiveNeutrinoFlavour.Electron).OmegaH2;
        double mu = Muon.Solve(7.1, 1e-10).OmegaH2;
        double tau = DodelsonWidrowModel.Produce(7.1, 1e-10, ActiveNeutrinoFlavour.Tau).OmegaH2;
        Assert.NotEqual(1.0, e / mu, 3);
        Assert.True(tau < mu, "ν_τ has no charged-lepton channels open at 100–300 MeV");
    }

    [Fact]
    public void ElectronToMuonAbundanceInTheAnalyticLimitIsYOverRootB()
    {
        // Constant opacity y G_F² p T⁴, V_T = −B p T⁴, H ∝ T² (constant g*): with u = B^{1/6} T the production integral
        // ∫ y x T² dT / (1 + (2 B x² T⁶/m²)²) becomes y B^{-1/2} × (the same integral in u), so Ω_e/Ω_μ = (y_e/y_μ) √(B_μ/B_e)
        // exactly, as long as Γ_α/2 ≪ Δ at the peak (physics note §1.1; y from AFP 2001, B from Nötzold & Raffelt 1988).
        var e = DodelsonWidrowModel.Produce(7.1, 1e-10, ActiveNeutrinoFlavour.Electron, DodelsonWidrowSettings.AnalyticLimit(ActiveNeutrinoFlavour.Electron));
        var mu = DodelsonWidrowModel.Produce(7.1, 1e-10, ActiveNeutrinoFlavour.Muon, DodelsonWidrowSettings.AnalyticLimit(ActiveNeutrinoFlavour.Muon));
        double bE = ThermalPotential.LowTemperatureLimit(ActiveNeutrinoFlavour.Electron).Coefficient(0.15);
        double bMu = ThermalPotential.LowTemperatureLimit(ActiveNeutrinoFlavour.Muon).Coefficient(0.15);
        double expected = ConstantActiveNeutrinoOpacity.ElectronCoefficient / ConstantActiveNeutrinoOpacity.MuonTauCoefficient * Math.Sqrt(bMu / bE);
        Assert.Equal(1, e.OmegaH2 / mu.OmegaH2 / expected, 2e-3);
        // The spectral shape is the same function of x in this limit.
        Assert.Equal(mu.MeanQ, e.MeanQ, 2);
    }

    [Theory]
    [InlineData(0.0, 1e-10, "massKeV")]
    [InlineData(-7.1, 1e-10, "massKeV")]
    [InlineData(7.1, 0.0, "sin2TwoTheta")]
    [InlineData(7.1, 1.0, "sin2TwoTheta")]
    [InlineData(7.1, -1e-10, "sin2TwoTheta")]
    public void BadInputNamesTheParameter(double massKeV, double s2, string parameter)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Muon.Solve(massKeV, s2));
        Assert.Equal(parameter, ex.ParamName);
    }

    [Fact]
    public void RepeatedProduceCallsShareOneSolverPerFlavourAndSettings()
    {
        // The background and opacity tables are built once per (flavour, settings) and reused; the shared solver gives the
        // numbers of a fresh one, and other settings or flavours get their own.
        var shared = DodelsonWidrowSolver.Shared(ActiveNeutrinoFlavour.Muon);
        Assert.Same(shared, DodelsonWidrowSolver.Shared(ActiveNeutrinoFlavour.Muon, DodelsonWidrowSettings.Default with { }));
        Assert.NotSame(shared, DodelsonWidrowSolver.Shared(ActiveNeutrinoFlavour.Electron));
        Assert.NotSame(shared, DodelsonWidrowSolver.Shared(ActiveNeutrinoFlavour.Muon, DodelsonWidrowSettings.Fast));
        Assert.Equal(Muon.Solve(7.1, 1e-10).OmegaH2, DodelsonWidrowModel.Produce(7.1, 1e-10, ActiveNeutrinoFlavour.Muon).OmegaH2, 15);
    }
}

/// <summary>Tracking of ln a through a change of g*s (p/T is not conserved when g*s falls).</summary>
public class DodelsonWidrowEntropyDilutionTests
{
    [Fact]
    public void LaterFallOfGStarSRedshiftsTheSpectrumByItsCubeRoot()
    {
        // Comoving entropy conservation, g*s T³ a³ = const (Kolb & Turner eq. 3.91): a population made while
        // g*s = G and then diluted to g*s = 10.75 has q = x (10.75/G)^{1/3}, so ⟨q⟩ = 3.1514 (10.75/G)^{1/3}
        // for the Fermi–Dirac-shaped analytic DW spectrum.
        const double high = 60.0;
        var dof = new StepDegreesOfFreedom(high, 10.75, 0.008, 0.05);
        var settings = DodelsonWidrowSettings.AnalyticLimit(ActiveNeutrinoFlavour.Muon) with { DegreesOfFreedom = dof };
        var result = DodelsonWidrowModel.Produce(7.1, 1e-10, ActiveNeutrinoFlavour.Muon, settings);
        double fermiDirac = 7 * Math.Pow(Math.PI, 4) / (180 * Freestream.Thermal.PhysicalConstants.Zeta3);
        Assert.Equal(fermiDirac * Math.Cbrt(10.75 / high), result.MeanQ, 3);
    }

    /// <summary>g* = g*s falling smoothly from <c>high</c> to <c>low</c> around T_step (tanh in ln T of width w).</summary>
    private sealed class StepDegreesOfFreedom(double high, double low, double stepGeV, double width) : Freestream.Thermal.IDegreesOfFreedom
    {
        public double EnergyDof(double temperatureGeV) => EntropyDof(temperatureGeV);

        public double EntropyDof(double temperatureGeV) =>
            low + (high - low) * 0.5 * (1 + Math.Tanh(Math.Log(temperatureGeV / stepGeV) / width));

        public double LogEntropyDofDerivative(double temperatureGeV)
        {
            double u = Math.Tanh(Math.Log(temperatureGeV / stepGeV) / width);
            return (high - low) * 0.5 * (1 - u * u) / width / EntropyDof(temperatureGeV);
        }

        public double LogEnergyDofDerivative(double temperatureGeV) => LogEntropyDofDerivative(temperatureGeV);
    }
}
