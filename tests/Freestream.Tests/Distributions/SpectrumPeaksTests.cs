using Freestream.Production;
using Freestream.Distributions;
using Freestream.Numerics;

namespace Freestream.Tests.Distributions;

/// <summary>Peak detection on q² f(q).</summary>
public class SpectrumPeaksTests
{
    private static double[] LogGrid(int n) => [.. Enumerable.Range(0, n).Select(i => Math.Pow(10, -3 + 6.0 * i / (n - 1)))];

    [Fact]
    public void MaxwellBoltzmannHasOnePeakAtQEqualsTwo()
    {
        // q² e^{−q} peaks at q = 2.
        double[] q = LogGrid(200);
        var peaks = SpectrumPeaks.Find(q, [.. q.Select(x => Math.Exp(-x))]);
        var peak = Assert.Single(peaks);
        Assert.Equal(2, peak.Q, 0.01);
    }

    [Fact]
    public void TwoComponentSpectrumHasTwoPeaks()
    {
        // e^{−q} plus a hotter component 10⁻³ e^{−q/15}: q² f has maxima at q = 2 and q = 30.
        double[] q = LogGrid(300);
        double[] f = [.. q.Select(x => Math.Exp(-x) + 1e-3 * Math.Exp(-x / 15))];
        var peaks = SpectrumPeaks.Find(q, f);
        Assert.Equal(2, peaks.Count);
        Assert.Equal(2, peaks[0].Q, 0.05);
        Assert.Equal(30, peaks[1].Q, 0.5);
    }

    [Fact]
    public void SmallWigglesAreNotPeaks()
    {
        double[] q = LogGrid(300);
        double[] f = [.. q.Select((x, i) => Math.Exp(-x) * (1 + 1e-3 * (i % 2)))];
        Assert.Single(SpectrumPeaks.Find(q, f));
    }
}
