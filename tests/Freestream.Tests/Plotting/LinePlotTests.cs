using Freestream.Plotting;
using SkiaSharp;

namespace Freestream.Tests.Plotting;

/// <summary>PNG and SVG output of <see cref="LinePlot"/>, including the text that needs the shipped font.</summary>
public sealed class LinePlotTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("freestream-plot-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static LinePlot Example(string xLabel = "comoving momentum q = p/T_ν0", string yLabel = "q² f(q)")
    {
        double[] q = Enumerable.Range(0, 200).Select(i => Math.Pow(10, -3 + (i * 4.0 / 199))).ToArray();
        return new LinePlot("Fermi–Dirac and Bose–Einstein", xLabel, yLabel) { LogX = true, LogY = true }
            .AddSeries("Fermi–Dirac", q, q.Select(x => x * x / (Math.Exp(x) + 1)).ToArray())
            .AddSeries("Bose–Einstein", q, q.Select(x => x * x / (Math.Exp(x) - 1)).ToArray())
            .AddHorizontalLine(0.1, "0.1")
            .AddVerticalLine(3.15, "⟨q⟩ (FD)");
    }

    [Fact]
    public void PngHasTextInTitleAndAxisLabelAreas()
    {
        // Text needs the embedded font: without it ScottPlot draws no glyphs and these areas stay white.
        string path = Path.Combine(directory, "plot.png");
        Example().SavePng(path, 800, 600);
        using var bitmap = SKBitmap.Decode(path);
        Assert.Equal(800, bitmap.Width);
        Assert.Equal(600, bitmap.Height);
        Assert.True(DarkPixels(bitmap, 300, 500, 575, 600) > 100, "x-axis label area is blank");
        Assert.True(DarkPixels(bitmap, 0, 25, 200, 400) > 50, "y-axis label area is blank");
        Assert.True(DarkPixels(bitmap, 250, 550, 0, 30) > 100, "title area is blank");
    }

    [Fact]
    public void PngLabelAreaIsBlankWithoutLabels()
    {
        // Control for the test above: with a blank label (same layout) the area has no text pixels.
        string path = Path.Combine(directory, "unlabelled.png");
        Example(xLabel: " ").SavePng(path, 800, 600);
        using var bitmap = SKBitmap.Decode(path);
        Assert.Equal(0, DarkPixels(bitmap, 300, 500, 575, 600));
    }

    [Fact]
    public void SvgContainsAxisLabelsInShippedFont()
    {
        string path = Path.Combine(directory, "plot.svg");
        Example().SaveSvg(path, 640, 480);
        string svg = File.ReadAllText(path);
        Assert.StartsWith("<?xml", svg);
        Assert.Contains("<svg", svg);
        Assert.Contains("comoving momentum q = p/T_ν0", svg);
        Assert.Contains("q² f(q)", svg);
        Assert.Contains("Fermi–Dirac", svg);
        Assert.Contains("font-family=\"DejaVu Sans\"", svg);
        Assert.Contains("stroke=\"#0072B2\"", svg);
    }

    [Fact]
    public void EmbeddedFontIsRegisteredAsDefault()
    {
        // The TrueType file ships inside the library, so plots do not depend on the machine's fonts.
        using var stream = typeof(LinePlot).Assembly.GetManifestResourceStream("Freestream.Plotting.Fonts.DejaVuSans.ttf");
        Assert.NotNull(stream);
        var header = new byte[4];
        stream.ReadExactly(header);
        Assert.Equal(new byte[] { 0, 1, 0, 0 }, header);

        PlotFonts.EnsureRegistered();
        Assert.Equal("DejaVu Sans", ScottPlot.Fonts.Default);
        Assert.Equal("DejaVu Sans", ScottPlot.Fonts.GetTypeface("DejaVu Sans", bold: true, italic: false).FamilyName);
    }

    [Theory]
    [InlineData(-3, "10⁻³")]
    [InlineData(0, "1")]
    [InlineData(1, "10")]
    [InlineData(2, "10²")]
    [InlineData(12, "10¹²")]
    [InlineData(-45, "10⁻⁴⁵")]
    [InlineData(0.5, "3.16")]
    public void DecadeLabelsUseSuperscriptExponents(double exponent, string expected)
    {
        Assert.Equal(expected, LinePlot.DecadeLabel(exponent));
    }

    [Fact]
    public void InvalidInputIsRejected()
    {
        var plot = new LinePlot("t", "x", "y") { LogY = true };
        Assert.Throws<ArgumentException>(() => plot.AddSeries("a", [1, 2, 3], [1, 2]));
        Assert.Throws<ArgumentOutOfRangeException>(() => plot.AddHorizontalLine(0, "zero"));
        Assert.Throws<ArgumentOutOfRangeException>(() => plot.AddVerticalLine(double.NaN, "nan"));
        Assert.Throws<ArgumentOutOfRangeException>(() => plot.SavePng(Path.Combine(directory, "x.png"), 10, 600));
    }

    private static int DarkPixels(SKBitmap bitmap, int x0, int x1, int y0, int y1)
    {
        int count = 0;
        for (int y = y0; y < y1; y++)
        {
            for (int x = x0; x < x1; x++)
            {
                var c = bitmap.GetPixel(x, y);
                if (c.Red < 128 && c.Green < 128 && c.Blue < 128)
                {
                    count++;
                }
            }
        }

        return count;
    }
}
