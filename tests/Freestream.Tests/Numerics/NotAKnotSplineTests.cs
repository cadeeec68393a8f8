using Freestream.Numerics;

namespace Freestream.Tests.Numerics;

/// <summary>Not-a-knot cubic spline: exact for cubics (a natural spline is not), converges as h⁴.</summary>
public class NotAKnotSplineTests
{
    [Fact]
    public void ReproducesACubicExactlyOnUnevenNodes()
    {
        // de Boor, A Practical Guide to Splines, ch. IV: with not-a-knot ends the interpolant of a cubic is the cubic itself.
        double[] x = [0.0, 0.3, 0.35, 1.1, 2.0, 2.2, 3.7, 5.0];
        static double Cubic(double t) => 2 - t + (0.5 * t * t) - (0.3 * t * t * t);
        var spline = new NotAKnotSpline(x).Interpolate([.. x.Select(Cubic)]);
        foreach (double t in new[] { 0.1, 0.32, 0.7, 1.9, 2.9, 4.4, 4.99 })
        {
            Assert.Equal(Cubic(t), spline.Interpolate(t), 12);
            Assert.Equal(-1 + t - (0.9 * t * t), spline.Differentiate(t), 10);
        }
    }

    [Fact]
    public void ErrorFallsAsFourthPowerOfTheSpacing()
    {
        static double MaxError(int n)
        {
            var x = Enumerable.Range(0, n).Select(i => 3.0 * i / (n - 1)).ToArray();
            var spline = new NotAKnotSpline(x).Interpolate([.. x.Select(Math.Exp)]);
            return Enumerable.Range(0, 300).Select(i => 3.0 * (i + 0.5) / 300).Max(t => Math.Abs(spline.Interpolate(t) - Math.Exp(t)));
        }

        double ratio = MaxError(11) / MaxError(21);
        Assert.InRange(ratio, 12, 20);
    }

    [Fact]
    public void RejectsTooFewOrUnorderedNodes()
    {
        Assert.Throws<ArgumentException>(() => new NotAKnotSpline([0.0, 1.0, 2.0]));
        Assert.Throws<ArgumentException>(() => new NotAKnotSpline([0.0, 2.0, 1.0, 3.0]));
    }
}
