using Freestream.Cosmology;
using Freestream.Scans;

namespace Freestream.Tests.Scans;

public class ScanShardTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    public void ShardsPartitionTheGrid(int count)
    {
        var specification = ScanTestSpecs.Plane(6, 5);
        var seen = new int[specification.PointCount];
        for (int i = 1; i <= count; i++)
        {
            foreach (var point in specification.Points(new ScanShard(i, count)))
            {
                seen[point.Index]++;
            }
        }

        Assert.All(seen, n => Assert.Equal(1, n));
    }

    [Theory]
    [InlineData("0/4")]
    [InlineData("5/4")]
    [InlineData("1/0")]
    public void OutOfRangeShardsAreRejected(string text)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ScanShard.Parse(text));
    }

    [Fact]
    public void MalformedShardIsAFormatError()
    {
        Assert.Throws<FormatException>(() => ScanShard.Parse("2-4"));
    }
}

/// <summary>Specifications used by the scan tests.</summary>
internal static class ScanTestSpecs
{
    public static ScanSpecification Plane(int lambdaPoints, int yukawaPoints, double scalarMassGeV = 100) => ScanSpecification.ScalarDecay(
        scalarMassGeV,
        ScanAxis.LogSpaced("lambda", 1e-10, 1e-4, lambdaPoints),
        ScanAxis.LogSpaced("yukawa", 1e-11, 1e-6, yukawaPoints),
        CosmologyParameters.Planck2018);
}
