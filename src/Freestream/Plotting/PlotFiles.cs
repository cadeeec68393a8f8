using System.Text.RegularExpressions;
using ScottPlot;

namespace Freestream.Plotting;

/// <summary>
/// Writes a ScottPlot figure as PNG (at screen or print resolution) or as a scalable SVG: ScottPlot's
/// SVG root carries only width and height, so a page that narrows the image would crop it; the root
/// here also gets <c>viewBox="0 0 width height"</c>, which makes the drawing scale with the element.
/// </summary>
public static partial class PlotFiles
{
    /// <summary>Pixels per inch of a PNG written with <c>scale</c> = 1 (ScottPlot's and the browsers' reference).</summary>
    public const double ScreenDpi = 96;

    /// <summary>
    /// Writes a PNG of the layout <paramref name="width"/> × <paramref name="height"/> (in screen pixels),
    /// rendered at <paramref name="dpi"/> dots per inch: 96 gives one pixel per layout pixel, 300 a
    /// print-resolution image 3.125 times larger with the same layout.
    /// </summary>
    public static void SavePng(Plot plot, string path, int width, int height, double dpi = ScreenDpi)
    {
        ArgumentNullException.ThrowIfNull(plot);
        if (!(dpi >= 50 && dpi <= 1200))
        {
            throw new ArgumentOutOfRangeException(nameof(dpi), dpi, "resolution must be 50 to 1200 dpi");
        }

        double scale = dpi / ScreenDpi;
        double previous = plot.ScaleFactor;
        plot.ScaleFactor = scale;
        try
        {
            plot.SavePng(path, (int)Math.Round(width * scale), (int)Math.Round(height * scale));
        }
        finally
        {
            plot.ScaleFactor = previous;
        }
    }

    /// <summary>Writes an SVG whose root has a viewBox, so it scales to its container.</summary>
    public static void SaveSvg(Plot plot, string path, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(plot);
        plot.SaveSvg(path, width, height);
        File.WriteAllText(path, WithViewBox(File.ReadAllText(path)));
    }

    /// <summary>
    /// The SVG text with <c>viewBox="0 0 W H"</c> added to its root element from the root's width and
    /// height (unchanged when the root already has a viewBox or gives no numeric size).
    /// </summary>
    public static string WithViewBox(string svg)
    {
        ArgumentNullException.ThrowIfNull(svg);
        var root = RootElement().Match(svg);
        if (!root.Success || root.Value.Contains("viewBox", StringComparison.Ordinal))
        {
            return svg;
        }

        var width = SizeAttribute("width").Match(root.Value);
        var height = SizeAttribute("height").Match(root.Value);
        if (!width.Success || !height.Success)
        {
            return svg;
        }

        string tag = root.Value.Insert(4, $" viewBox=\"0 0 {width.Groups[1].Value} {height.Groups[1].Value}\" preserveAspectRatio=\"xMidYMid meet\"");
        return string.Concat(svg.AsSpan(0, root.Index), tag, svg.AsSpan(root.Index + root.Length));
    }

    [GeneratedRegex("<svg\\b[^>]*>")]
    private static partial Regex RootElement();

    private static Regex SizeAttribute(string name) => new($"\\s{name}=\"([0-9.]+)(?:px)?\"");
}
