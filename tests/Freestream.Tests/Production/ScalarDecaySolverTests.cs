using Freestream.Production;
using Freestream.Thermal;

namespace Freestream.Tests.Production;

/// <summary>The full solver with the Standard-Model g*(T): convergence, conservation, the iso-mass picture.</summary>
public class ScalarDecaySolverTests
{
    private static ScalarDecayResult Solve(double scalarMassGeV, double lambda, double yukawa, ScalarDecaySettings? settings = null) =>
        new ScalarDecaySolver(settings).Solve(new ScalarDecayModel(scalarMassGeV, lambda, yukawa));

    [Fact]
    public void DoublingMomentumAndTimeResolutionChangesFreezeOutPointByLessThan0Point3Percent()
    {
        // Convergence (issue #3): m_S = 100 GeV, λ = 1e-6 (S thermalises and freezes out in regime II), y = 1e-8.
        var coarse = Solve(100, 1e-6, 1e-8);
        var fine = Solve(100, 1e-6, 1e-8, ScalarDecaySettings.Default.Doubled());
        Assert.True(coarse.ScalarThermalised);
        Assert.True(Math.Abs(fine.YieldN / coarse.YieldN - 1) < 3e-3, $"Y_N {coarse.YieldN} -> {fine.YieldN}");
        Assert.True(Math.Abs(fine.MeanQ / coarse.MeanQ - 1) < 3e-3, $"<q> {coarse.MeanQ} -> {fine.MeanQ}");
    }

    [Theory]
    [Trait("Category", "Slow")]
    [InlineData(100, 1e-8, 1e-8)]
    [InlineData(100, 1e-6, 1e-10)]
    [InlineData(30, 1e-9, 1e-8)]
    [InlineData(30, 1e-5, 1e-8)]
    [InlineData(65, 1e-6, 1e-8)]
    [InlineData(100, 1e-5, 1e-9)]
    public void DoublingResolutionChangesYieldAndMeanMomentumByLessThan0Point3Percent(double scalarMassGeV, double lambda, double yukawa)
    {
        // Convergence over the regimes: freeze-in II, late decay, freeze-in III (h → SS), freeze-out III,
        // near the Higgs resonance (65 GeV), and a two-peak spectrum.
        var coarse = Solve(scalarMassGeV, lambda, yukawa);
        var fine = Solve(scalarMassGeV, lambda, yukawa, ScalarDecaySettings.Default.Doubled());
        Assert.True(Math.Abs(fine.YieldN / coarse.YieldN - 1) < 3e-3, $"Y_N {coarse.YieldN} -> {fine.YieldN}");
        Assert.True(Math.Abs(fine.MeanQ / coarse.MeanQ - 1) < 3e-3, $"<q> {coarse.MeanQ} -> {fine.MeanQ}");
    }

