using Freestream.Plotting;

namespace Freestream.Tests.Scans;

public class ContourTracerTests
{
    private static readonly double[] Grid = [.. Enumerable.Range(0, 11).Select(i => i * 0.1)];

    private static double[,] Sample(Func<double, double, double> f)
    {
        var z = new double[Grid.Length, Grid.Length];
        for (int i = 0; i < Grid.Length; i++)
        {
            for (int j = 0; j < Grid.Length; j++)
            {
                z[i, j] = f(Grid[i], Grid[j]);
            }
        }

        return z;
    }

    [Fact]
    public void FunctionOfXAloneGivesOneVerticalLine()
    {
        // Freeze-in: m_N depends on λ only (docs/physics/scalar_decay.md §4.2), so iso-mass lines are vertical.
        var line = Assert.Single(ContourTracer.Trace(Grid, Grid, Sample((x, _) => 3 * x), 1.35));
        Assert.All(line, p => Assert.Equal(0.45, p.X, 12));
        Assert.Equal(Grid.Length, line.Length);
        Assert.Equal(1.0, line.Max(p => p.Y) - line.Min(p => p.Y), 12);
    }

    [Fact]
    public void FunctionOfYAloneGivesOneHorizontalLine()
    {
        // Equilibrium decays: m_N ∝ 1/y², horizontal iso-mass lines.
        var line = Assert.Single(ContourTracer.Trace(Grid, Grid, Sample((_, y) => -2 * Math.Log10(y + 0.01)), 1.0));
        double expectedY = Math.Pow(10, -0.5) - 0.01;
        Assert.All(line, p => Assert.Equal(expectedY, p.Y, 2));
        Assert.Equal(1.0, line.Max(p => p.X) - line.Min(p => p.X), 12);
    }

    [Fact]
    public void CircleIsOneClosedLoopOnTheRadius()
    {
        var line = Assert.Single(ContourTracer.Trace(Grid, Grid, Sample((x, y) => Math.Sqrt((x - 0.5) * (x - 0.5) + (y - 0.5) * (y - 0.5))), 0.3));
        Assert.Equal(line[0], line[^1]);
        // Linear interpolation of a smooth function on a 0.1 grid: radius error well under h²/R.
        Assert.All(line, p => Assert.Equal(0.3, Math.Sqrt((p.X - 0.5) * (p.X - 0.5) + (p.Y - 0.5) * (p.Y - 0.5)), 2));
    }

    [Fact]
    public void MissingDataSplitsTheLine()
    {
        var z = Sample((x, _) => x);
        z[5, 5] = double.NaN;
        var lines = ContourTracer.Trace(Grid, Grid, z, 0.55);
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.All(l, p => Assert.Equal(0.55, p.X, 12)));
    }
}
