using Freestream.Cosmology;
using MathNet.Numerics.Interpolation;
using MathNet.Numerics.RootFinding;

namespace Freestream.Structure;

/// <summary>
/// T²(k) of a transfer function as a natural cubic spline in ln k on the input grid, with the
/// first downward crossing of any level (as done for the CLASS reference k_1/2 values).
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
        spline = CubicSpline.InterpolateNaturalSorted(lnK, t2);
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
        for (int i = 0; i + 1 < t2.Length; i++)
        {
            if (t2[i] >= level && t2[i + 1] < level)
            {
                double root = Brent.FindRoot(x => spline.Interpolate(x) - level, lnK[i], lnK[i + 1], 1e-12, 200);
                return Math.Exp(root);
            }
        }

        return null;
    }
}
