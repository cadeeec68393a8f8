using Freestream.Production;

namespace Freestream.Tests.Production;

/// <summary>The tabulated active-neutrino opacity: table values, Pauli blocking inside the table, flavours.</summary>
public class TabulatedOpacityTests
{
    private static readonly IActiveNeutrinoOpacity Muon = TabulatedActiveNeutrinoOpacity.For(ActiveNeutrinoFlavour.Muon);

    [Theory]
    [InlineData(0.010, 3.205350, 2.441185)]
    [InlineData(0.100, 3.205350, 7.816955)]
    [InlineData(1.000, 3.205350, 26.18396)]
    [InlineData(10.00, 3.205350, 28.61124)]
    [InlineData(0.050, 0.3152679, 2.126578)]
    public void ReproducesTableNodesOutsideTheDroppedWindow(double temperatureGeV, double x, double rateOverT5)
    {
        // Table rate_total_mu.dat of Venumadhav et al. 2016 (arXiv:1507.06655; values Γ/(G_F² T⁵) read off the rows
        // p/T = 3.205350 and 0.3152679): y = value/(p/T) at a kept column, up to the 480 × 240 resampling (< 1e-3).
        Assert.Equal(1.0, Muon.Coefficient(temperatureGeV, x) / (rateOverT5 / x), 2e-3);
    }

    [Fact]
    public void PauliBlockingIsInsideTheTable()
    {
        // Below the muon threshold only ν and e± scatter ν_μ; the unblocked tree-level sum of those channels is
        // y = (7π/90)(10/3)(1 + g_L² + g_R²) = 0.917 (AFP 2001: 0.92). Final-state blocking (1 − f) with f ≈ 0.1–0.4 for
        // the recoiling ν and e lowers the rate by 10–20 %: the table at 10 MeV gives 0.76, i.e. blocking is already in it.
        double tree = StandardModelActiveNeutrinoOpacity.For(ActiveNeutrinoFlavour.Muon).Coefficient(0.01, 3.2);
        double tabulated = Muon.Coefficient(0.01, 3.2);
        Assert.InRange(tabulated / tree, 0.78, 0.90);
    }

    [Fact]
    public void OtherFlavoursCarryTheTreeLevelFlavourRatio()
    {
        // ν_e and ν_τ: the ν_μ table times y_α/y_μ of the tree-level channel sums (remarks of the class). At 10 MeV
        // ν_τ ≈ ν_μ up to the μ± tail (m_μ/T = 10.6: 0.4 % of charged-current targets left for ν_μ), ν_e is larger by the
        // e± charged current, ratio 1.293/0.917.
        var electron = TabulatedActiveNeutrinoOpacity.For(ActiveNeutrinoFlavour.Electron);
        var tau = TabulatedActiveNeutrinoOpacity.For(ActiveNeutrinoFlavour.Tau);
        Assert.Equal(1.293 / 0.917, electron.Coefficient(0.01, 3) / Muon.Coefficient(0.01, 3), 2e-2);
        Assert.InRange(tau.Coefficient(0.01, 3) / Muon.Coefficient(0.01, 3), 0.99, 0.999);
        Assert.True(tau.Coefficient(0.3, 3) < 0.6 * Muon.Coefficient(0.3, 3), "no τ± charged current at 300 MeV");
    }

    [Fact]
    public void DroppedWindowIsBridgedByTheSpline()
    {
        // The default drops the 250–750 MeV quark columns (public code default 178 MeV–1 GeV): at 300 MeV the spline
        // lies between the 150 MeV and 1 GeV values, well below the dropped free-quark column (17.99/3.205 = 5.61 at 250 MeV).
        double bridged = Muon.Coefficient(0.3, 3.205350);
        Assert.InRange(bridged, Muon.Coefficient(0.15, 3.205350), Muon.Coefficient(1.0, 3.205350));
        var full = TabulatedActiveNeutrinoOpacity.FromEmbeddedTable(0.2, 0.2);
        Assert.Equal(1.0, full.Coefficient(0.25, 3.205350) / (17.98925 / 3.205350), 2e-3);
        Assert.True(full.Coefficient(0.3, 3.205350) > 1.2 * bridged);
    }
}
