using Freestream.Production;
using Freestream.Thermal;
using MathNet.Numerics;
using MathNet.Numerics.Integration;

namespace Freestream.Tests.Production;

/// <summary>Regime II/III collision terms: the 𝒲 table, the on-shell subtraction, and the thermal average.</summary>
public class BrokenPhaseCollisionTermTests
{
    private static double Integral(Func<double, double> f, params double[] edges)
    {
        double sum = 0;
        for (int i = 1; i < edges.Length; i++)
        {
            sum += Integrate.GaussKronrod(f, edges[i - 1], edges[i], 1e-10, 12);
        }

        return sum;
    }

    [Fact]
    public void AntiderivativeTableMatchesDirectIntegration()
    {
        // 𝒲(s₂) − 𝒲(s₁) = ∫Ŝ ds (docs/physics/scalar_decay.md §3.2), regime II, m_S = 100 GeV, across the WW/ZZ/hh/tt thresholds.
        const double lambda = 1e-6;
        const double mS = 100;
        double width = HiggsSectorParameters.HiggsWidthGeV;
        var table = new BrokenPhaseAnnihilationTable(lambda, mS, width, 1e8);
        Func<double, double> s = x => HiggsPortalCrossSections.BrokenPhase(x, lambda, mS, width);
        double mt2 = 4 * PhysicalConstants.TopMassGeV * PhysicalConstants.TopMassGeV;
        double direct = Integral(s, 4.1e4, 6.26e4, mt2, 2e5, 1e6);
        Assert.Equal(1, table.Difference(4.1e4, 1e6) / direct, 1e-6);
        double narrow = table.Difference(5e4, 5e4 * (1 + 1e-9));
        Assert.Equal(1, narrow / (s(5e4) * 5e-5), 1e-6);
    }

    [Fact]
    public void RowEvaluationMatchesPairByPairIntegrals()
    {
        // The kernel rows take the logarithms of all limits at once (vectorised): each entry must be the same ∫Ŝ ds as the
        // single-pair evaluation, below threshold, across the Higgs window (m_S = 30 GeV, regime III), for narrow
        // intervals (midpoint rule) and beyond the last node (linear continuation).
        const double lambda = 1e-6;
        const double mS = 30;
        double width = HiggsSectorParameters.HiggsWidthGeV;
        var table = new BrokenPhaseAnnihilationTable(lambda, mS, width, 1e8);
        double mh2 = HiggsSectorParameters.HiggsMassGeV * HiggsSectorParameters.HiggsMassGeV;
        double[] low = [1e3, 3.5e3, 3.6e3, mh2 * (1 - 1e-4), 5e4, 5e4, 2e5, 9e5, 3e6, 2e8];
        double[] high = [3e3, 3.7e3, 3.6e3 * (1 + 1e-9), mh2 * (1 + 1e-4), 5e4 * (1 + 1e-8), 2e6, 2e5 * (1 + 1e-3), 4e6, 8e6, 5e8];
        var rows = new double[low.Length];
        table.Differences(low, high, rows);
        for (int p = 0; p < low.Length; p++)
        {
            double single = table.Difference(low[p], high[p]);
            Assert.Equal(single, rows[p], 1e-12 * Math.Abs(single) + 1e-300);
        }

        // Below 4m_S² nothing; a narrow interval is Ŝ at its midpoint times its width; a wide one away from the Higgs
        // window is the direct integral of Ŝ (docs/physics/scalar_decay.md §3.2).
        Assert.Equal(0, rows[0]);
        Assert.Equal(1, rows[4] / (HiggsPortalCrossSections.BrokenPhase(5e4, lambda, mS, width) * 5e-4), 1e-6);
        Func<double, double> s = x => HiggsPortalCrossSections.BrokenPhase(x, lambda, mS, width);
        double mt2 = 4 * PhysicalConstants.TopMassGeV * PhysicalConstants.TopMassGeV;
        Assert.Equal(1, rows[5] / Integral(s, 5e4, 6.26e4, mt2, 2e5, 2e6), 1e-6);
        Assert.Equal(1, rows[7] / Integral(s, 9e5, 4e6), 1e-6);
    }

    [Fact]
    public void OnShellHiggsPoleIsSubtractedInRegimeThree()
    {
        // RIS subtraction |D|² → |D|² − (π/m_hΓ_h)δ(s − m_h²) (docs/physics/scalar_decay.md §3.2): across a range much wider than
        // the window, 𝒲 grows by ∫Ŝ ds minus the on-shell part πN(m_h²)/(m_hΓ_h), N = 32λ²v² m_h Γ_SM(m_h).
        const double lambda = 1e-6;
        const double mS = 30;
        double width = HiggsSectorParameters.HiggsWidthGeV;
        double mh = HiggsSectorParameters.HiggsMassGeV;
        double gamma = mh * width;
        var table = new BrokenPhaseAnnihilationTable(lambda, mS, width, 1e8);
        double a = mh * mh - 4000 * gamma;
        double b = mh * mh + 4000 * gamma;
        Func<double, double> s = x => HiggsPortalCrossSections.BrokenPhase(x, lambda, mS, width);
        double full = 0;
        double[] edges = [a, mh * mh - 100 * gamma, mh * mh - 10 * gamma, mh * mh - gamma, mh * mh, mh * mh + gamma, mh * mh + 10 * gamma, mh * mh + 100 * gamma, b];
        full = Integral(s, edges);
        double v = HiggsSectorParameters.VevGeV;
        double onShell = Math.PI / gamma * 32 * lambda * lambda * v * v * mh * ScalarDecayWidths.OffShellHiggsToStandardModel(mh);
        double expected = full - onShell;
        Assert.Equal(expected, table.Difference(a, b), 2e-3 * Math.Abs(expected));
        Assert.True(Math.Abs(expected) < 0.05 * onShell, "the subtracted remainder is small compared with the pole");
    }

