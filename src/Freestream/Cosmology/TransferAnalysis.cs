using MathNet.Numerics.Interpolation;
using MathNet.Numerics.RootFinding;
using Freestream.Structure;

namespace Freestream.Cosmology;

/// <summary>Derived numbers of a <see cref="TransferFunction"/>: half-mode scales and a resampled T².</summary>
public static class TransferAnalysis
{
    /// <summary>
    /// First downward crossing of T²(k) = <paramref name="level"/> in h/Mpc, or NaN if T² never falls below it:
    /// the first tabulated interval where T² goes from ≥ level to &lt; level, then Brent's root of a natural cubic
    /// spline of T² in ln k on the sampled grid (the CLASS reference k_1/2 of khalf_summary.dat is a cubic-spline
    /// root in ln k too). k_1/2 uses level ½; the "amplitude" half mode T = ½ uses level ¼.
    /// </summary>
    public static double CrossingScale(TransferFunction transfer, double level = 0.5)
    {
        ArgumentNullException.ThrowIfNull(transfer);
        var lnK = transfer.KHMpc.Select(v => Math.Log(v)).ToArray();
        var t2 = transfer.TransferSquared;
        return CrossingScale(lnK, t2, TransferSquaredSpline(lnK, t2), level);
    }

    /// <summary>The natural cubic spline of T² against ln k used by <see cref="CrossingScale(TransferFunction, double)"/>.</summary>
    internal static CubicSpline TransferSquaredSpline(double[] lnK, double[] transferSquared) =>
        CubicSpline.InterpolateNaturalSorted(lnK, transferSquared);

    /// <summary>
    /// <see cref="CrossingScale(TransferFunction, double)"/> on a table T²(ln k) and its
    /// <see cref="TransferSquaredSpline"/>, for callers that keep the spline.
    /// </summary>
    internal static double CrossingScale(double[] lnK, double[] transferSquared, CubicSpline spline, double level)
    {
        for (int i = 0; i + 1 < transferSquared.Length; i++)
        {
            if (transferSquared[i] >= level && transferSquared[i + 1] < level)
            {
                return Math.Exp(Brent.FindRoot(x => spline.Interpolate(x) - level, lnK[i], lnK[i + 1], 1e-12, 200));
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
