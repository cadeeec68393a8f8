using MathNet.Numerics.Interpolation;

namespace Freestream.Thermal;

/// <summary>
/// Piecewise-cubic Hermite interpolant on a uniform grid: values and slopes at the nodes, O(1) lookup
/// without allocation or search. Built either from exact node slopes (cubic Hermite) or from a MathNet
/// natural cubic spline, whose node slopes make the Hermite form reproduce the spline exactly.
/// </summary>
internal sealed class UniformCubicTable
{
    private readonly double _x0;
    private readonly double _step;
    private readonly double _inverseStep;
    private readonly double[] _y;
    private readonly double[] _slope;

    private UniformCubicTable(double x0, double step, double[] y, double[] slope)
    {
        _x0 = x0;
        _step = step;
        _inverseStep = 1.0 / step;
        _y = y;
        _slope = slope;
    }

    /// <summary>Cubic Hermite interpolant of (x0 + i·step, y[i]) with slopes dy[i].</summary>
    public static UniformCubicTable Hermite(double x0, double step, double[] y, double[] dy) => new(x0, step, y, dy);

    /// <summary>The natural cubic spline (MathNet) through (x0 + i·step, y[i]), stored in Hermite form.</summary>
    public static UniformCubicTable NaturalSpline(double x0, double step, double[] y)
    {
        var x = new double[y.Length];
        for (int i = 0; i < x.Length; i++)
        {
            x[i] = x0 + i * step;
        }

        var spline = CubicSpline.InterpolateNaturalSorted(x, y);
        var slope = new double[y.Length];
        for (int i = 0; i < x.Length; i++)
        {
            slope[i] = spline.Differentiate(x[i]);
        }

        return new UniformCubicTable(x0, step, (double[])y.Clone(), slope);
    }

    /// <summary>Interpolated value at x, which must lie inside the grid (callers clamp).</summary>
    public double Interpolate(double x)
    {
        double u = (x - _x0) * _inverseStep;
        int i = (int)u;
        if (i >= _y.Length - 1)
        {
            i = _y.Length - 2;
        }
        else if (i < 0)
        {
            i = 0;
        }

        double t = u - i;
        double t2 = t * t;
        double t3 = t2 * t;
        double h00 = 2 * t3 - 3 * t2 + 1;
        double h10 = t3 - 2 * t2 + t;
        double h01 = -2 * t3 + 3 * t2;
        double h11 = t3 - t2;
        return h00 * _y[i] + h01 * _y[i + 1] + _step * (h10 * _slope[i] + h11 * _slope[i + 1]);
    }
}
