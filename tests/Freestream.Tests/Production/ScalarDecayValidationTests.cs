using Freestream.Production;
using Freestream.Thermal;

namespace Freestream.Tests.Production;

/// <summary>Validation numbers of docs/physics/scalar_decay.md §6 that follow from the equations (constant g = 106.75, regime I only).</summary>
public class ScalarDecayValidationTests
{
    private static readonly ScalarDecaySettings ConstantG = ScalarDecaySettings.Default with { DegreesOfFreedom = new ConstantDegreesOfFreedom(106.75) };

    [Theory]
    [InlineData(1000, 4.36e-8, 10)]
    [InlineData(3000, 7.56e-8, 10)]
    [InlineData(300, 2.39e-8, 10)]
    [InlineData(1000, 5.18e-8, 7.1)]
    public void RegimeOneFreezeInCouplingForGivenSterileMass(double scalarMassGeV, double lambda, double sterileMassKeV)
    {
        // docs/physics/scalar_decay.md §6: regime-I freeze-in λ for m_N = 10 (7.1) keV at Ωh² = 0.12, g = 106.75, massless Φ (U5 + §4.2),
        // quoted to 3 digits. Here the whole history is regime I (T_EW = 0) and S decays promptly enough (y = 1e-8).
        var model = new ScalarDecayModel(scalarMassGeV, lambda, 1e-8, electroweakTemperatureGeV: 0);
        var result = new ScalarDecaySolver(ConstantG).Solve(model);
        Assert.Equal(sterileMassKeV, result.SterileMassKeV, 0.01 * sterileMassKeV);
    }

    [Fact]
    public void EquilibriumDecayBranchGivesTenKeVAtKOf4Point29e3()
    {
        // docs/physics/scalar_decay.md §6: S in equilibrium throughout its decays, m_N = 10 keV needs K = 4.29e-3 (U7 + §4.2), ⟨x_N⟩ = 5/2.
        // λ = 1e-2 keeps S in equilibrium down to T ≈ 3 GeV (r_f ≈ 33 ≫ √(2/K) ≈ 22); regime II below T_EW = 160 GeV.
        double planckScale = PhysicalConstants.PlanckMassGeV * Math.Sqrt(45 / (4 * Math.Pow(Math.PI, 3) * 106.75));
        double yukawa = Math.Sqrt(16 * Math.PI * 4.29e-3 * 100 / planckScale);
        var result = new ScalarDecaySolver(ConstantG).Solve(new ScalarDecayModel(100, 1e-2, yukawa));
        Assert.Equal(4.29e-3, result.DecayParameter, 1e-5);
        Assert.Equal(10, result.SterileMassKeV, 0.05);
        Assert.Equal(2.5, result.MeanQ * Math.Cbrt(106.75 / 10.75), 0.0125);
    }

    [Theory]
    [InlineData(1e-7, 1.42)]
    [InlineData(1e-8, 1.42e-2)]
    [InlineData(1e-10, 1.42e-6)]
    public void DecayParameterForYukawaAtHundredGeV(double yukawa, double k)
    {
        // docs/physics/scalar_decay.md §6, "Decay temperature vs y (m_S = 100 GeV)": K = M_0Γ/m_S², quoted to 3 digits.
        var result = new ScalarDecaySolver(ConstantG).Solve(new ScalarDecayModel(100, 1e-8, yukawa));
        Assert.Equal(k, result.DecayParameter, 0.005 * k);
    }

    [Fact]
    public void LateDecaysAtHundredGeVAreHot()
    {
        // docs/physics/scalar_decay.md §6: y = 1e-10 at m_S = 100 GeV decays around T ≈ 0.1 GeV with ⟨x⟩ ≈ 530 (U8 estimate √(π/8K)).
        var result = new ScalarDecaySolver(ConstantG).Solve(new ScalarDecayModel(100, 1e-8, 1e-10));
        Assert.Equal(530, result.MeanQ * Math.Cbrt(106.75 / 10.75), 0.02 * 530);
    }

    [Theory]
    [InlineData(10, 7.9e-10)]
    [InlineData(30, 8.3e-10)]
    [InlineData(50, 1.0e-9)]
    public void RegimeThreeFreezeInIsDominatedByHiggsDecays(double scalarMassGeV, double lambda)
    {
        // docs/physics/scalar_decay.md §6: with h → SS alone (untruncated, constant g) these λ give m_N = 10 keV (quoted to 2 digits).
        // The full solver also has the annihilation channels (pole subtracted) and regime I above T_EW, and stops h → SS
        // at T_EW (which removes 2.7 % of the h → SS yield for m_S ≪ m_h, U9): m_N stays within 5 % of 10 keV.
        var result = new ScalarDecaySolver(ConstantG).Solve(new ScalarDecayModel(scalarMassGeV, lambda, 1e-8));
        Assert.Contains(ScalarDecayRegime.III, result.Regimes);
        Assert.Equal(10, result.SterileMassKeV, 0.5);
    }

    [Fact]
    public void HeavyFrozenInScalarsGiveHotSpectra()
    {
        // Adulpravitchai & Schmidt, arXiv:1409.4330 (abstract): frozen-in scalars heavier than the Higgs give hot N spectra;
        // here ⟨q⟩ for m_S = 1 TeV decaying late (y = 1e-9) exceeds the thermal Fermi–Dirac value 3.15.
        var result = new ScalarDecaySolver().Solve(new ScalarDecayModel(1000, 4e-8, 1e-9));
        Assert.False(result.ScalarThermalised);
        Assert.True(result.MeanQ > 3.15, $"<q> = {result.MeanQ}");
    }
}
