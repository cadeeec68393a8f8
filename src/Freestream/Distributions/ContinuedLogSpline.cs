using System.Globalization;
using MathNet.Numerics.Interpolation;

namespace Freestream.Distributions;

/// <summary>
/// A tabulated f(q) continued to every q &gt; 0, as the Boltzmann solver needs it (docs/physics/boltzmann.md §11):
/// a monotone (PCHIP, Fritsch–Carlson) spline of ln f against ln q through the rows with f &gt; 0; below the first
/// such row the power law through the first two, above the last the exponential in q through the last two.
/// The logarithmic slope s = d ln f/d ln q, which sources the ncdm momentum hierarchy (Ma &amp; Bertschinger 1995
/// eqs. 56–58), is the spline's derivative. The continuation must be normalisable: s &gt; −3 at small q and f
/// falling at the largest q.
/// </summary>
internal sealed class ContinuedLogSpline
{
    /// <summary>Fewest rows with f &gt; 0 that define a PCHIP spline and both continuations.</summary>
    private const int MinimumPositiveRows = 4;

    private readonly CubicSpline spline;
    private readonly double lnQMin;
    private readonly double lnQMax;
    private readonly double lnFMin;
    private readonly double lnFMax;
    private readonly double lowSlope;
    private readonly double tailRate;

    /// <exception cref="InvalidDataException">Fewer than four positive rows, or a continuation that is not normalisable.</exception>
    public ContinuedLogSpline(IReadOnlyList<double> q, IReadOnlyList<double> f)
    {
        var lnQ = new List<double>();
        var lnF = new List<double>();
        for (int i = 0; i < q.Count; i++)
        {
            if (f[i] > 0)
            {
                lnQ.Add(Math.Log(q[i]));
                lnF.Add(Math.Log(f[i]));
            }
        }

        if (lnQ.Count < MinimumPositiveRows)
        {
            throw new InvalidDataException($"f(q) table: at least {MinimumPositiveRows} rows with f > 0 are needed");
        }

        spline = CubicSpline.InterpolatePchipSorted(lnQ.ToArray(), lnF.ToArray());
        lnQMin = lnQ[0];
        lnQMax = lnQ[^1];
        lnFMin = lnF[0];
        lnFMax = lnF[^1];
        lowSlope = (lnF[1] - lnF[0]) / (lnQ[1] - lnQ[0]);
        double qLast = Math.Exp(lnQ[^1]), qPrevious = Math.Exp(lnQ[^2]);
        tailRate = (lnF[^1] - lnF[^2]) / (qLast - qPrevious);
        if (lowSlope <= -3)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"f(q) is not normalisable: f ∝ q^{lowSlope:G3} at small q makes ∫q²f dq diverge"));
        }

        if (tailRate >= 0)
        {
            throw new InvalidDataException("f(q) is not normalisable: f does not fall off at the largest tabulated q");
        }
    }

    /// <summary>f(q) for q &gt; 0.</summary>
    public double Value(double q)
    {
        double lq = Math.Log(q);
        if (lq < lnQMin)
        {
            return Math.Exp(lnFMin + (lowSlope * (lq - lnQMin)));
        }

        if (lq > lnQMax)
        {
            return Math.Exp(lnFMax + (tailRate * (q - Math.Exp(lnQMax))));
        }

        return Math.Exp(spline.Interpolate(lq));
    }

    /// <summary>s(q) = d ln f/d ln q for q &gt; 0.</summary>
    public double LogSlope(double q)
    {
        double lq = Math.Log(q);
        if (lq < lnQMin)
        {
            return lowSlope;
        }

        if (lq > lnQMax)
        {
            return tailRate * q;
        }

        return spline.Differentiate(lq);
    }
}
