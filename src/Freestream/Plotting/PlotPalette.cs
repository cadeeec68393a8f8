namespace Freestream.Plotting;

/// <summary>
/// Colours of lines and text on a white background: the Okabe–Ito colour-blind-safe set (Wong 2011,
/// Nature Methods 8, 441) without its yellow (#F0E442), which is unreadable on white, in the order
/// blue, vermillion, bluish green, reddish purple, orange, sky blue, black.
/// </summary>
public static class PlotPalette
{
    /// <summary>Line colours as #RRGGBB, in the order series are drawn.</summary>
    public static IReadOnlyList<string> Lines { get; } = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"];

    /// <summary>Smallest contrast ratio against white a line or text colour must reach (WCAG 2.1 §1.4.11, non-text contrast is 3; the lightest Okabe–Ito line colours reach 2.2, yellow only 1.3).</summary>
    public const double MinimumContrastOnWhite = 2.0;

    /// <summary>
    /// Contrast ratio (L₁ + 0.05)/(L₂ + 0.05) of a #RRGGBB colour against white, with the relative
    /// luminance L of WCAG 2.1 (sRGB linearised, L = 0.2126 R + 0.7152 G + 0.0722 B).
    /// </summary>
    public static double ContrastOnWhite(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        if (hex.Length != 7 || hex[0] != '#')
        {
            throw new ArgumentException($"colour '{hex}' is not #RRGGBB", nameof(hex));
        }

        double Channel(int offset)
        {
            double c = Convert.ToInt32(hex.Substring(offset, 2), 16) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        double luminance = 0.2126 * Channel(1) + 0.7152 * Channel(3) + 0.0722 * Channel(5);
        return 1.05 / (luminance + 0.05);
    }
}
