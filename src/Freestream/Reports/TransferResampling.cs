using Freestream.Numerics;
using Freestream.Scans;
using MathNet.Numerics.Interpolation;

namespace Freestream.Reports;

/// <summary>
/// A stored T²(k) of a scan point redrawn on a fine k grid. The Boltzmann solver chooses its modes so that the
/// natural cubic spline of the signed T(k) in ln k through them is accurate (docs/performance.md, adaptive sampling);
/// the store keeps T² on the candidate grid. Straight segments between those samples make the small-scale
/// oscillations (T² ≲ 10⁻⁴, where T changes sign) jagged on a log axis, so the figures rebuild the signed T,
/// evaluate the same spline on <see cref="PointsPerDecade"/> points per decade and square it.
/// </summary>
/// <remarks>
/// The sign of T is lost in T². It is recovered at each local minimum of |T| = √T²: of the three choices (no sign
/// change, T changes sign just before the minimum, just after it) the one with the smallest fourth divided
/// difference of T in ln k over the two samples either side of the minimum is kept, i.e. the smoothest curve, which for a smooth T crossing
/// zero between two samples is the one that crosses. A dip that does not reach zero keeps its sign because the
/// folded (V-shaped) alternatives are rougher.
/// </remarks>
public static class TransferResampling
{
    /// <summary>Points per decade of k of the redrawn curve (as the fine grid of <c>freestream figure</c>).</summary>
    public const int PointsPerDecade = 80;

    /// <summary>The signed T at the samples of a stored T²(k) (first sample positive).</summary>
    public static double[] SignedTransfer(double[] kHMpc, double[] transferSquared)
    {
        ArgumentNullException.ThrowIfNull(kHMpc);
        ArgumentNullException.ThrowIfNull(transferSquared);
        int n = transferSquared.Length;
        var magnitude = transferSquared.Select(t2 => Math.Sqrt(Math.Max(t2, 0))).ToArray();
        var lnK = kHMpc.Select(k => Math.Log(k)).ToArray();
        var signed = (double[])magnitude.Clone();
        double sign = 1;
        for (int i = 1; i < n; i++)
        {
            bool localMinimum = i < n - 1 && magnitude[i] < magnitude[i - 1] && magnitude[i] <= magnitude[i + 1];
            if (!localMinimum)
            {
                signed[i] = sign * magnitude[i];
                continue;
            }

            // Choices for (sign at i, sign from i + 1 on): keep, change before i, change after i.
            (double AtMinimum, double After)[] choices = [(sign, sign), (-sign, -sign), (sign, -sign)];
            double best = double.PositiveInfinity;
            (double AtMinimum, double After) chosen = choices[0];
            foreach (var choice in choices)
            {
                double roughness = Roughness(lnK, signed, magnitude, i, choice.AtMinimum, choice.After);
                if (roughness < best)
                {
                    best = roughness;
                    chosen = choice;
                }
            }

            signed[i] = chosen.AtMinimum * magnitude[i];
            sign = chosen.After;
        }

        return signed;
    }

    /// <summary>
    /// T²(k) on <see cref="PointsPerDecade"/> points per decade between the first and last stored k: the square of the
    /// natural cubic spline in ln k of <see cref="SignedTransfer"/>. Curves of fewer than 4 samples are returned as they are.
    /// </summary>
    public static ScanCurve Fine(ScanCurve transfer)
    {
        ArgumentNullException.ThrowIfNull(transfer);
        var finite = Enumerable.Range(0, transfer.X.Length).Where(i => double.IsFinite(transfer.Y[i]) && transfer.X[i] > 0).ToArray();
        if (finite.Length < 4)
        {
            return transfer;
        }

        double[] k = [.. finite.Select(i => transfer.X[i])];
        double[] t2 = [.. finite.Select(i => transfer.Y[i])];
        var spline = CubicSpline.InterpolateNaturalSorted([.. k.Select(x => Math.Log(x))], SignedTransfer(k, t2));
        int count = (int)Math.Ceiling(PointsPerDecade * Math.Log10(k[^1] / k[0])) + 1;
        var fineK = LogGrid.Create(k[0], k[^1], Math.Max(count, 2));
        var fineT2 = fineK.Select(x => Math.Pow(spline.Interpolate(Math.Log(x)), 2)).ToArray();
        return transfer with { X = fineK, Y = fineT2 };
    }

    /// <summary>
    /// |Highest divided difference| of T in ln k over up to two samples either side of the minimum i, with the sign
    /// <paramref name="atMinimum"/> at i and <paramref name="after"/> beyond it: zero for a cubic through the samples, so
    /// the smooth choice makes it smallest.
    /// </summary>
    private static double Roughness(double[] lnK, double[] signed, double[] magnitude, int i, double atMinimum, double after)
    {
        int first = Math.Max(0, i - 2), last = Math.Min(magnitude.Length - 1, i + 2);
        var x = new List<double>();
        var t = new List<double>();
        for (int j = first; j <= last; j++)
        {
            x.Add(lnK[j]);
            t.Add(j < i ? signed[j] : j == i ? atMinimum * magnitude[j] : after * magnitude[j]);
        }

        // Divided differences in place: after pass p, t[j] holds f[x_j … x_{j+p}].
        for (int pass = 1; pass < x.Count; pass++)
        {
            for (int j = 0; j + pass < x.Count; j++)
            {
                t[j] = (t[j + 1] - t[j]) / (x[j + pass] - x[j]);
            }
        }

        return Math.Abs(t[0]);
    }
}
