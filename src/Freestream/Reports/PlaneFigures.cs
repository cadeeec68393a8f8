using Freestream.Scans;
using ScottPlot;
using Freestream.Plotting;

namespace Freestream.Reports;

/// <summary>What a plane figure of <see cref="PlaneFigures"/> draws over the iso-mass lines.</summary>
public enum PlaneFigureKind
{
    /// <summary>Half-mode verdict regions (König, Merle &amp; Totzauer 2016, JCAP 1611(038), figs. of the λ–y plane).</summary>
    HalfMode,

    /// <summary>Free-streaming classification against the half-mode verdict, cell by cell.</summary>
    FreeStreamingVsHalfMode,

    /// <summary>Half-mode regions with crosses where the z = 6 galaxy count excludes the point.</summary>
    HighRedshiftVsHalfMode,

    /// <summary>Half-mode regions with crosses where the Lyman-α δA or the Milky-Way satellite count excludes the point.</summary>
    LymanAlphaSatellitesVsHalfMode,
}

/// <summary>
/// Paper figures of a scan plane: the map of <see cref="ScanMaps"/> for one reading of the plane, as a
/// print-resolution PNG and an SVG. Refined verdicts are drawn as crosses over the half-mode regions, offset by a
/// quarter cell from the cell centre (as in Merle, Schneider &amp; Totzauer, arXiv:1704.07838, where the symbols sit
/// beside rather than on the iso-mass lines), one offset per criterion so both stay visible.
/// </summary>
public static class PlaneFigures
{
    private static readonly Color BothAllow = ScanMaps.AllowedColor;
    private static readonly Color BothExclude = ScanMaps.ExcludedColor;
    private static readonly Color OnlyHalfModeExcludes = Color.FromHex("#CC79A7");
    private static readonly Color OnlyFreeStreamingExcludes = Color.FromHex("#009E73");
    private static readonly Color EitherMarginal = ScanMaps.MarginalColor;

    /// <summary>Writes <c>{stem}.png</c> at <paramref name="dpi"/> and <c>{stem}.svg</c>; returns both paths.</summary>
    public static IReadOnlyList<string> Write(ScanSpecification specification, IReadOnlyList<ScanPointResult> results, PlaneFigureKind kind, string stem, double dpi = 300, int width = 960, int height = 640)
    {
        ArgumentNullException.ThrowIfNull(specification);
        ArgumentNullException.ThrowIfNull(results);
        var grid = new MapGrid(specification, results);
        using var plot = Build(grid, kind);
        PlotFiles.SavePng(plot, stem + ".png", width, height, dpi);
        PlotFiles.SaveSvg(plot, stem + ".svg", width, height);
        return [stem + ".png", stem + ".svg"];
    }

    private static Plot Build(MapGrid grid, PlaneFigureKind kind)
    {
        // The plane in the title, the constraint set in the legend: both in the title do not fit a 3000 px figure.
        string title = grid.Specification.PlaneTitle + ": ";
        var halfModeLegend = new List<(string, Color)>
        {
            ($"constraint set: {grid.Specification.Constraints?.Label ?? "settings"}", Colors.Transparent),
            ("half-mode k₁/₂:", Colors.Transparent),
            ("allowed", ScanMaps.AllowedColor),
            ("marginal", ScanMaps.MarginalColor),
            ("excluded", ScanMaps.ExcludedColor),
            ("failed / not computed", ScanMaps.MissingColor),
        };
        Color HalfMode(ScanPointResult? r) => ScanMaps.CellColor(grid, r, "halfMode");
        switch (kind)
        {
            case PlaneFigureKind.HalfMode:
                return ScanMaps.Build(grid, title + "half-mode verdict and iso-mass lines", HalfMode, halfModeLegend);
            case PlaneFigureKind.FreeStreamingVsHalfMode:
                return ScanMaps.Build(grid, title + "free streaming against half-mode", r => Comparison(r), [
                    ("free streaming λ_fs / half-mode k₁/₂:", Colors.Transparent),
                    ("both allow", BothAllow),
                    ("only half-mode excludes", OnlyHalfModeExcludes),
                    ("only free streaming excludes", OnlyFreeStreamingExcludes),
                    ("both exclude", BothExclude),
                    ("either marginal", EitherMarginal),
                    ("failed / not computed", ScanMaps.MissingColor),
                ]);
            case PlaneFigureKind.HighRedshiftVsHalfMode:
                {
                    var plot = ScanMaps.Build(grid, title + "z = 6 galaxy counts over the half-mode regions", HalfMode, halfModeLegend);
                    AddCrosses(plot, grid, "highRedshift", MarkerShape.Eks, +1, "× excluded by z = 6 galaxy counts");
                    return plot;
                }

            default:
                {
                    var plot = ScanMaps.Build(grid, title + "Lyman-α and satellites over the half-mode regions", HalfMode, halfModeLegend);
                    AddCrosses(plot, grid, "lymanAlpha", MarkerShape.Eks, +1, "× excluded by Lyman-α δA");
                    AddCrosses(plot, grid, "satellites", MarkerShape.Cross, -1, "+ excluded by MW satellites N_sub");
                    return plot;
                }
        }
    }

    /// <summary>Colour of a cell comparing the free-streaming and half-mode verdicts.</summary>
    private static Color Comparison(ScanPointResult? r)
    {
        if (r is null || r.Status != ScanPointStatus.Ok
            || !r.Verdicts.TryGetValue("halfMode", out var halfMode) || !r.Verdicts.TryGetValue("freeStreaming", out var freeStreaming))
        {
            return ScanMaps.MissingColor;
        }

        if (halfMode == ScanVerdict.Marginal || freeStreaming == ScanVerdict.Marginal)
        {
            return EitherMarginal;
        }

        return (halfMode == ScanVerdict.Excluded, freeStreaming == ScanVerdict.Excluded) switch
        {
            (true, true) => BothExclude,
            (true, false) => OnlyHalfModeExcludes,
            (false, true) => OnlyFreeStreamingExcludes,
            _ => BothAllow,
        };
    }

    /// <summary>Black crosses at the points a criterion excludes, a quarter cell up-right (+1) or down-left (−1) of the centre.</summary>
    private static void AddCrosses(Plot plot, MapGrid grid, string criterion, MarkerShape shape, int side, string legend)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        foreach (var cell in grid.Cells())
        {
            if (cell.Result is { Status: ScanPointStatus.Ok } r && r.Verdicts.TryGetValue(criterion, out var v) && v == ScanVerdict.Excluded)
            {
                xs.Add((cell.Left + cell.Right) / 2 + side * (cell.Right - cell.Left) / 4);
                ys.Add((cell.Bottom + cell.Top) / 2 + side * (cell.Top - cell.Bottom) / 4);
            }
        }

        var markers = plot.Add.ScatterPoints(xs.ToArray(), ys.ToArray(), Colors.Black);
        markers.MarkerShape = shape;
        markers.MarkerSize = 9;
        markers.MarkerLineWidth = 1.6f;
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = legend, LineWidth = 0 });
    }
}