    [Fact]
    public void FreezeInPointConservesNumberAndReportsRegimes()
    {
        // U12: g_N n_N = 2 × (S decayed) (docs/physics/scalar_decay.md §5; a reference solver conserves it to 0.3 %).
        var result = Solve(100, 1e-8, 1e-8);
        Assert.True(result.NumberConservationError < 3e-3, $"number conservation error {result.NumberConservationError}");
        Assert.False(result.ScalarThermalised);
        Assert.Null(result.FreezeOutTemperatureGeV);
        Assert.Equal([ScalarDecayRegime.I, ScalarDecayRegime.II], result.Regimes);
        Assert.Equal(0.12, result.OmegaH2, 1e-9);
        Assert.Single(result.Peaks);
        // Y_N and m_N are tied by Ω h² = m_N s_0 Y_N/(ρ_c/h²), m_N = 4.373e-4 keV (Ωh²/0.12)/Y_N (docs/physics/scalar_decay.md §4.2).
        Assert.Equal(4.373e-4 / result.YieldN, result.SterileMassKeV, 2e-3 * result.SterileMassKeV);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void LightScalarProducesThroughHiggsDecaysInRegimeThree()
    {
        var result = Solve(30, 1e-9, 1e-8);
        Assert.Contains(ScalarDecayRegime.III, result.Regimes);
        Assert.DoesNotContain(ScalarDecayRegime.II, result.Regimes);
        // The h → SS decays dominate regime III freeze-in (docs/physics/scalar_decay.md §6: λ for 10 keV is 5-10× below the regime-I value):
        // at equal λ the yield exceeds the regime-I-only freeze-in yield (U5) many times.
        double planckScale = PhysicalConstants.PlanckMassGeV * Math.Sqrt(45 / (4 * Math.Pow(Math.PI, 3) * 106.75));
        double regimeOnly = 135 * planckScale * 1e-18 / (128 * Math.Pow(Math.PI, 5) * 106.75 * 30);
        Assert.True(result.YieldN > 10 * regimeOnly, $"Y_N = {result.YieldN}, regime-I-only {regimeOnly}");
    }

    [Fact]
    public void LightScalarThermalisedInRegimeThreeDecaysCompletelyWithFiniteSpectrum()
    {
        // Regression: at T ≪ m_h the h ↔ SS normalisation once overflowed (e^{+E/T} × 0 = NaN) and S never finished
        // decaying. m_S = 5 GeV, λ = 1e-7 (thermalised through h ↔ SS), y = 1e-7 (K ≈ 32).
        var result = Solve(5, 1e-7, 1e-7);
        Assert.True(result.ScalarThermalised);
        Assert.True(double.IsFinite(result.YieldN) && result.YieldN > 0);
        Assert.True(result.NumberConservationError < 3e-3, $"number conservation error {result.NumberConservationError}");
        Assert.All(result.Distribution.F, f => Assert.True(double.IsFinite(f)));
    }

    [Fact]
    public void GivenSterileMassGivesOmegaInsteadOfMass()
    {
        var model = new ScalarDecayModel(100, 1e-8, 1e-8, sterileMassKeV: 9);
        var result = new ScalarDecaySolver().Solve(model);
        Assert.Equal(9, result.SterileMassKeV);
        Assert.Equal(2.744e8 * 9e-6 * result.YieldN, result.OmegaH2, 2e-3 * result.OmegaH2);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void IsoMassLinesAreVerticalInFreezeInHorizontalInEquilibriumDecaysAndSpectraHaveTwoPeaksInBetween()
    {
        // docs/physics/scalar_decay.md §4.2 on a coarse scan at m_S = 100 GeV.
        // Freeze-in (λ = 1e-8): every S decays, Y_N = 2Y_S does not depend on y — vertical iso-mass lines.
        double[] freezeIn = [.. new[] { 1e-9, 1e-8, 1e-7 }.Select(y => Solve(100, 1e-8, y).SterileMassKeV)];
        Assert.All(freezeIn, m => Assert.Equal(freezeIn[1], m, 0.01 * freezeIn[1]));
        // Equilibrium decays (λ ≥ 1e-4, y = 3e-9): Y_N ∝ K ∝ y² does not depend on λ — horizontal lines, m_N ∝ 1/y².
        double[] equilibrium = [.. new[] { 1e-4, 1e-3, 1e-2 }.Select(l => Solve(100, l, 3e-9).SterileMassKeV)];
        Assert.All(equilibrium, m => Assert.Equal(equilibrium[1], m, 0.02 * equilibrium[1]));
        double heavier = Solve(100, 1e-3, 1e-8).SterileMassKeV;
        Assert.Equal(equilibrium[1] * 9 / 100, heavier, 0.03 * heavier);
        // Mixed region (λ = 1e-5, y = 1e-9): equilibrium decays plus late decays of the frozen-out S — two peaks (MT15).
        var mixed = Solve(100, 1e-5, 1e-9);
        Assert.True(mixed.HasTwoPeaks, $"peaks at {string.Join(", ", mixed.Peaks.Select(p => p.Q))}");
        Assert.True(mixed.Peaks[1].Q > 10 * mixed.Peaks[0].Q);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void CoarseParameterSweepGivesFiniteConservedResultsEverywhere()
    {
        // Robustness over regimes I-III, freeze-in to λ = 1, prompt to late decays: no exception, no NaN, U12 conservation.
        foreach (double mass in new[] { 1.0, 50, 63, 1000 })
        {
            foreach (double lambda in new[] { 1e-10, 1e-6, 1 })
            {
                foreach (double yukawa in new[] { 1e-10, 1e-8, 1e-6 })
                {
                    var result = Solve(mass, lambda, yukawa);
                    Assert.True(double.IsFinite(result.YieldN) && double.IsFinite(result.MeanQ) && double.IsFinite(result.SterileMassKeV), $"m_S = {mass}, λ = {lambda}, y = {yukawa}");
                    Assert.True(result.NumberConservationError < 3e-3, $"m_S = {mass}, λ = {lambda}, y = {yukawa}: {result.NumberConservationError}");
                }
            }
        }
    }

    [Fact]
    public void InvalidInputIsRejectedWithTheParameterNamed()
    {
        Assert.Equal("lambda", Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new ScalarDecayModel(100, 0, 1e-8)).ParamName);
        Assert.Equal("yukawa", Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new ScalarDecayModel(100, 1e-8, -1)).ParamName);
        Assert.Equal("yukawa", Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new ScalarDecayModel(100, 1e-8, 4 * Math.PI * 1.0001)).ParamName);
        Assert.Equal("scalarMassGeV", Assert.Throws<ArgumentOutOfRangeException>(() => new ScalarDecayModel(double.NaN, 1e-8, 1e-8)).ParamName);
        Assert.Equal("sterileMassKeV", Assert.Throws<ArgumentOutOfRangeException>(() => new ScalarDecayModel(1e-3, 1e-8, 1e-8, sterileMassKeV: 500)).ParamName);
        Assert.Equal("electroweakTemperatureGeV", Assert.Throws<ArgumentOutOfRangeException>(() => new ScalarDecayModel(100, 1e-8, 1e-8, double.PositiveInfinity)).ParamName);
    }
}
