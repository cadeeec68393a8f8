using Freestream.Production;
using MathNet.Numerics;
using MathNet.Numerics.Integration;
using Freestream.Thermal;

namespace Freestream.Tests.Production;

/// <summary>Widths, cross sections and the Goldstone-equivalence limit of the Higgs-portal rates.</summary>
public class HiggsPortalRatesTests
{
    [Fact]
    public void BrokenPhaseCrossSectionsObeyGoldstoneEquivalence()
    {
        // docs/physics/scalar_decay.md §3.2 / U10: as s → ∞, Ŝ_WW → 2λ²/π, Ŝ_ZZ → λ²/π, Ŝ_hh → λ²/π; the sum → 4λ²/π = Ŝ_I.
        const double lambda = 1e-3;
        const double s = 1e12;
        double l2 = lambda * lambda;
        double width = HiggsSectorParameters.HiggsWidthGeV;
        double ww = HiggsPortalCrossSections.ViaHiggs(s, lambda, ScalarDecayWidths.OffShellHiggsToW(Math.Sqrt(s)), width);
        double zz = HiggsPortalCrossSections.ViaHiggs(s, lambda, ScalarDecayWidths.OffShellHiggsToZ(Math.Sqrt(s)), width);
        double hh = HiggsPortalCrossSections.ToHiggsPair(s, lambda, 100, width);
        Assert.Equal(2 / Math.PI, ww / l2, 3e-4);
        Assert.Equal(1 / Math.PI, zz / l2, 3e-4);
        Assert.Equal(1 / Math.PI, hh / l2, 3e-4);
        double total = HiggsPortalCrossSections.BrokenPhase(s, lambda, 100, width);
        Assert.Equal(HiggsPortalCrossSections.SymmetricPhase(lambda), total, 1e-3 * total);
    }

    [Fact]
    public void FermionChannelVanishesLikeMassSquaredOverS()
    {
        // docs/physics/scalar_decay.md §3.2: Ŝ_ff → 4N_c λ² m_f²/(π s) for s ≫ m_h².
        const double lambda = 1e-4;
        const double s = 1e10;
        double top = Freestream.Thermal.PhysicalConstants.TopMassGeV;
        double tt = HiggsPortalCrossSections.ViaHiggs(s, lambda, ScalarDecayWidths.OffShellHiggsToFermions(Math.Sqrt(s), top, 3), HiggsSectorParameters.HiggsWidthGeV);
        double expected = 4 * 3 * lambda * lambda * top * top / (Math.PI * s);
        Assert.Equal(1, tt / expected, 5e-3);
    }

    [Theory]
    [InlineData(10, 7.61e-15)]
    [InlineData(30, 6.77e-15)]
    [InlineData(50, 4.63e-15)]
    public void HiggsToScalarsWidthMatchesNote(double scalarMassGeV, double expectedGeV)
    {
        // docs/physics/scalar_decay.md §6: Γ(h→SS) for λ = 1e-8 (computed there with m_h = 125.1 GeV; we use the PDG 2024
        // m_h = 125.2 GeV, which shifts these three values by < 0.3 %).
        double width = ScalarDecayWidths.HiggsToScalars(1e-8, scalarMassGeV);
        Assert.Equal(1, width / expectedGeV, 5e-3);
    }

    [Fact]
    public void HiggsToScalarsClosesAtThreshold()
    {
        Assert.Equal(0, ScalarDecayWidths.HiggsToScalars(1e-3, 63));
    }

    [Fact]
    public void ScalarToSterileWidthIsYSquaredMOver16Pi()
    {
        // docs/physics/scalar_decay.md §1.3: Γ(S→NN) = y² m_S/(16π) (1 − 4m_N²/m_S²)^{3/2}.
        Assert.Equal(1e-16 * 100 / (16 * Math.PI), ScalarDecayWidths.ScalarToSterile(1e-8, 100), 1e-30);
        double half = ScalarDecayWidths.ScalarToSterile(1e-8, 100, 50 / Math.Sqrt(2));
        Assert.Equal(1e-16 * 100 / (16 * Math.PI) * Math.Pow(0.5, 1.5), half, 1e-30);
    }

    [Fact]
    public void HiggsDecaySourceProducesTwoScalarsPerDecay()
    {
        // Number check of docs/physics/scalar_decay.md §3.1/§3.2: ∫d³p/(2π)³ C_{h→SS} = 2 Γ(h→SS) n_h ⟨m_h/E_h⟩
        // = 2Γ m_h² T K₁(m_h/T)/(2π²) for MB Higgs bosons.
        const double lambda = 1e-9;
        const double mS = 30;
        const double t = 40;
        double mh = HiggsSectorParameters.HiggsMassGeV;
        Func<double, double> integrand = p => p * p * ScalarDecayRatesHiggsDecay.Gain(lambda, mS, p, Math.Sqrt(p * p + mS * mS), t) / (2 * Math.PI * Math.PI);
        double[] edges = [0, 10, 100, 1000, 3000];
        double integral = 0;
        for (int i = 1; i < edges.Length; i++)
        {
            integral += Integrate.GaussKronrod(integrand, edges[i - 1], edges[i], 1e-12, 20);
        }

        double expected = 2 * ScalarDecayWidths.HiggsToScalars(lambda, mS) * mh * mh * t * SpecialFunctions.BesselK1(mh / t) / (2 * Math.PI * Math.PI);
        Assert.Equal(1, integral / expected, 1e-6);
    }
}
