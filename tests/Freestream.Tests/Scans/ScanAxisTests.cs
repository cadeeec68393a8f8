using Freestream.Scans;

namespace Freestream.Tests.Scans;

public class ScanAxisTests
{
    [Fact]
    public void RangeIsLogSpacedWithExactEnds()
    {
        var axis = ScanAxis.Parse("lambda", "1e-10:1e-4:25");
        Assert.Equal(25, axis.Count);
        Assert.Equal(1e-10, axis.Values[0]);
        Assert.Equal(1e-4, axis.Values[^1]);
        // 6 decades in 24 steps: every ratio is 10^(1/4).
        for (int i = 1; i < axis.Count; i++)
        {
            Assert.Equal(Math.Pow(10, 0.25), axis.Values[i] / axis.Values[i - 1], 12);
        }
    }

    [Fact]
    public void ListIsSortedAndKept()
    {
        var axis = ScanAxis.Parse("yukawa", "1e-7, 1e-9,1e-8");
        Assert.Equal([1e-9, 1e-8, 1e-7], axis.Values);
    }

    [Theory]
    [InlineData("1e-4:1e-10:25")] // min > max
    [InlineData("1e-10:1e-4:0")] // zero points
    [InlineData("0:1e-4:5")] // not > 0
    [InlineData("1e-8:1e-8:3")] // min = max with several points
    [InlineData("1e-8,1e-8")] // duplicate
    public void BadRangesAreRejected(string text)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ScanAxis.Parse("lambda", text));
    }

    [Theory]
    [InlineData("1e-10:1e-4")]
    [InlineData("a,b")]
    [InlineData("1e-10:1e-4:2.5")]
    public void MalformedTextIsAFormatError(string text)
    {
        var error = Assert.Throws<FormatException>(() => ScanAxis.Parse("lambda", text));
        Assert.Contains("lambda", error.Message);
    }
}
