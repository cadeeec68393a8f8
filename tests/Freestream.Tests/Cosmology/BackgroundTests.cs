using global::Freestream.Cosmology;

using Freestream.Distributions;

namespace Freestream.Tests.Cosmology;

/// <summary>The homogeneous background with the non-cold species (docs/physics/boltzmann.md §3).</summary>
public class BackgroundTests
{
    private static readonly CosmologyParameters Planck = CosmologyParameters.Planck2018;

    [Fact]
    public void PhotonDensityMatchesStefanBoltzmann()
    {
        // Ω_γ h² = 2.4730e-5 for T_CMB = 2.7255 K (docs/physics/boltzmann.md §3); Ω_ur h² = 1.7096e-5 for N_eff = 3.044.
        var background = new Background(Planck, null, 0.12, BoltzmannSettings.Fast);
        Assert.Equal(2.4730e-5, background.OmegaPhotonH2, 2e-9);
        double d2 = NcdmSpecies.HubbleDistanceMpcTimesH * NcdmSpecies.HubbleDistanceMpcTimesH;
        Assert.Equal(1.7096e-5, background.RhoUr0 * d2, 2e-9);
    }

    [Fact]
    public void DarkEnergyClosesTheBudgetAsInClass()
    {
        // Omega_Lambda = 0.686136 in the CLASS reference runs (Data/class README).
        var background = new Background(Planck, null, 0.12, BoltzmannSettings.Fast);
        Assert.Equal(0.686136, background.RhoLambda / (background.HubbleInvMpc0 * background.HubbleInvMpc0), 2e-6);
    }

    [Theory]
    [InlineData(0.2)]
    [InlineData(3.3)]
    public void TabulatedNonColdDensitiesMatchTheNodeSumsThroughTheRelativisticTransition(double massKeV)
    {
        // The background interpolates ρ̃, p̃ and the pseudo-pressure of the species in ln a; at points between its
        // grid nodes (from deep radiation era through the transition T ~ m to today) they agree with the direct
        // node sums to far below the Boltzmann tolerance (1e-5).
        var settings = BoltzmannSettings.Default;
        var species = NcdmSpecies.ThermalRelic(massKeV, 0.12, Planck.CmbTemperatureK, settings);
        var background = new Background(Planck, species, 1e-10, settings);
        double worst = 0;
        for (double lnA = -30.1234; lnA < 0; lnA += 0.0731)
        {
            double a = Math.Exp(lnA);
            background.Densities(a, out var d);
            species.Densities(a, out double rho, out double p, out double pseudo);
            worst = Math.Max(worst, Math.Max(Math.Abs(d.Ncdm / rho - 1), Math.Max(Math.Abs(d.NcdmPressure / p - 1), Math.Abs(d.NcdmPseudoPressure / pseudo - 1))));
        }

        Assert.True(worst < 1e-8, $"largest relative difference {worst:G3}");
    }

    [Fact]
    public void NonColdSpeciesIsRadiationEarlyAndHasItsOmegaToday()
    {
        var settings = BoltzmannSettings.Default;
        var species = NcdmSpecies.ThermalRelic(3.3, 0.12, Planck.CmbTemperatureK, settings);
        species.Densities(1e-12, out double rhoEarly, out double pEarly, out _);
        Assert.Equal(1.0 / 3.0, pEarly / rhoEarly, 1e-4);
        species.Densities(1, out double rhoToday, out double pToday, out _);
        Assert.Equal(0.12, rhoToday * NcdmSpecies.HubbleDistanceMpcTimesH * NcdmSpecies.HubbleDistanceMpcTimesH, 1e-9);
        Assert.True(pToday / rhoToday < 1e-12);
        // Radiation era: ρ̃ ∝ a⁻⁴ while relativistic.
        species.Densities(2e-12, out double rhoLater, out _, out _);
        Assert.Equal(16.0, rhoEarly / rhoLater, 1e-3);
    }

    [Fact]
    public void ThermalRelicTemperatureMatchesClassInput()
    {
        // T_ncdm/T_CMB = 0.16011208 (1 keV) and 0.09183301 (5.3 keV) with deg_ncdm = 1 (g = 2) give ω = 0.12
        // in the CLASS runs (Data/class README); on the q = p/T_ν0 scale t = T_ncdm/T_CMB/(4/11)^{1/3}.
        Assert.Equal(0.16011208 / Math.Cbrt(4.0 / 11.0), NcdmSpecies.ThermalTemperatureRatio(1, 0.12, Planck.CmbTemperatureK), 2e-3 * 0.2243);
        Assert.Equal(0.09183301 / Math.Cbrt(4.0 / 11.0), NcdmSpecies.ThermalTemperatureRatio(5.3, 0.12, Planck.CmbTemperatureK), 2e-3 * 0.1287);
    }

    [Fact]
    public void ConformalTimeIsInverseOfScaleFactorTable()
    {
        var background = new Background(Planck, null, 0.12, BoltzmannSettings.Fast);
        foreach (double a in new[] { 1e-10, 1e-6, 1e-3, 0.5 })
        {
            Assert.Equal(a, background.ScaleFactorAtConformalTime(background.ConformalTime(a)), 1e-6 * a);
        }

        // Radiation era: τ = a/√(a⁴ρ̃_r) (ℋ = 1/τ).
        double aEarly = 1e-12;
        Assert.Equal(1.0, background.ConformalTime(aEarly) * background.ConformalHubble(aEarly), 1e-4);
    }
}

/// <summary>Species built from a <c>MomentumDistribution</c>.</summary>
public class NcdmSpeciesFromDistributionTests
{
    [Fact]
    public void MassFromOmegaOfThermalTableMatchesThermalRelic()
    {
        // A g = 2 Fermi–Dirac table at T = T_ν0 has Ω h² = m/94.07 eV (README, PDG 2024 constants): ω = 0.12
        // needs m = 11.29 eV, and the species' own Ω h² is then the requested one.
        var table = global::Freestream.Distributions.MomentumDistribution.FermiDirac();
        var species = NcdmSpecies.FromDistributionWithMassFromOmega(table, 0.12, CosmologyParameters.Planck2018.CmbTemperatureK, BoltzmannSettings.Fast);
        Assert.Equal(0.12 * 94.07e-3, species.MassKeV, 2e-3 * species.MassKeV);
        species.Densities(1, out double rho, out _, out _);
        Assert.Equal(0.12, rho * NcdmSpecies.HubbleDistanceMpcTimesH * NcdmSpecies.HubbleDistanceMpcTimesH, 2e-3);
    }
}
