using Freestream.Production;
using Freestream.Thermal;

namespace Freestream.Tests.Production;

/// <summary>Nötzold–Raffelt thermal potential and the in-medium mixing of Dodelson–Widrow production.</summary>
public class DodelsonWidrowPotentialTests
{
    [Fact]
    public void LowTemperatureCoefficientsAreAfpValues()
    {
        // Abazajian, Fuller & Patel 2001 (astro-ph/0101524): B_e = 10.88e-9, B_μ,τ = 3.04e-9 GeV⁻⁴;
        // physics note §1.3 [derived] 10.88e-9 and 3.046e-9 with §0 constants (PDG 2024 shifts < 0.3 %).
        Assert.Equal(10.88e-9, ThermalPotential.NotzoldRaffelt(ActiveNeutrinoFlavour.Electron).Coefficient(0.02), 0.04e-9);
        Assert.Equal(3.04e-9, ThermalPotential.NotzoldRaffelt(ActiveNeutrinoFlavour.Muon).Coefficient(0.005), 0.015e-9);
        Assert.Equal(3.04e-9, ThermalPotential.NotzoldRaffelt(ActiveNeutrinoFlavour.Tau).Coefficient(0.02), 0.015e-9);
        Assert.Equal(10.88e-9, ThermalPotential.LowTemperatureLimit(ActiveNeutrinoFlavour.Electron).Coefficient(1.0), 0.04e-9);
        Assert.Equal(3.04e-9, ThermalPotential.LowTemperatureLimit(ActiveNeutrinoFlavour.Muon).Coefficient(1.0), 0.015e-9);
    }

    [Fact]
    public void MuonTermSwitchesOnAboveMuonThreshold()
    {
        // Physics note §1.3: for ν_μ above ~50 MeV the muon term switches on and V_T(μ) grows to the ν_e-like value.
        var mu = ThermalPotential.NotzoldRaffelt(ActiveNeutrinoFlavour.Muon);
        var e = ThermalPotential.NotzoldRaffelt(ActiveNeutrinoFlavour.Electron);
        Assert.True(mu.Coefficient(0.005) < 1.001 * ThermalPotential.LowTemperatureLimit(ActiveNeutrinoFlavour.Muon).Coefficient(0.005));
        // The muon term is the e term times ρ_F(m_μ/T)/ρ_F(m_e/T), Fermi–Dirac energy densities (independent quadrature).
        double neutrinoPart = ThermalPotential.LowTemperatureLimit(ActiveNeutrinoFlavour.Muon).Coefficient(0.05);
        double ratio = (mu.Coefficient(0.05) - neutrinoPart) / (e.Coefficient(0.05) - neutrinoPart);
        Assert.Equal(FermiDiracEnergy(PhysicalConstants.MuonMassGeV / 0.05) / FermiDiracEnergy(PhysicalConstants.ElectronMassGeV / 0.05), ratio, 5);
        Assert.InRange(mu.Coefficient(0.05) / e.Coefficient(0.05), 0.7, 0.85);
        Assert.Equal(1.0, mu.Coefficient(5.0) / e.Coefficient(5.0), 3);
    }

    private static double FermiDiracEnergy(double y) =>
        MathNet.Numerics.Integrate.DoubleExponential(u => u * u * Math.Sqrt(u * u + y * y) / (Math.Exp(Math.Sqrt(u * u + y * y)) + 1), 0, 80 + y, 1e-12);

    [Fact]
    public void PotentialIsNegativeAndScalesAsPT4()
    {
        var potential = ThermalPotential.LowTemperatureLimit(ActiveNeutrinoFlavour.Muon);
        double v1 = potential.PotentialGeV(0.3, 0.1);
        Assert.True(v1 < 0);
        Assert.Equal(1.0, potential.PotentialGeV(0.6, 0.2) / v1 / 32, 12);
    }

    [Fact]
    public void EffectiveMixingReducesToVacuumAndToDwSuppression()
    {
        const double s2 = 1e-10;
        // No medium: sin²2θ_M = sin²2θ.
        Assert.Equal(1.0, SterileConversionRate.EffectiveMixing(s2, 1e-9, 0, 0) / s2, 12);
        // V = −Δ (u = 1): (Δ + |V|)² = 4Δ² → sin²2θ/4 (AFP eq. (5) with negligible damping).
        Assert.Equal(0.25, SterileConversionRate.EffectiveMixing(s2, 1e-9, 0, -1e-9) / s2, 8);
        // Decoherence D = Δ: sin²2θ/2.
        Assert.Equal(0.5, SterileConversionRate.EffectiveMixing(s2, 1e-9, 1e-9, 0) / s2, 8);
    }

    [Fact]
    public void ConversionRateIsQuarterOfOpacityTimesMixing()
    {
        // Γ_s = ¼ Γ_α sin²2θ_M (AFP 2001; Venumadhav et al. 2016 eq. 2.2).
        double m = 7.1e-6, p = 0.3, gamma = 1e-12;
        double rate = SterileConversionRate.RateGeV(1e-10, m, p, gamma, 0);
        double delta = m * m / (2 * p);
        double expected = 0.25 * gamma * SterileConversionRate.EffectiveMixing(1e-10, delta, gamma / 2, 0);
        Assert.Equal(1.0, rate / expected, 12);
        // Δ = 8.4e-11 GeV ≫ D = 5e-13 GeV: the vacuum value ¼ Γ sin²2θ up to (D/Δ)² = 3.5e-5.
        Assert.Equal(1.0, rate / (0.25 * gamma * 1e-10), 4);
    }

    [Fact]
    public void ConstantOpacityHasAfpCoefficients()
    {
        // Abazajian, Fuller & Patel 2001: y_e = 1.27, y_μ,τ = 0.92.
        Assert.Equal(1.27, ConstantActiveNeutrinoOpacity.ForFlavour(ActiveNeutrinoFlavour.Electron).Coefficient(0.1, 3), 12);
        Assert.Equal(0.92, ConstantActiveNeutrinoOpacity.ForFlavour(ActiveNeutrinoFlavour.Tau).Coefficient(0.1, 3), 12);
        double g = PhysicalConstants.FermiConstantGeV2;
        Assert.Equal(1.0, ConstantActiveNeutrinoOpacity.ForFlavour(ActiveNeutrinoFlavour.Muon).RateGeV(0.3, 0.1) / (0.92 * g * g * 0.3 * 1e-4), 12);
    }

    [Theory]
    [InlineData("e", ActiveNeutrinoFlavour.Electron)]
    [InlineData("MU", ActiveNeutrinoFlavour.Muon)]
    [InlineData("tau", ActiveNeutrinoFlavour.Tau)]
    public void FlavourNamesParse(string name, ActiveNeutrinoFlavour flavour)
    {
        Assert.Equal(flavour, ActiveNeutrinoFlavours.Parse(name));
        Assert.Equal(flavour, ActiveNeutrinoFlavours.Parse(flavour.ShortName()));
    }

    [Fact]
    public void UnknownFlavourIsRejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => ActiveNeutrinoFlavours.Parse("sterile"));
        Assert.Equal("flavour", ex.ParamName);
    }
}
