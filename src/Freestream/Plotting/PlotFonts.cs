using System.Reflection;
using ScottPlot;
using SkiaSharp;

namespace Freestream.Plotting;

/// <summary>
/// Registers the DejaVu Sans font embedded in the library with ScottPlot and makes it the default.
/// Without a registered font file ScottPlot falls back to system fonts, and on a machine without
/// any (containers, CI) all text silently disappears from the images.
/// </summary>
internal static class PlotFonts
{
    /// <summary>The family name plots use.</summary>
    public const string Family = "DejaVu Sans";

    private const string ResourceName = "Freestream.Plotting.Fonts.DejaVuSans.ttf";
    private static readonly Lock Gate = new();
    private static bool registered;

    /// <summary>Registers the font once per process (thread-safe); later calls do nothing.</summary>
    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (registered)
            {
                return;
            }

            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
                ?? throw new InvalidOperationException($"the embedded font {ResourceName} is missing from the build");
            var typeface = SKTypeface.FromStream(stream)
                ?? throw new InvalidOperationException($"the embedded font {ResourceName} could not be loaded");
            Fonts.FontResolvers.Insert(0, new EmbeddedFontResolver(typeface));
            Fonts.Default = Family;
            Fonts.Sans = Family;
            registered = true;
        }
    }

    /// <summary>Returns the embedded typeface for its family name (every weight and slant), null otherwise.</summary>
    private sealed class EmbeddedFontResolver(SKTypeface typeface) : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
            Matches(fontName) ? typeface : null;

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            Matches(fontName) ? typeface : null;

        private static bool Matches(string fontName) => string.Equals(fontName, Family, StringComparison.OrdinalIgnoreCase);
    }
}
