using MathNet.Numerics.Interpolation;

namespace Freestream.Cosmology;

/// <summary>Derived numbers of a <see cref="TransferFunction"/>: half-mode scales and a resampled T².</summary>
public static class TransferAnalysis
{
    /// <summary>
    /// First downward crossing of T²(k) = <paramref name="level"/> in h/Mpc (cubic spline of T² in ln k on the
    /// sampled grid, bisection inside the bracketing interval), or NaN if T² never falls below it.
    /// k_1/2 uses level ½; the "amplitude" half mode T = ½ uses level ¼.
    /// </summary>
    public static double CrossingScale(TransferFunction transfer, double level = 0.5)
    {
        ArgumentNullException.ThrowIfNull(transfer);
        var t2 = transfer.TransferSquared;
        var lnk = transfer.KHMpc.Select(v => Math.Log(v)).ToArray();
        var spline = CubicSpline.InterpolateAkimaSorted(lnk, t2);
        for (int i = 0; i + 1 < t2.Length; i++)
        {
            if (t2[i] >= level && t2[i + 1] < level)
            {
                double lo = lnk[i], hi = lnk[i + 1];
                for (int it = 0; it < 60; it++)
                {
                    double mid = 0.5 * (lo + hi);
                    if (spline.Interpolate(mid) >= level)
                    {
                        lo = mid;
                    }
                    else
                    {
                        hi = mid;
                    }
                }

                return Math.Exp(0.5 * (lo + hi));
            }
        }

        return double.NaN;
    }

    /// <summary>k_1/2: T²(k_1/2) = ½ (h/Mpc).</summary>
    public static double HalfModeScale(TransferFunction transfer) => CrossingScale(transfer, 0.5);

    /// <summary>k at which the amplitude T = ½, i.e. T² = ¼ (h/Mpc).</summary>
    public static double HalfModeAmplitudeScale(TransferFunction transfer) => CrossingScale(transfer, 0.25);

    /// <summary>T²(k) at arbitrary k inside the grid (Akima spline in ln k).</summary>
    public static double TransferSquaredAt(TransferFunction transfer, double kHMpc)
    {
        ArgumentNullException.ThrowIfNull(transfer);
        var spline = CubicSpline.InterpolateAkimaSorted(transfer.KHMpc.Select(v => Math.Log(v)).ToArray(), transfer.TransferSquared);
        return spline.Interpolate(Math.Log(kHMpc));
    }
}
