using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Freestream.Plotting;

/// <summary>
/// A line plot of one or more named series with optional logarithmic axes and reference lines,
/// written as PNG or SVG (ScottPlot 5, text in the embedded DejaVu Sans font, colours of
/// <see cref="PlotPalette"/>, numbers in the format of <see cref="PlotNumber"/>).
/// </summary>
/// <remarks>
/// A logarithmic axis plots log10 of the values with decade labels 10ⁿ and minor ticks at 2…9 × 10ⁿ;
/// points whose value on a logarithmic axis is ≤ 0 or not finite are left out of that series.
/// The plot is built when it is saved, so series can be added in any order.
/// </remarks>
public sealed class LinePlot
{
    private static readonly Color[] Palette = [.. PlotPalette.Lines.Select(Color.FromHex)];

    private readonly List<(string Name, double[] X, double[] Y, SeriesStyle Style)> series = [];
    private readonly List<(double Y, string Label)> horizontalLines = [];
    private readonly List<(double X, string Label)> verticalLines = [];

    /// <summary>Creates an empty plot.</summary>
    /// <param name="title">Title above the plot.</param>
    /// <param name="xLabel">Horizontal axis label, with its unit.</param>
    /// <param name="yLabel">Vertical axis label, with its unit.</param>
    public LinePlot(string title, string xLabel, string yLabel)
    {
        Title = title ?? throw new ArgumentNullException(nameof(title));
        XLabel = xLabel ?? throw new ArgumentNullException(nameof(xLabel));
        YLabel = yLabel ?? throw new ArgumentNullException(nameof(yLabel));
    }

    /// <summary>Title above the plot.</summary>
    public string Title { get; }

    /// <summary>Horizontal axis label.</summary>
    public string XLabel { get; }

    /// <summary>Vertical axis label.</summary>
    public string YLabel { get; }

    /// <summary>Logarithmic horizontal axis.</summary>
    public bool LogX { get; init; }

    /// <summary>Logarithmic vertical axis.</summary>
    public bool LogY { get; init; }

    /// <summary>Corner of the legend (shown when a series or reference line has a name).</summary>
    public LegendCorner Legend { get; init; } = LegendCorner.LowerRight;

