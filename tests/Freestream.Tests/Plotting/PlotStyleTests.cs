using System.Text.RegularExpressions;
using Freestream.Plotting;
using Freestream.Scans;
using Freestream.Tests.Scans;
using Freestream.Reports;

namespace Freestream.Tests.Plotting;

/// <summary>
/// The look every figure shares: one number format (3 significant digits, m×10ⁿ, never E notation) and line
/// and text colours readable on white (no Okabe–Ito yellow), checked on the helpers' real output.
/// </summary>
public sealed partial class PlotStyleTests
{
    [Theory]
    [InlineData(18.349, "18.3")]
    [InlineData(0.05, "0.05")]
    [InlineData(2.85e-5, "2.85×10⁻⁵")]
    [InlineData(3.2749e-4, "3.27×10⁻⁴")]
    [InlineData(1e-8, "10⁻⁸")]
    [InlineData(9999, "10⁴")]
    [InlineData(1.8e5, "1.8×10⁵")]
    [InlineData(-0.25, "−0.25")]
    [InlineData(0.0099999, "0.01")]
    [InlineData(1, "1")]
    [InlineData(0, "0")]
    public void NumbersHaveThreeSignificantDigitsAndTimesTenToThe(double value, string expected)
    {
        Assert.Equal(expected, PlotNumber.Format(value));
    }

    [Fact]
    public void FormattedNumbersReadBackToThreeSignificantDigits()
    {
        // Inverse check over 12 decades: parse m×10ⁿ back and compare with the value to 0.5 % (3 digits).
        var random = new Random(7);
        for (int i = 0; i < 2000; i++)
        {
            double value = Math.Pow(10, random.NextDouble() * 24 - 12);
            string text = PlotNumber.Format(value);
            Assert.DoesNotMatch(ENotation(), text);
            Assert.True(SignificantDigits(text) <= 3, text);
            Assert.Equal(value, Parse(text), value * 5e-3);
        }
    }

    [Fact]
    public void LineColoursAreReadableOnWhite()
    {
        Assert.All(PlotPalette.Lines, c => Assert.True(PlotPalette.ContrastOnWhite(c) >= PlotPalette.MinimumContrastOnWhite, c));
        // Control: the Okabe–Ito yellow fails the same test.
        Assert.True(PlotPalette.ContrastOnWhite("#F0E442") < PlotPalette.MinimumContrastOnWhite);
    }

    [Fact]
    public void MapFillsAreReadableOnWhiteAndNotYellow()
    {
        // Cells and legend swatches of every verdict colour and of every count of the combined map sit on white: each
        // must reach the line contrast (the Okabe–Ito yellow, 1.3, and the bright end of Viridis, 1.3, do not).
        var verdicts = new[] { ScanVerdict.Allowed, ScanVerdict.Marginal, ScanVerdict.Excluded }.Select(ScanMaps.VerdictColor);
        var combined = Enumerable.Range(0, 8).SelectMany(criteria => Enumerable.Range(0, criteria + 1).Select(excluded => ScanMaps.CombinedColor(excluded, criteria)));
        foreach (var colour in verdicts.Concat(combined).Append(ScanMaps.MissingColor).Append(ScanMaps.ImpossibleColor))
        {
            Assert.True(PlotPalette.ContrastOnWhite(colour.ToStringRGB()) >= PlotPalette.MinimumContrastOnWhite, colour.ToStringRGB());
        }

        // Impossible cells must differ from failed ones by colour alone: the SVG maps in report.html have no hatch.
        Assert.NotEqual(ScanMaps.ImpossibleColor, ScanMaps.MissingColor);
        Assert.NotEqual(ScanMaps.MarginalColor, ScanMaps.ExcludedColor);
        Assert.NotEqual(ScanMaps.MarginalColor, ScanMaps.AllowedColor);
    }

