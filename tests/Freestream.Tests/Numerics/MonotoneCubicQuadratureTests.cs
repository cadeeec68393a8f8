using Freestream.Numerics;

namespace Freestream.Tests.Numerics;

/// <summary>The monotone (PCHIP) quadrature: exact for straight lines, fourth order, never negative for non-negative data.</summary>
public class MonotoneCubicQuadratureTests
{
    [Fact]
    public void StraightLineIsIntegratedExactlyOnAnUnevenGrid()
    {
        // PCHIP reproduces a linear function (every secant equal, so every node derivative is that slope).
        double[] x = [0.1, 0.3, 0.35, 1.2, 2.0, 2.01, 4.5];
        double[] y = [.. x.Select(v => 3 - (0.5 * v))];
        double exact = (3 * (4.5 - 0.1)) - (0.25 * ((4.5 * 4.5) - (0.1 * 0.1)));
        Assert.Equal(exact, MonotoneCubicQuadrature.Integrate(x, y), 1e-13);
    }

    [Fact]
    public void ErrorFallsAsTheFourthPowerOfTheSpacing()
    {
        // ∫₀¹ eˣ dx = e − 1 on uniform grids of 10, 20, 40 intervals: the error ratio of successive halvings tends to 2⁴ = 16.
        double Error(int intervals)
        {
            double[] x = [.. Enumerable.Range(0, intervals + 1).Select(i => (double)i / intervals)];
            return Math.Abs(MonotoneCubicQuadrature.Integrate(x, x.Select(Math.Exp).ToArray()) - (Math.E - 1));
        }

        double ratio1 = Error(10) / Error(20);
        double ratio2 = Error(20) / Error(40);
        Assert.InRange(ratio1, 12, 20);
        Assert.InRange(ratio2, 14, 18);
    }

    [Fact]
    public void ZeroRunsAndSpikesNeverGiveANegativeIntegral()
    {
        // Non-negative data of every shape (zero runs, isolated spikes, steps over 30 decades) on random
        // uneven grids: the interpolant stays between neighbouring values, so the integral is ≥ 0 and at
        // least h·min(yᵢ, yᵢ₊₁) summed over the intervals.
        var random = new Random(14);
        for (int trial = 0; trial < 2000; trial++)
        {
            int n = random.Next(3, 30);
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++)
            {
                x[i] = (i == 0 ? 0 : x[i - 1]) + Math.Pow(10, (random.NextDouble() * 4) - 2);
                y[i] = random.Next(3) == 0 ? 0 : Math.Pow(10, (random.NextDouble() * 30) - 15);
            }

            double lower = 0;
            for (int i = 0; i < n - 1; i++)
            {
                lower += (x[i + 1] - x[i]) * Math.Min(y[i], y[i + 1]);
            }

            double integral = MonotoneCubicQuadrature.Integrate(x, y);
            Assert.True(integral >= lower * (1 - 1e-12), $"trial {trial}: ∫ = {integral} below Σ h min(y) = {lower}");
        }
    }

    [Fact]
    public void AllZeroDataIntegratesToZeroAndOverflowToNaN()
    {
        double[] x = [1, 2, 3, 4];
        Assert.Equal(0, MonotoneCubicQuadrature.Integrate(x, new double[4]));
        Assert.True(double.IsNaN(MonotoneCubicQuadrature.Integrate(x, [1, double.PositiveInfinity, 1, 1])));
        Assert.Throws<ArgumentException>(() => MonotoneCubicQuadrature.Integrate([1, 2], [1, 1]));
    }
}