    /// <summary>Adds a series drawn as a line; <paramref name="name"/> appears in the legend.</summary>
    /// <param name="name">Legend entry (empty for none).</param>
    /// <param name="x">Horizontal values.</param>
    /// <param name="y">Vertical values, as many as <paramref name="x"/>.</param>
    /// <param name="style">Drawing style and colour; default: a solid line in the next palette colour.</param>
    public LinePlot AddSeries(string name, IReadOnlyList<double> x, IReadOnlyList<double> y, SeriesStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"series '{name}': x has {x.Count} values but y has {y.Count}"), nameof(y));
        }

        series.Add((name, [.. x], [.. y], style ?? new SeriesStyle(series.Count)));
        return this;
    }

    /// <summary>Adds a dashed horizontal reference line at <paramref name="y"/> (in data units) with a legend entry.</summary>
    /// <param name="y">Position in data units (&gt; 0 on a logarithmic axis).</param>
    /// <param name="label">Legend entry (empty for none).</param>
    public LinePlot AddHorizontalLine(double y, string label)
    {
        RequirePlottable(y, LogY, nameof(y));
        horizontalLines.Add((y, label ?? string.Empty));
        return this;
    }

    /// <summary>Adds a dashed vertical reference line at <paramref name="x"/> (in data units) with a legend entry.</summary>
    /// <param name="x">Position in data units (&gt; 0 on a logarithmic axis).</param>
    /// <param name="label">Legend entry (empty for none).</param>
    public LinePlot AddVerticalLine(double x, string label)
    {
        RequirePlottable(x, LogX, nameof(x));
        verticalLines.Add((x, label ?? string.Empty));
        return this;
    }

    /// <summary>Writes a PNG image.</summary>
    /// <param name="path">Output file (overwritten).</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    /// <param name="dpi">Resolution: 96 gives one pixel per layout pixel, 300 a print-resolution image.</param>
    public void SavePng(string path, int width = 800, int height = 600, double dpi = PlotFiles.ScreenDpi)
    {
        RequireSize(width, height);
        using var plot = Build();
        PlotFiles.SavePng(plot, path, width, height, dpi);
    }

    /// <summary>Writes an SVG image with a viewBox (text as SVG text elements in the DejaVu Sans family).</summary>
    /// <param name="path">Output file (overwritten).</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    public void SaveSvg(string path, int width = 800, int height = 600)
    {
        RequireSize(width, height);
        using var plot = Build();
        PlotFiles.SaveSvg(plot, path, width, height);
    }

    /// <summary>Tick label of log10 value <paramref name="exponent"/>: 10ⁿ at decades (1 and 10 written plainly), <see cref="PlotNumber.Format"/> between.</summary>
    internal static string DecadeLabel(double exponent) =>
        Math.Abs(exponent - Math.Round(exponent)) > 1e-9 ? PlotNumber.Format(Math.Pow(10, exponent)) : PlotNumber.Power((int)Math.Round(exponent));

    private Plot Build()
    {
        PlotFonts.EnsureRegistered();
        var plot = new Plot();
        plot.Title(Title);
        plot.XLabel(XLabel);
        plot.YLabel(YLabel);
        plot.Axes.Title.Label.FontName = PlotFonts.Family;
        plot.Axes.Bottom.Label.FontName = PlotFonts.Family;
        plot.Axes.Left.Label.FontName = PlotFonts.Family;
        plot.Axes.Bottom.TickLabelStyle.FontName = PlotFonts.Family;
        plot.Axes.Left.TickLabelStyle.FontName = PlotFonts.Family;
        plot.Legend.FontName = PlotFonts.Family;
        plot.Axes.Bottom.TickGenerator = LogX ? LogTicks() : LinearTicks();
        plot.Axes.Left.TickGenerator = LogY ? LogTicks() : LinearTicks();

        bool legend = false;
        for (int i = 0; i < series.Count; i++)
        {
            var (name, x, y, style) = series[i];
            var (px, py) = Transform(x, y);
            var colour = Palette[style.Colour % Palette.Length];
            var line = style.Markers ? plot.Add.ScatterPoints(px, py, colour) : plot.Add.ScatterLine(px, py, colour);
            line.LineWidth = style.Markers ? 0 : 2;
            line.MarkerSize = style.Markers ? 6 : 0;
            line.MarkerShape = style.Markers ? MarkerShape.OpenCircle : MarkerShape.None;
            line.LinePattern = style.Dashed ? LinePattern.Dashed : LinePattern.Solid;
            line.LegendText = name;
            legend |= name.Length > 0;
        }

        foreach (var (value, label) in horizontalLines)
        {
            var line = plot.Add.HorizontalLine(LogY ? Math.Log10(value) : value, 1.5f, Colors.Gray, LinePattern.Dashed);
            line.LegendText = label;
            legend |= label.Length > 0;
        }

        foreach (var (value, label) in verticalLines)
        {
            var line = plot.Add.VerticalLine(LogX ? Math.Log10(value) : value, 1.5f, Colors.DimGray, LinePattern.Dotted);
            line.LegendText = label;
            legend |= label.Length > 0;
        }

        if (legend)
        {
            plot.ShowLegend(Legend switch
            {
                LegendCorner.UpperLeft => Alignment.UpperLeft,
                LegendCorner.UpperRight => Alignment.UpperRight,
                LegendCorner.LowerLeft => Alignment.LowerLeft,
                _ => Alignment.LowerRight,
            });
        }

        return plot;
    }

    private (double[] X, double[] Y) Transform(double[] x, double[] y)
    {
        var px = new List<double>(x.Length);
        var py = new List<double>(y.Length);
        for (int i = 0; i < x.Length; i++)
        {
            bool keep = double.IsFinite(x[i]) && double.IsFinite(y[i]) && (!LogX || x[i] > 0) && (!LogY || y[i] > 0);
            if (keep)
            {
                px.Add(LogX ? Math.Log10(x[i]) : x[i]);
                py.Add(LogY ? Math.Log10(y[i]) : y[i]);
            }
        }

        return ([.. px], [.. py]);
    }

    private static NumericAutomatic LinearTicks() => new() { LabelFormatter = PlotNumber.Format };

    private static NumericAutomatic LogTicks() => new()
    {
        IntegerTicksOnly = true,
        MinorTickGenerator = new LogMinorTickGenerator(),
        LabelFormatter = DecadeLabel,
    };

    private static void RequirePlottable(double value, bool logarithmic, string name)
    {
        if (!double.IsFinite(value) || (logarithmic && value <= 0))
        {
            throw new ArgumentOutOfRangeException(name, value, logarithmic ? "must be finite and > 0 on a logarithmic axis" : "must be finite");
        }
    }

    private static void RequireSize(int width, int height)
    {
        if (width < 100 || width > 10000)
        {
            throw new ArgumentOutOfRangeException(nameof(width), width, "image width must be 100 to 10000 pixels");
        }

        if (height < 100 || height > 10000)
        {
            throw new ArgumentOutOfRangeException(nameof(height), height, "image height must be 100 to 10000 pixels");
        }
    }
}

/// <summary>How <see cref="LinePlot"/> draws one series.</summary>
/// <param name="Colour">Index into <see cref="PlotPalette.Lines"/> (taken modulo its length).</param>
/// <param name="Dashed">Dashed instead of solid line.</param>
/// <param name="Markers">Open circles at the samples instead of a line (tabulated reference values).</param>
public sealed record SeriesStyle(int Colour, bool Dashed = false, bool Markers = false);
