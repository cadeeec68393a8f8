using Freestream.Numerics;

namespace Freestream.Tests.Numerics;

public class GridTests
{
    [Fact]
    public void LogGridHasExactEndpointsAndConstantRatio()
    {
        double[] grid = LogGrid.Create(1e-3, 1e2, 51);
        Assert.Equal(51, grid.Length);
        Assert.Equal(1e-3, grid[0]);
        Assert.Equal(1e2, grid[^1]);
        double ratio = Math.Pow(1e5, 1.0 / 50);
        for (int i = 1; i < grid.Length; i++)
        {
            Assert.True(Math.Abs(grid[i] / grid[i - 1] / ratio - 1) < 1e-12, $"ratio at {i}");
        }
    }

    [Fact]
    public void LinearGridHasExactEndpointsAndConstantSpacing()
    {
        double[] grid = LinearGrid.Create(-1, 3, 9);
        Assert.Equal([-1, -0.5, 0, 0.5, 1, 1.5, 2, 2.5, 3], grid);
    }

    [Fact]
    public void InvalidGridArgumentsThrowNamingTheParameter()
    {
        Assert.Equal("min", Assert.Throws<ArgumentOutOfRangeException>(() => LogGrid.Create(0, 1, 10)).ParamName);
        Assert.Equal("max", Assert.Throws<ArgumentOutOfRangeException>(() => LogGrid.Create(2, 1, 10)).ParamName);
        Assert.Equal("points", Assert.Throws<ArgumentOutOfRangeException>(() => LinearGrid.Create(0, 1, 1)).ParamName);
    }
}