    [Theory]
    [InlineData(100, 20)]
    [InlineData(100, 100)]
    [InlineData(70, 10)]
    public void MomentumIntegratedGainEqualsGondoloGelminiRate(double mS, double t)
    {
        // ∫d³p/(2π)³ C_gain = n_eq²⟨σv⟩ = T/(64π⁴)∫ds Ŝ √(s − 4m_S²) K₁(√s/T) (Gondolo & Gelmini, Nucl. Phys. B360 (1991) 145;
        // docs/physics/scalar_decay.md §3.3), regime II.
        const double lambda = 1e-6;
        var model = new ScalarDecayModel(mS, lambda, 1e-8);
        var grid = new ComovingMomentumGrid(24, 1e-4, 1e3, 1e-3, 300);
        var terms = new ScalarCollisionTerms(model, grid, 160);
        terms.Prepare(ScalarDecayRegime.II, t, t, collisions: true);
        double momentumIntegral = 0;
        for (int j = 0; j < terms.Count; j++)
        {
            momentumIntegral += grid.Weight[grid.ScalarStart + j] * terms.Gain[j];
        }

        momentumIntegral *= t * t * t / (2 * Math.PI * Math.PI);
        double width = HiggsSectorParameters.HiggsWidthGeV;
        double threshold = 4 * mS * mS;
        Func<double, double> integrand = s => HiggsPortalCrossSections.BrokenPhase(s, lambda, mS, width) * Math.Sqrt(s - threshold)
            * SpecialFunctions.BesselK1(Math.Sqrt(s) / t);
        double mt2 = 4 * PhysicalConstants.TopMassGeV * PhysicalConstants.TopMassGeV;
        double[] edges = [.. new[] { threshold, 1.01 * threshold, 1.2 * threshold, mt2, 2 * threshold, 6 * threshold, Math.Pow(2 * mS + 80 * t, 2) }.Where(x => x >= threshold).Order()];
        double thermal = t / (64 * Math.Pow(Math.PI, 4)) * Integral(integrand, edges);
        Assert.Equal(1, momentumIntegral / thermal, 2e-3);
    }

    [Fact]
    public void SymmetricPhaseSatisfiesDetailedBalance()
    {
        // Detailed balance: with f_S = e^{−E/T} the regime-I gain equals the loss, e^{−E/T} m_S T K₁(m_S/T) =
        // e^{−E/T} ∫dk k²/E_k e^{−E_k/T} (docs/physics/scalar_decay.md §3.2), here on the solver's momentum quadrature.
        var model = new ScalarDecayModel(100, 1e-6, 1e-8);
        var grid = new ComovingMomentumGrid(24, 1e-4, 1e3, 1e-3, 300);
        var terms = new ScalarCollisionTerms(model, grid, 160);
        foreach (double t in new[] { 1000.0, 100, 20, 3 })
        {
            terms.Prepare(ScalarDecayRegime.I, t, t, collisions: true);
            var loss = new double[terms.Count];
            terms.LossRates(terms.Equilibrium, loss);
            for (int j = 0; j < terms.Count; j++)
            {
                double balance = terms.Equilibrium[j] * loss[j];
                Assert.Equal(1, balance / terms.Gain[j], 1e-7);
            }
        }
    }

    [Fact]
    public void SymmetricPhaseProductionRateIsLambdaSquaredTFourthOverFourPiFifth()
    {
        // U11: ∫d³p/(2π)³ C_prod = λ²m_S²T²K₁(m_S/T)²/(4π⁵) → λ²T⁴/(4π⁵) as m_S/T → 0 (docs/physics/scalar_decay.md §3.3/§5).
        const double lambda = 1e-6;
        var model = new ScalarDecayModel(100, lambda, 1e-8);
        var grid = new ComovingMomentumGrid(24, 1e-4, 1e3, 1e-3, 300);
        var terms = new ScalarCollisionTerms(model, grid, 160);
        foreach (double t in new[] { 1e5, 300, 100, 50 })
        {
            terms.Prepare(ScalarDecayRegime.I, t, t, collisions: true);
            double rate = 0;
            for (int j = 0; j < terms.Count; j++)
            {
                rate += grid.Weight[grid.ScalarStart + j] * terms.Gain[j];
            }

            rate *= t * t * t / (2 * Math.PI * Math.PI);
            double k1 = SpecialFunctions.BesselK1(100 / t) * 100 / t;
            Assert.Equal(1, rate / (lambda * lambda * Math.Pow(t, 4) * k1 * k1 / (4 * Math.Pow(Math.PI, 5))), 1e-5);
        }
    }
}
