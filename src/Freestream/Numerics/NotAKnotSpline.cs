using MathNet.Numerics.Interpolation;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace Freestream.Numerics;

/// <summary>
/// Cubic interpolating splines with the not-a-knot end conditions (the third derivative is continuous at the
/// second and the second-to-last node), for a fixed set of nodes and any number of value sets.
/// </summary>
/// <remarks>
/// <para>This is the spline that FITPACK (Dierckx, <c>curfit</c>/<c>regrid</c> with smoothing s = 0) and MATLAB's
/// <c>spline</c> build: the interior knots are the data nodes except the second and the second-to-last. A tensor-product
/// interpolant on a rectangular table is obtained by applying it along one axis and then the other. Unlike the natural
/// spline it reproduces any cubic exactly, and across a gap in the nodes it continues the trend of the data on both sides
/// instead of relaxing to zero curvature.</para>
/// <para>The node slopes d solve the tridiagonal-plus-corners system
/// h_i d_{i−1} + 2(h_{i−1} + h_i) d_i + h_{i−1} d_{i+1} = 3(h_i δ_{i−1} + h_{i−1} δ_i), with the end rows
/// h_1 d_0 + (h_0 + h_1) d_1 = [(h_0 + 2(h_0 + h_1)) h_1 δ_0 + h_0² δ_1]/(h_0 + h_1) and its mirror image
/// (de Boor, A Practical Guide to Splines, ch. IV); the LU factorisation is kept (MathNet), the spline between nodes is
/// MathNet's cubic Hermite interpolant with these slopes.</para>
/// </remarks>
public sealed class NotAKnotSpline
{
    private readonly double[] nodes;
    private readonly double[] widths;
    private readonly LU<double> factorisation;

    /// <summary>Prepares splines on strictly increasing <paramref name="nodes"/> (at least 4).</summary>
    public NotAKnotSpline(IReadOnlyList<double> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        int n = nodes.Count;
        if (n < 4)
        {
            throw new ArgumentException("a not-a-knot cubic spline needs at least 4 nodes", nameof(nodes));
        }

        this.nodes = [.. nodes];
        widths = new double[n - 1];
        for (int i = 0; i < n - 1; i++)
        {
            widths[i] = this.nodes[i + 1] - this.nodes[i];
            if (!(widths[i] > 0))
            {
                throw new ArgumentException("the spline nodes must be finite and strictly increasing", nameof(nodes));
            }
        }

        var h = widths;
        var matrix = Matrix<double>.Build.Dense(n, n);
        matrix[0, 0] = h[1];
        matrix[0, 1] = h[0] + h[1];
        for (int i = 1; i < n - 1; i++)
        {
            matrix[i, i - 1] = h[i];
            matrix[i, i] = 2 * (h[i - 1] + h[i]);
            matrix[i, i + 1] = h[i - 1];
        }

        matrix[n - 1, n - 2] = h[n - 2] + h[n - 3];
        matrix[n - 1, n - 1] = h[n - 3];
        factorisation = matrix.LU();
    }

    /// <summary>The nodes.</summary>
    public IReadOnlyList<double> Nodes => nodes;

    /// <summary>The spline through (node_i, <paramref name="values"/>_i).</summary>
    public IInterpolation Interpolate(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        int n = nodes.Length;
        if (values.Count != n)
        {
            throw new ArgumentException($"expected {n} values, got {values.Count}", nameof(values));
        }

        var h = widths;
        var slope = new double[n - 1];
        for (int i = 0; i < n - 1; i++)
        {
            slope[i] = (values[i + 1] - values[i]) / h[i];
        }

        var rhs = Vector<double>.Build.Dense(n);
        rhs[0] = (((h[0] + (2 * (h[0] + h[1]))) * h[1] * slope[0]) + (h[0] * h[0] * slope[1])) / (h[0] + h[1]);
        for (int i = 1; i < n - 1; i++)
        {
            rhs[i] = 3 * ((h[i] * slope[i - 1]) + (h[i - 1] * slope[i]));
        }

        double hl = h[n - 2], hp = h[n - 3];
        rhs[n - 1] = ((hl * hl * slope[n - 3]) + (((2 * (hp + hl)) + hl) * hp * slope[n - 2])) / (hp + hl);
        var derivatives = factorisation.Solve(rhs).ToArray();
        return CubicSpline.InterpolateHermiteSorted(nodes, [.. values], derivatives);
    }
}
