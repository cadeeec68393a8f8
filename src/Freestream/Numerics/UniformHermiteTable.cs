using MathNet.Numerics.Interpolation;

namespace Freestream.Numerics;

/// <summary>
/// A function tabulated on a uniform grid u_i = u_0 + i·h (i = 0 … n−1) with values and first derivatives,
/// interpolated by piecewise cubic Hermite polynomials. Evaluation is O(1) and allocation-free; outside
/// the grid the end cells are extrapolated. Slopes come from the caller (exact derivatives), from
/// fourth-order finite differences (<see cref="FromValues"/>) or from a natural cubic spline
/// (<see cref="NaturalSpline"/>, which the Hermite form then reproduces exactly).
/// </summary>
internal sealed class UniformHermiteTable
{
    private readonly double[] values;
    private readonly double[] slopes;
    private readonly double origin;
    private readonly double step;
    private readonly double inverseStep;

    /// <summary>Creates the table; derivatives dv/du are taken from <paramref name="slopes"/>.</summary>
    /// <param name="step">Grid spacing h.</param>
    /// <param name="values">v(u_i).</param>
    /// <param name="slopes">dv/du at u_i.</param>
    /// <param name="origin">First abscissa u_0.</param>
    public UniformHermiteTable(double step, double[] values, double[] slopes, double origin = 0)
    {
        this.origin = origin;
        this.step = step;
        inverseStep = 1.0 / step;
        this.values = values;
        this.slopes = slopes;
    }

    /// <summary>
    /// Creates the table with derivatives from fourth-order central differences of the values
    /// (one-sided at the two ends of the grid).
    /// </summary>
    /// <param name="step">Grid spacing h.</param>
    /// <param name="values">v(u_i), at least 5 nodes.</param>
    public static UniformHermiteTable FromValues(double step, double[] values) =>
        new(step, values, FiniteDifferenceSlopes(step, values));

    /// <summary>The natural cubic spline (MathNet) through (u_0 + i·h, v_i), stored in Hermite form.</summary>
    /// <param name="origin">First abscissa u_0.</param>
    /// <param name="step">Grid spacing h.</param>
    /// <param name="values">v(u_i), at least 3 nodes (copied).</param>
    public static UniformHermiteTable NaturalSpline(double origin, double step, double[] values)
    {
        var u = new double[values.Length];
        for (int i = 0; i < u.Length; i++)
        {
            u[i] = origin + i * step;
        }

        var spline = CubicSpline.InterpolateNaturalSorted(u, values);
        var slopes = new double[values.Length];
        for (int i = 0; i < u.Length; i++)
        {
            slopes[i] = spline.Differentiate(u[i]);
        }

        return new UniformHermiteTable(step, (double[])values.Clone(), slopes, origin);
    }

    /// <summary>Fourth-order finite-difference derivative of uniformly tabulated values.</summary>
    /// <param name="step">Grid spacing h.</param>
    /// <param name="v">Values, at least 5 nodes.</param>
    public static double[] FiniteDifferenceSlopes(double step, double[] v)
    {
        int n = v.Length;
        var d = new double[n];
        for (int i = 2; i < n - 2; i++)
        {
            d[i] = (v[i - 2] - 8.0 * v[i - 1] + 8.0 * v[i + 1] - v[i + 2]) / (12.0 * step);
        }

        d[0] = (-25.0 * v[0] + 48.0 * v[1] - 36.0 * v[2] + 16.0 * v[3] - 3.0 * v[4]) / (12.0 * step);
        d[1] = (-3.0 * v[0] - 10.0 * v[1] + 18.0 * v[2] - 6.0 * v[3] + v[4]) / (12.0 * step);
        d[n - 2] = (3.0 * v[n - 1] + 10.0 * v[n - 2] - 18.0 * v[n - 3] + 6.0 * v[n - 4] - v[n - 5]) / (12.0 * step);
        d[n - 1] = (25.0 * v[n - 1] - 48.0 * v[n - 2] + 36.0 * v[n - 3] - 16.0 * v[n - 4] + 3.0 * v[n - 5]) / (12.0 * step);
        return d;
    }

    /// <summary>Largest tabulated abscissa u_{n−1}.</summary>
    public double MaxArgument => origin + (values.Length - 1) * step;

    /// <summary>Value at the last node.</summary>
    public double LastValue => values[^1];

    /// <summary>Derivative at the last node.</summary>
    public double LastSlope => slopes[^1];

    /// <summary>Interpolated value v(u).</summary>
    /// <param name="u">Abscissa.</param>
    public double Evaluate(double u)
    {
        int i = Cell(u, out double s);
        double s2 = s * s;
        double s3 = s2 * s;
        double h00 = 2.0 * s3 - 3.0 * s2 + 1.0;
        double h10 = s3 - 2.0 * s2 + s;
        double h01 = -2.0 * s3 + 3.0 * s2;
        double h11 = s3 - s2;
        return h00 * values[i] + h10 * step * slopes[i] + h01 * values[i + 1] + h11 * step * slopes[i + 1];
    }

    /// <summary>Interpolated derivative dv/du.</summary>
    /// <param name="u">Abscissa.</param>
    public double Derivative(double u)
    {
        int i = Cell(u, out double s);
        double s2 = s * s;
        double d00 = (6.0 * s2 - 6.0 * s) * inverseStep;
        double d10 = 3.0 * s2 - 4.0 * s + 1.0;
        double d01 = (-6.0 * s2 + 6.0 * s) * inverseStep;
        double d11 = 3.0 * s2 - 2.0 * s;
        return d00 * values[i] + d10 * slopes[i] + d01 * values[i + 1] + d11 * slopes[i + 1];
    }

    /// <summary>Interpolated value and derivative in one cell lookup.</summary>
    /// <param name="u">Abscissa.</param>
    /// <param name="derivative">dv/du at <paramref name="u"/>.</param>
    /// <returns>v(u).</returns>
    public double Evaluate(double u, out double derivative)
    {
        int i = Cell(u, out double s);
        double s2 = s * s;
        double s3 = s2 * s;
        double v0 = values[i];
        double v1 = values[i + 1];
        double m0 = slopes[i];
        double m1 = slopes[i + 1];
        derivative = ((6.0 * s2 - 6.0 * s) * (v0 - v1)) * inverseStep + (3.0 * s2 - 4.0 * s + 1.0) * m0 + (3.0 * s2 - 2.0 * s) * m1;
        return (2.0 * s3 - 3.0 * s2 + 1.0) * v0 + (s3 - 2.0 * s2 + s) * step * m0 + (-2.0 * s3 + 3.0 * s2) * v1 + (s3 - s2) * step * m1;
    }

    private int Cell(double u, out double s)
    {
        double position = (u - origin) * inverseStep;
        int i = (int)Math.Floor(position);
        if (i < 0)
        {
            i = 0;
        }
        else if (i > values.Length - 2)
        {
            i = values.Length - 2;
        }

        s = position - i;
        return i;
    }
}
