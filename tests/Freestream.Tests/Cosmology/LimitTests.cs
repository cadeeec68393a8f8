using global::Freestream.Cosmology;
using Xunit.Abstractions;
using Freestream.Distributions;

namespace Freestream.Tests.Cosmology;

/// <summary>Physical limits of the non-cold species (docs/physics/boltzmann.md §13).</summary>
public class LimitTests(ITestOutputHelper output)
{
    private static readonly CosmologyParameters Planck = CosmologyParameters.Planck2018;

    [Fact]
    public void NearlyMasslessFermiDiracSpeciesActsAsOneNeutrino()
    {
        // One Fermi–Dirac species with t = 1 and m = 1 µeV is relativistic until today: with N_eff lowered by 1 it
        // must reproduce P(k) of N_eff = 3.044 massless neutrinos. Its ρ today is (7/8)(4/11)^{4/3} ω_γ.
        var settings = BoltzmannSettings.Default;
        double omegaNu = 7.0 / 8.0 * Math.Pow(4.0 / 11.0, 4.0 / 3.0) * new Background(Planck, null, 0.12, settings).OmegaPhotonH2;
        var species = new NcdmSpecies(MomentumDistribution.FermiDirac(1), 1e-9, omegaNu, Planck.CmbTemperatureK, settings);
        double[] k = [0.001, 0.01, 0.03, 0.1];
        var withSpecies = new LinearPowerCalculator(Planck with { EffectiveNeutrinoNumber = 2.044 }, settings).Solve(species, 0.12, k, 0);
        var massless = new LinearPowerCalculator(Planck, settings).Solve(null, 0.12, k, 0);
        for (int i = 0; i < k.Length; i++)
        {
            double ratio = withSpecies.PowerHMpc3[i] / massless.PowerHMpc3[i];
            output.WriteLine($"k = {k[i]}: P_ncdm/P_massless = {ratio:F6}");
            Assert.InRange(ratio, 0.9995, 1.0005);
        }
    }

    [Fact]
    public void TransferIsIndependentOfTheGaugeFixingCdmTrace()
    {
        // With all dark matter non-cold, a CDM trace only fixes the synchronous gauge (docs/physics/boltzmann.md §7): its
        // size (1e-10 or 1e-6 of ω_dm) must not change the comoving matter contrast.
        var settings = BoltzmannSettings.Fast;
        var calculator = new LinearPowerCalculator(Planck, settings);
        var species = ClassTables.ThermalRelic("3.3", settings);
        double[] k = [0.001, 1, 20, 40];
        var tiny = calculator.Solve(species, 1e-10 * 0.12, k, 0);
        var trace = calculator.Solve(species, 1e-6 * 0.12, k, 0);
        for (int i = 0; i < k.Length; i++)
        {
            Assert.Equal(1.0, trace.PowerHMpc3[i] / tiny.PowerHMpc3[i], 2e-5);
        }
    }
}
