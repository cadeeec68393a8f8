using System.Globalization;
using MathNet.Numerics.Interpolation;

namespace Freestream.Distributions;

/// <summary>
/// The shape of a non-cold species' phase-space distribution f(q) (q = p/T_ν0 today) with its logarithmic
/// slope s = d ln f/d ln q, which sources the momentum hierarchy (Ma &amp; Bertschinger 1995 eqs. 56–58).
/// Only the shape matters: the amplitude is fixed later by Ω h².
/// </summary>
public abstract class NcdmDistribution
{
    /// <summary>f(q) (any normalisation).</summary>
    public abstract double F(double q);

    /// <summary>s(q) = d ln f/d ln q.</summary>
    public abstract double LogSlope(double q);

    /// <summary>Fermi–Dirac f = 1/(e^{q/t} + 1) with t = T_X/T_ν0.</summary>
    /// <param name="temperatureRatio">t = T_X/T_ν0, finite and &gt; 0.</param>
    public static NcdmDistribution FermiDirac(double temperatureRatio)
    {
        if (!double.IsFinite(temperatureRatio) || temperatureRatio <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(temperatureRatio), temperatureRatio, "temperatureRatio must be finite and > 0");
        }

        return new FermiDiracDistribution(temperatureRatio);
    }

    /// <summary>
    /// A tabulated f(q): monotone (PCHIP) spline of ln f against ln q; below the first point the power law
    /// through the first two points, above the last point the exponential in q through the last two points
    /// (boltzmann.md §11). f must be finite and ≥ 0 with at least 4 positive values.
    /// </summary>
    /// <param name="q">Momenta q = p/T_ν0, strictly increasing and &gt; 0.</param>
    /// <param name="f">Occupation numbers.</param>
    /// <exception cref="InvalidDataException">The table is not a normalisable distribution.</exception>
    public static NcdmDistribution Tabulated(IReadOnlyList<double> q, IReadOnlyList<double> f) => new TabulatedDistribution(q, f);

    private sealed class FermiDiracDistribution(double t) : NcdmDistribution
    {
        public override double F(double q) => 1.0 / (Math.Exp(q / t) + 1.0);

        public override double LogSlope(double q)
        {
            double x = q / t;
            return -x / (1.0 + Math.Exp(-x));
        }
    }

    private sealed class TabulatedDistribution : NcdmDistribution
    {
        private readonly CubicSpline spline;
        private readonly double lnQMin;
        private readonly double lnQMax;
        private readonly double lnFMin;
        private readonly double lnFMax;
        private readonly double lowSlope;
        private readonly double tailRate;

        public TabulatedDistribution(IReadOnlyList<double> q, IReadOnlyList<double> f)
        {
            if (q.Count != f.Count)
            {
                throw new ArgumentException("q and f must have the same length", nameof(f));
            }

            var lnQ = new List<double>();
            var lnF = new List<double>();
            for (int i = 0; i < q.Count; i++)
            {
                if (!double.IsFinite(q[i]) || q[i] <= 0 || !double.IsFinite(f[i]) || f[i] < 0)
                {
                    throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"f(q) table: row {i + 1} (q = {q[i]}, f = {f[i]}) must have finite q > 0 and f >= 0"));
                }

                if (i > 0 && q[i] <= q[i - 1])
                {
                    throw new InvalidDataException($"f(q) table: q must increase strictly (row {i + 1})");
                }

                if (f[i] > 0)
                {
                    lnQ.Add(Math.Log(q[i]));
                    lnF.Add(Math.Log(f[i]));
                }
            }

            if (lnQ.Count < 4)
            {
                throw new InvalidDataException("f(q) table: at least 4 rows with f > 0 are needed");
            }

            spline = CubicSpline.InterpolatePchipSorted(lnQ.ToArray(), lnF.ToArray());
            lnQMin = lnQ[0];
            lnQMax = lnQ[^1];
            lnFMin = lnF[0];
            lnFMax = lnF[^1];
            lowSlope = (lnF[1] - lnF[0]) / (lnQ[1] - lnQ[0]);
            double qLast = Math.Exp(lnQ[^1]), qPrev = Math.Exp(lnQ[^2]);
            tailRate = (lnF[^1] - lnF[^2]) / (qLast - qPrev);
            if (lowSlope <= -3)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"f(q) is not normalisable: f ∝ q^{lowSlope:G3} at small q makes ∫q²f dq diverge"));
            }

            if (tailRate >= 0)
            {
                throw new InvalidDataException("f(q) is not normalisable: f does not fall off at the largest tabulated q");
            }
        }

        public override double F(double q)
        {
            double lq = Math.Log(q);
            if (lq < lnQMin)
            {
                return Math.Exp(lnFMin + lowSlope * (lq - lnQMin));
            }

            if (lq > lnQMax)
            {
                return Math.Exp(lnFMax + tailRate * (q - Math.Exp(lnQMax)));
            }

            return Math.Exp(spline.Interpolate(lq));
        }

        public override double LogSlope(double q)
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
}
