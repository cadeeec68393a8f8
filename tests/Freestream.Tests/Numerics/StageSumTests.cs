using Freestream.Numerics;

namespace Freestream.Tests.Numerics;

public class StageSumTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(33)]
    public void SumsMatchElementwiseArithmeticAcrossTheVectorisedPartAndTheTail(int n)
    {
        // Integers keep every sum exact, so the vectorised body and the scalar tail must agree bit for bit.
        var y = Enumerable.Range(0, n).Select(i => (double)i).ToArray();
        var k = Enumerable.Range(1, 6).Select(j => Enumerable.Range(0, n).Select(i => (double)((i * j) % 5 - 2)).ToArray()).ToArray();
        var d = new double[n];
        StageSum.Combine(d, y, 1, k[0], -2, k[1], 3, k[2], 0.5, k[3], -1, k[4], 2, k[5]);
        for (int i = 0; i < n; i++)
        {
            double expected = y[i] + k[0][i] - 2 * k[1][i] + 3 * k[2][i] + 0.5 * k[3][i] - k[4][i] + 2 * k[5][i];
            Assert.Equal(expected, d[i]);
        }

        // Fewer terms, written over y itself.
        var copy = (double[])y.Clone();
        StageSum.Combine(copy, copy, 4, k[0], -1, k[1]);
        for (int i = 0; i < n; i++)
        {
            Assert.Equal(y[i] + 4 * k[0][i] - k[1][i], copy[i]);
        }
    }
}
