using Freestream.Numerics;
using Freestream.Reports;
using Freestream.Scans;

namespace Freestream.Tests.Reports;

/// <summary>
/// Scan-point T²(k) redrawn on a fine grid (issue 15): the oscillating small-scale tail, where T changes sign and
/// T² falls below 10⁻⁴, is drawn from the spline of the signed T instead of straight segments between stored samples.
/// </summary>
public class TransferResamplingTests
{
    // T(k) = sin x / x with x = k / (0.1 h/Mpc): zeros at x = nπ, envelope 1/x, so T² < 10⁻⁴ beyond x = 100 and
    // T² = 0 at every zero — the shape of a sharp cut-off's oscillating tail. Sampled at 60 per decade up to x = 40
    // (Δx ≤ 1.6, at least four samples per period), as dense as the adaptive sampling makes the solver's modes
    // where T oscillates (its tolerance bounds the spline error of T², docs/performance.md).
    private const double ScaleHMpc = 0.1;

    private static double Exact(double kHMpc)
    {
        double x = kHMpc / ScaleHMpc;
        return Math.Sin(x) / x;
    }

    private static ScanCurve Stored()
    {
        var k = LogGrid.Create(1e-3, 40 * ScaleHMpc, 1 + (int)Math.Round(60 * Math.Log10(40 * ScaleHMpc / 1e-3)));
        return new ScanCurve("T²(k)", k, [.. k.Select(x => Exact(x) * Exact(x))]);
    }

    [Fact]
    public void SignOfAnOscillatingTransferIsRecoveredFromItsSquare()
    {
        var stored = Stored();
        var signed = TransferResampling.SignedTransfer(stored.X, stored.Y);
        for (int i = 0; i < signed.Length; i++)
        {
            double exact = Exact(stored.X[i]);
            if (Math.Abs(exact) > 1e-6)
            {
                Assert.True(Math.Sign(signed[i]) == Math.Sign(exact), $"k = {stored.X[i]}: {signed[i]} vs {exact}");
            }
        }
    }

    [Fact]
    public void DipThatDoesNotReachZeroKeepsItsSign()
    {
        // T = 0.5 + 0.4 cos(ln k / 0.3): minima of 0.1, no sign change; a folded curve would be rougher.
        var k = LogGrid.Create(1e-2, 1e2, 161);
        var t2 = k.Select(x => Math.Pow(0.5 + (0.4 * Math.Cos(Math.Log(x) / 0.3)), 2)).ToArray();
        Assert.All(TransferResampling.SignedTransfer(k, t2), t => Assert.True(t > 0));
    }

    [Fact]
    public void FineCurveFollowsTheTransferThroughItsZeros()
    {
        var stored = Stored();
        var fine = TransferResampling.Fine(stored);
        Assert.Equal(TransferResampling.PointsPerDecade, (fine.X.Length - 1) / Math.Log10(fine.X[^1] / fine.X[0]), 1.0);

        // Everywhere: |T| of the fine curve within the error bound of a cubic spline, 5h⁴ max|T⁽⁴⁾|/384 with h = Δx ≤ 1.53
        // and |T⁽⁴⁾| ≲ 1/x = 0.025 at x = 40: 1.8e-3 (measured 1.7e-3 near x = 40, far less at small x).
        for (int i = 0; i < fine.X.Length; i++)
        {
            Assert.Equal(Math.Abs(Exact(fine.X[i])), Math.Sqrt(fine.Y[i]), 2e-3);
        }

        // In the oscillating tail (x = 10–40, T² ≤ 10⁻², zeros every π) the straight segments between stored samples that
        // were drawn before — straight in log T² against log k — cut through the dips: their error in |T| (measured
        // 1.6e-2) is nine times that of the fine curve (1.7e-3, the spline bound above at x = 40).
        double fineError = 0, segmentError = 0;
        for (int i = 0; i < fine.X.Length; i++)
        {
            double k = fine.X[i];
            if (k < 10 * ScaleHMpc)
            {
                continue;
            }

            int right = Math.Max(1, Array.FindIndex(stored.X, x => x >= k));
            double w = Math.Log(k / stored.X[right - 1]) / Math.Log(stored.X[right] / stored.X[right - 1]);
            double segment = Math.Exp(((1 - w) * Math.Log(stored.Y[right - 1])) + (w * Math.Log(stored.Y[right])));
            fineError = Math.Max(fineError, Math.Abs(Math.Sqrt(fine.Y[i]) - Math.Abs(Exact(k))));
            segmentError = Math.Max(segmentError, Math.Abs(Math.Sqrt(segment) - Math.Abs(Exact(k))));
        }

        Assert.True(segmentError > 5 * fineError, $"segments {segmentError}, fine {fineError}");
    }
}
