using Freestream.Numerics;

namespace Freestream.Tests.Numerics;

public class DenseLuTests
{
    [Fact]
    public void SolvesSystemThatNeedsPivoting()
    {
        // A zero leading pivot forces row exchanges; x = (1, 2, 3, 4) must be recovered.
        double[] a =
        [
            0, 2, 1, 4,
            3, 1, 0, 2,
            1, 0, 5, 1,
            2, 4, 1, 0,
        ];
        double[] x = [1, 2, 3, 4];
        var b = new double[4];
        for (int i = 0; i < 4; i++)
        {
            for (int j = 0; j < 4; j++)
            {
                b[i] += a[i * 4 + j] * x[j];
            }
        }

        var lu = new DenseLu(4);
        a.CopyTo(lu.Matrix, 0);
        Assert.True(lu.Factor());
        lu.Solve(b);
        for (int i = 0; i < 4; i++)
        {
            Assert.True(Math.Abs(b[i] - x[i]) < 1e-13, $"x{i} = {b[i]}");
        }
    }

    [Fact]
    public void ReportsSingularMatrix()
    {
        var lu = new DenseLu(2);
        double[] singular = [1, 2, 2, 4];
        singular.CopyTo(lu.Matrix, 0);
        Assert.False(lu.Factor());
    }
}
