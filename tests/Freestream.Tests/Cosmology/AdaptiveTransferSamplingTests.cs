using global::Freestream.Cosmology;
using Xunit.Abstractions;

namespace Freestream.Tests.Cosmology;

/// <summary>
/// The adaptive k sampling of a model run (docs/performance.md): the spline of T through the solved modes must
/// reproduce the solved values at every other candidate, on analytic transfer functions and against a run that
/// solves every mode of the grid.
/// </summary>
public class AdaptiveTransferSamplingTests(ITestOutputHelper output)
{
    private static readonly CosmologyParameters Planck = CosmologyParameters.Planck2018;

    /// <summary>
    /// The Viel et al. 2005 (astro-ph/0501562, eq. 7) thermal-relic shape T = [1 + (αk)^{2ν}]^{−5/ν}, ν = 1.12,
    /// α = 0.05 Mpc/h (k_1/2 ≈ 7 h/Mpc) and a tail that oscillates through zero, T = e^{−k/20} cos(k/3) — the
    /// refinement must keep |ΔT²| at the unsolved candidates within twice the tolerance of its midpoint checks.
    /// </summary>
    [Theory]
    [InlineData("viel", 2e-4)]
    [InlineData("viel", 1e-3)]
    [InlineData("oscillating", 2e-4)]
    public void SplineOfTheSolvedModesReproducesAnalyticTransfer(string shape, double tolerance)
    {
        Func<double, double> transfer = shape == "viel"
            ? k => Math.Pow(1 + Math.Pow(0.05 * k, 2 * 1.12), -5 / 1.12)
            : k => Math.Exp(-k / 20) * Math.Cos(k / 3);
        var lnK = Enumerable.Range(0, 401).Select(i => Math.Log(1e-3) + i * Math.Log(3e5) / 400).ToArray();
        int calls = 0;
        var t = AdaptiveTransferSampling.Transfer(
            lnK,
            (indices, _) =>
            {
                calls += indices.Length;
                return indices.Select(i => transfer(Math.Exp(lnK[i]))).ToArray();
            },
            3,
            tolerance,
            0,
            2,
            out var solved);
        double worst = lnK.Select((x, i) => Math.Abs(t[i] * t[i] - Math.Pow(transfer(Math.Exp(x)), 2))).Max();
        output.WriteLine($"{shape}, tol {tolerance}: {calls} of {lnK.Length} solved, max |ΔT²| = {worst:G3}");
        Assert.Equal(calls, solved.Count(s => s));
        Assert.True(worst <= 2 * tolerance, $"max |ΔT²| = {worst}");
        Assert.True(calls < lnK.Length / 2, $"{calls} modes solved");
    }

    /// <summary>
    /// The Viel et al. 2005 (eq. 7) form with its k^(−10) tail, α = 1 Mpc/h (a hot spectrum: T² = 1e-4 near k = 1.6): with the negligible level 1e-4 the modes above the
    /// two pilot modes where T² &lt; 1e-4 are not solved and T is held there, so the error stays below
    /// max(2 × tolerance, 1e-4) everywhere while the tail's modes (here two of the 5.5 decades) are saved.
    /// </summary>
    [Fact]
    public void TailBelowTheNegligibleLevelIsNotSolved()
    {
        static double Transfer(double k) => Math.Pow(1 + Math.Pow(1.0 * k, 2 * 1.12), -5 / 1.12);
        var lnK = Enumerable.Range(0, 401).Select(i => Math.Log(1e-3) + i * Math.Log(3e5) / 400).ToArray();
        double[] Run(double negligible, out int calls, out double highestSolved)
        {
            int count = 0;
            var t = AdaptiveTransferSampling.Transfer(lnK, (indices, _) =>
            {
                count += indices.Length;
                return indices.Select(i => Transfer(Math.Exp(lnK[i]))).ToArray();
            }, 3, 2e-4, negligible, 2, out var solved);
            calls = count;
            highestSolved = Math.Exp(lnK[Array.LastIndexOf(solved, true)]);
            return t;
        }

        var full = Run(0, out int fullCalls, out double fullKMax);
        var stopped = Run(1e-4, out int stoppedCalls, out double stoppedKMax);
        double worst = lnK.Select((x, i) => Math.Abs(stopped[i] * stopped[i] - Math.Pow(Transfer(Math.Exp(x)), 2))).Max();
        output.WriteLine($"{fullCalls} modes up to k = {fullKMax:G3}; stopped: {stoppedCalls} up to {stoppedKMax:G3}, max |ΔT²| = {worst:G3}");
        Assert.True(worst <= 2e-4, $"max |ΔT²| = {worst}");
        Assert.True(Math.Pow(Transfer(stoppedKMax), 2) < 1e-4, $"stopped at k = {stoppedKMax} with T² above the level");
        Assert.True(stoppedKMax < 0.03 * fullKMax && stoppedCalls < fullCalls, $"{stoppedCalls} vs {fullCalls} modes, k up to {stoppedKMax}");
    }

    /// <summary>
    /// A two-peak spectrum (e^{−q/0.4} + 0.001 e^{−q/4}, 7 keV, all of the dark matter) at the fast preset: the
    /// adaptive run against the run that solves every mode of the base grid and of the cutoff refinement.
    /// Measured: 2.3e-3 for a thermal relic at the fast tolerance 1e-3 (the midpoint check bounds the error of the
    /// coarser spline, not of the final one), hence the bound of 3× the tolerance; k_1/2 to 1e-4.
    /// </summary>
    [Fact]
    public void AdaptiveRunMatchesTheFullGridRun()
    {
        var settings = BoltzmannSettings.Fast;
        var species = new NcdmSpecies(MomentumQuadratureTests.TwoPeakSpectrum(), 7, 0.12, Planck.CmbTemperatureK, settings);
        var adaptiveCalculator = new LinearPowerCalculator(Planck, settings);
        var adaptive = adaptiveCalculator.Transfer(species);
        var full = new LinearPowerCalculator(Planck, settings with { TransferInterpolationTolerance = 0 }).Transfer(species);
        double worst = full.KHMpc.Select((k, i) => Math.Abs(TransferAnalysis.TransferSquaredAt(adaptive, k) - full.TransferSquared[i])).Max();
        double kHalfRatio = TransferAnalysis.HalfModeScale(adaptive) / TransferAnalysis.HalfModeScale(full);
        output.WriteLine($"solved {adaptiveCalculator.LastSolvedModes} of {full.KHMpc.Length} modes; max |ΔT²| = {worst:G3}; k1/2 ratio {kHalfRatio:F6}");
        Assert.True(worst <= 3 * settings.TransferInterpolationTolerance, $"max |ΔT²| = {worst}");
        Assert.Equal(1, kHalfRatio, 1e-4);
        Assert.True(adaptiveCalculator.LastSolvedModes < full.KHMpc.Length / 2);
    }
}