    [Fact]
    public void FiguresOfAPlaneUseOneNumberFormatAndNoYellowLinesOrText()
    {
        using var folder = new ScanTestFolder();
        var specification = ScanTestSpecs.Plane(6, 6);
        using var store = ScanStore.Open(folder.Path, specification, fresh: false);
        ScanEngine.Run(store, new AnalyticScanEvaluator(specification), new ScanRunOptions(2, ScanShard.All), null, CancellationToken.None);
        ScanOutputs.Write(store, folder.Path);
        var svgs = Directory.GetFiles(folder.Path, "*.svg");
        Assert.NotEmpty(svgs);
        foreach (string path in svgs)
        {
            string svg = File.ReadAllText(path);
            Assert.Contains("viewBox=\"0 0 ", svg);
            foreach (Match text in TextElement().Matches(svg))
            {
                Assert.DoesNotMatch(ENotation(), text.Groups[1].Value);
            }

            // Map cells are filled (and outlined) in verdict colours next to each other, not drawn on white.
            bool map = Path.GetFileName(path).StartsWith("map-", StringComparison.Ordinal);
            foreach (Match stroke in StrokeOrTextColour().Matches(svg).Where(m => !map || m.Groups[2].Success))
            {
                string colour = (stroke.Groups[1].Success ? stroke.Groups[1] : stroke.Groups[2]).Value.ToUpperInvariant();
                Assert.True(PlotPalette.ContrastOnWhite(colour) >= PlotPalette.MinimumContrastOnWhite, $"{Path.GetFileName(path)}: {stroke.Value}");
            }

            // Map fills (cells and legend swatches) against the white page, all but the white background itself.
            foreach (Match fill in map ? FillColour().Matches(svg) : Enumerable.Empty<Match>())
            {
                string colour = fill.Groups[1].Value.ToUpperInvariant();
                if (colour != "#FFFFFF")
                {
                    Assert.True(PlotPalette.ContrastOnWhite(colour) >= PlotPalette.MinimumContrastOnWhite, $"{Path.GetFileName(path)}: {fill.Value}");
                }
            }
        }

        string html = File.ReadAllText(Path.Combine(folder.Path, ScanReport.FileName));
        foreach (Match cell in TableCell().Matches(html))
        {
            Assert.DoesNotMatch(ENotation(), cell.Groups[1].Value);
        }
    }

    private static bool IsSuperscript(char c) => c is '⁻' or '¹' or '²' or '³' or (>= '⁰' and <= '⁹');

    /// <summary>Significant digits of the mantissa ("2.85×10⁻⁵": 3; "10⁻⁸": 1; "2000": 1).</summary>
    private static int SignificantDigits(string text)
    {
        if (text.Any(IsSuperscript) && !text.Contains('×'))
        {
            return 1;
        }

        string digits = new([.. text.Split('×')[0].Where(char.IsAsciiDigit)]);
        return digits.TrimStart('0').TrimEnd('0').Length;
    }

    private static double Parse(string text)
    {
        string[] parts = text.Split('×');
        string power = parts[^1];
        if (!power.Any(IsSuperscript))
        {
            return double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        }

        string exponent = new([.. power[2..].Select(c => c switch
        {
            '⁻' => '-',
            '¹' => '1',
            '²' => '2',
            '³' => '3',
            _ => (char)('0' + (c - '⁰')),
        })]);
        double mantissa = parts.Length == 2 ? double.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) : 1;
        return mantissa * Math.Pow(10, int.Parse(exponent, System.Globalization.CultureInfo.InvariantCulture));
    }

    [GeneratedRegex("[0-9][eE][+-]?[0-9]")]
    private static partial Regex ENotation();

    [GeneratedRegex("<text[^>]*>([^<]*)</text>")]
    private static partial Regex TextElement();

    /// <summary>Colours of lines (stroke) and of text (fill of a text element).</summary>
    [GeneratedRegex("(?:stroke=\"(#[0-9A-Fa-f]{6})\"(?![^>]*stroke-opacity=\"0\\.[0-4])|<text[^>]*fill=\"(#[0-9A-Fa-f]{6})\")")]
    private static partial Regex StrokeOrTextColour();

    /// <summary>Fill colours of shapes (not of text, checked as text colour).</summary>
    [GeneratedRegex("<(?!text)[a-z]+[^>]*fill=\"(#[0-9A-Fa-f]{6})\"")]
    private static partial Regex FillColour();

    [GeneratedRegex("<td[^>]*>([^<]*)</td>")]
    private static partial Regex TableCell();
}
