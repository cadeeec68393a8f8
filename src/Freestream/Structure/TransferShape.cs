using Freestream.Cosmology;
using MathNet.Numerics.Interpolation;

namespace Freestream.Structure;

/// <summary>
/// T²(k) of a transfer function as a natural cubic spline in ln k on the input grid, with the
/// first downward crossing of any level: the spline and the crossing finder of
/// <see cref="TransferAnalysis.CrossingScale(TransferFunction, double)"/>, built once per transfer function.
/// </summary>
public sealed class TransferShape
{
    private readonly double[] lnK;
    private readonly double[] t2;
    private readonly CubicSpline spline;

    /// <summary>Builds the spline of T² = P_model/P_CDM against ln k.</summary>
    public TransferShape(TransferFunction transfer)
    {
        ArgumentNullException.ThrowIfNull(transfer);
        lnK = transfer.KHMpc.Select(k => Math.Log(k)).ToArray();
        t2 = transfer.TransferSquared;
        spline = TransferAnalysis.TransferSquaredSpline(lnK, t2);
    }

    /// <summary>Smallest tabulated k in h/Mpc.</summary>
    public double KMinHMpc => Math.Exp(lnK[0]);

    /// <summary>Largest tabulated k in h/Mpc.</summary>
    public double KMaxHMpc => Math.Exp(lnK[^1]);

    /// <summary>Interpolated T²(k).</summary>
    public double TransferSquared(double kHMpc) => spline.Interpolate(Math.Log(kHMpc));

    /// <summary>
    /// The smallest k (h/Mpc) where T² falls through <paramref name="level"/>, or null when T² stays
    /// above it over the whole table (e.g. CDM).
    /// </summary>
    public double? FirstDownwardCrossing(double level)
    {
        double k = TransferAnalysis.CrossingScale(lnK, t2, spline, level);
        return double.IsNaN(k) ? null : k;
    }
}
