using Freestream.Production;

namespace Freestream.Tests.Production;

/// <summary>Active-neutrino opacity Γ_α/(G_F² p T⁴) of the Standard-Model plasma, 10 MeV–10 GeV.</summary>
public class DodelsonWidrowOpacityTests
{
    [Fact]
    public void LowTemperatureLimitIsAfpConstant()
    {
        // Abazajian, Fuller & Patel 2001 (astro-ph/0101524): y_e = 1.27, y_μ,τ = 0.92 (ν, e± only);
        // the tree-level sum gives (7π/90)(10/3)(1 + g_L² + g_R²) = 0.917 and 1.293.
        Assert.Equal(0.92, StandardModelActiveNeutrinoOpacity.For(ActiveNeutrinoFlavour.Muon).Coefficient(0.005, 3), 0.01);
        Assert.Equal(0.92, StandardModelActiveNeutrinoOpacity.For(ActiveNeutrinoFlavour.Tau).Coefficient(0.005, 3), 0.01);
        Assert.Equal(1.27, StandardModelActiveNeutrinoOpacity.For(ActiveNeutrinoFlavour.Electron).Coefficient(0.005, 3), 0.03);
    }

    [Theory]
    // Venumadhav et al. 2016 (arXiv:1507.06655) public table rate_total_mu.dat, ν_μ at p/T = 3.205:
    // Γ/(G_F² T⁵)/(p/T) = 0.762 (10 MeV), 2.439 (100 MeV), 7.110 (500 MeV), 8.170 (1 GeV), 8.927 (10 GeV).
    [InlineData(0.010, 0.762)]
    [InlineData(0.100, 2.439)]
    [InlineData(0.500, 7.110)]
    [InlineData(1.000, 8.170)]
    [InlineData(10.00, 8.927)]
    // Asaka, Laine & Shaposhnikov 2007 (hep-ph/0612182) §3 tables (ν_μ, p/T = 3): 0.859 at 9.3 MeV, 9.19 at 10 GeV.
    [InlineData(0.00933, 0.859)]
    [InlineData(10.0001, 9.19)]
    public void MuonOpacityAgreesWithPublishedTablesWithin25Percent(double temperatureGeV, double published)
    {
        // Tree-level channel sum without final-state Pauli blocking: +7 % (ALS) / +20 % (Venumadhav) at 10 MeV,
        // +9 % / +12 % at 10 GeV; the crossover treatments differ by up to ~15 % near 250 MeV.
        double y = StandardModelActiveNeutrinoOpacity.For(ActiveNeutrinoFlavour.Muon).Coefficient(temperatureGeV, 3);
        Assert.InRange(y / published, 0.8, 1.25);
    }

    [Fact]
    public void OpacityGrowsByAnOrderOfMagnitudeFrom10MeVTo10GeV()
    {
        // Physics note §1.2: the coefficient grows by about an order of magnitude (0.75 → 8.8 in the published ν_μ table).
        var opacity = StandardModelActiveNeutrinoOpacity.For(ActiveNeutrinoFlavour.Muon);
        double ratio = opacity.Coefficient(10, 3) / opacity.Coefficient(0.01, 3);
        Assert.InRange(ratio, 8, 14);
        double previous = 0;
        foreach (double t in new[] { 0.01, 0.03, 0.1, 0.2, 0.3, 1, 3, 10 })
        {
            double y = opacity.Coefficient(t, 3);
            Assert.True(y > previous, $"y(T = {t} GeV) = {y} should grow with T");
            previous = y;
        }
    }

    [Fact]
    public void QcdShareRisesThroughTheCrossover()
    {
        // Light-QCD entropy of the lattice/HRG equation of state over free u, d, s, g: pion gas below, → 1 above.
        Assert.InRange(StandardModelActiveNeutrinoOpacity.LightQcdShare(0.05), 0.0, 0.1);
        Assert.InRange(StandardModelActiveNeutrinoOpacity.LightQcdShare(0.155), 0.2, 0.6);
        Assert.InRange(StandardModelActiveNeutrinoOpacity.LightQcdShare(5.0), 0.95, 1.0);
    }

    [Fact]
    public void FlavoursConvergeAboveTauThreshold()
    {
        // Once e, μ, τ are all relativistic the three flavours see the same plasma.
        double e = StandardModelActiveNeutrinoOpacity.For(ActiveNeutrinoFlavour.Electron).Coefficient(10, 3);
        double tau = StandardModelActiveNeutrinoOpacity.For(ActiveNeutrinoFlavour.Tau).Coefficient(10, 3);
        Assert.Equal(1.0, tau / e, 2);
    }
}
