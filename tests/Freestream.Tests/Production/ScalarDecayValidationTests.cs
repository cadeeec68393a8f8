using Freestream.Production;
using Freestream.Thermal;

namespace Freestream.Tests.Production;

/// <summary>Validation numbers of scalar_decay.md §6 that follow from the equations (constant g = 106.75, regime I only).</summary>
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
        // scalar_decay.md §6: regime-I freeze-in λ for m_N = 10 (7.1) keV at Ωh² = 0.12, g = 106.75, massless Φ (U5 + §4.2),
        // quoted to 3 digits. Here the whole history is regime I (T_EW = 0) and S decays promptly enough (y = 1e-8).
        var model = new ScalarDecayModel(scalarMassGeV, lambda, 1e-8, electroweakTemperatureGeV: 0);
        var result = new ScalarDecaySolver(ConstantG).Solve(model);
        Assert.Equal(sterileMassKeV, result.SterileMassKeV, 0.01 * sterileMassKeV);
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
