using System.Globalization;
using Freestream.Scans;
using ScottPlot;
using ScottPlot.TickGenerators;
using Freestream.Plotting;

namespace Freestream.Reports;

/// <summary>
/// Maps of a scan plane. For a scalar-decay (λ, y) plane at fixed m_S, as in König, Merle &amp;
/// Totzauer 2016 (arXiv:1609.01289, figs. of the λ–y plane): lines of constant sterile mass m_N
/// (labelled in keV) on which Ω h² is right. For a Shi–Fuller (m_s, sin²2θ) plane at fixed Ω h², as in
/// Schneider 2016 (arXiv:1601.07553): lines of the required asymmetry L₆. Under the lines, cells are
/// coloured by ⟨q⟩ (panel "mass", the "temperature map") or by the verdict of one criterion (one panel
/// each, the X-ray line only for models with mixing), and a combined panel counts the criteria that
/// exclude a point. Axes are log10 of the two axis values with decade labels; colours are colour-blind safe
/// (Okabe–Ito; Wong 2011, Nature Methods 8, 441).
/// </summary>
public static class ScanMaps
{
    /// <summary>Colour of an allowed cell (sky blue).</summary>
    public static readonly Color AllowedColor = Color.FromHex("#56B4E9");

    /// <summary>Colour of a marginal cell (orange; the Okabe–Ito yellow #F0E442 has contrast 1.3 on white and vanishes next to it).</summary>
    public static readonly Color MarginalColor = Color.FromHex("#E69F00");

    /// <summary>Colour of an excluded cell (vermillion).</summary>
    public static readonly Color ExcludedColor = Color.FromHex("#D55E00");

    /// <summary>Colour of a failed or missing cell (grey, contrast 2.85 on white).</summary>
    public static readonly Color MissingColor = Color.FromHex("#999999");

    /// <summary>
    /// Colour of a physically impossible cell (kinematically forbidden or outside validity; dark grey, contrast 5.7 on
    /// white). It differs from <see cref="MissingColor"/> by itself because the SVG export (report.html) drops the hatch.
    /// </summary>
    public static readonly Color ImpossibleColor = Color.FromHex("#666666");

    /// <summary>Colour of the hatch over a physically impossible cell (light grey stripes on <see cref="ImpossibleColor"/>, PNG).</summary>
    public static readonly Color ImpossibleHatchColor = Color.FromHex("#BBBBBB");

    /// <summary>Largest Viridis position used for the combined count: beyond it Viridis turns yellow-green (contrast &lt; 2 on white).</summary>
    private const double CombinedViridisTop = 0.75;

    private static readonly Color[] MeanQColors =
    [
        Color.FromHex("#0072B2"), Color.FromHex("#56B4E9"), Color.FromHex("#009E73"), Color.FromHex("#E69F00"), Color.FromHex("#D55E00"),
    ];

    /// <summary>Names of the panels written by <see cref="Write"/>, in order: "mass", each criterion judged at some point, "combined".</summary>
    public static IReadOnlyList<string> PanelNames(IReadOnlyList<ScanPointResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var judged = ScanCriteria.All.Where(c => results.Any(r => r.Verdicts.ContainsKey(c)));
        return ["mass", .. judged, "combined"];
    }

    /// <summary>
    /// Writes <c>map-{panel}.png</c> and <c>map-{panel}.svg</c> for every panel of
    /// <see cref="PanelNames"/>, and all panels side by side in <c>map-panels.png</c> (two rows),
    /// into <paramref name="directory"/>; returns the paths written.
    /// </summary>
    public static IReadOnlyList<string> Write(ScanSpecification specification, IReadOnlyList<ScanPointResult> results, string directory, int width = 960, int height = 620)
    {
        ArgumentNullException.ThrowIfNull(specification);
        ArgumentNullException.ThrowIfNull(results);
        PlotFonts.EnsureRegistered();
        var grid = new MapGrid(specification, results);
        var panelNames = PanelNames(results);
        var written = new List<string>();
        foreach (string panel in panelNames)
        {
            using var plot = Build(grid, panel);
            string stem = Path.Combine(directory, $"map-{panel}");
            PlotFiles.SavePng(plot, stem + ".png", width, height);
            PlotFiles.SaveSvg(plot, stem + ".svg", width, height);
            written.Add(stem + ".png");
            written.Add(stem + ".svg");
        }

        string panels = Path.Combine(directory, "map-panels.png");
        var plots = panelNames.Select(panel => Build(grid, panel)).ToList();
        try
        {
            var multiplot = new Multiplot(plots[0]);
            foreach (var plot in plots.Skip(1))
            {
                multiplot.AddPlot(plot);
            }

            int columns = (panelNames.Count + 1) / 2;
            multiplot.Layout = new ScottPlot.MultiplotLayouts.Grid(2, columns);
            multiplot.SavePng(panels, columns * width, 2 * height);
        }
        finally
        {
            plots.ForEach(p => p.Dispose());
        }

        written.Add(panels);
        return written;
    }

    /// <summary>
    /// Contour levels (m_N in keV, or L₆): the 1–2–5 sequence inside the range of the values on the grid; when there are
    /// more than <paramref name="maxLevels"/>, the 1–2–5 steps are kept only between 1 and 50 keV and
    /// decades elsewhere (thinned further if needed).
    /// </summary>
    public static IReadOnlyList<double> IsoMassLevelsKeV(IEnumerable<double> massesKeV, int maxLevels = 9)
    {
        ArgumentNullException.ThrowIfNull(massesKeV);
        var finite = massesKeV.Where(m => double.IsFinite(m) && m > 0).ToList();
        if (finite.Count == 0)
        {
            return [];
        }

        double lo = finite.Min(), hi = finite.Max();
        var levels = new List<double>();
        for (int decade = (int)Math.Floor(Math.Log10(lo)); decade <= (int)Math.Ceiling(Math.Log10(hi)); decade++)
        {
            foreach (double mantissa in new[] { 1.0, 2.0, 5.0 })
            {
                double level = mantissa * Math.Pow(10, decade);
                if (level > lo && level < hi)
                {
                    levels.Add(level);
                }
            }
        }

        if (levels.Count > maxLevels)
        {
            // Keep the full 1–2–5 sequence where keV sterile neutrinos live (1–50 keV), decades elsewhere.
            levels = [.. levels.Where(l => (l >= 1 && l <= 50) || Math.Abs(Math.Log10(l) - Math.Round(Math.Log10(l))) < 1e-9)];
        }

        while (levels.Count > maxLevels)
        {
            levels = [.. levels.Where((l, k) => k % 2 == 0 || (l >= 1 && l <= 50))];
        }

        return levels;
    }

    /// <summary>Label of a mass in keV for a contour, in the format of <see cref="PlotNumber"/>: "0.5 keV", "2000 keV", "2×10⁴ keV".</summary>
    public static string MassLabel(double keV) => PlotNumber.Format(keV) + " keV";

    private static Plot Build(MapGrid grid, string panel)
    {
        var model = grid.Specification.Description;
        string title = panel switch
        {
            "mass" when model.Contour == ScanContourQuantity.LeptonAsymmetryL6 => "asymmetry L₆ giving the right Ωh², mean momentum ⟨q⟩ in colour",
            "mass" => "mass m_N giving the right Ωh², mean momentum ⟨q⟩ in colour",
            "combined" => "number of criteria excluding the point",
            _ => "verdict of the " + ScanCriteria.Label(panel) + " criterion",
        };
        // Two lines: the plane, then the panel (one line overflowed the data area, which the legend narrows).
        return Build(grid, $"{grid.Specification.PlaneTitle}\n{title}", result => CellColor(grid, result, panel), LegendItems(grid, panel));
    }

    /// <summary>
    /// A map of the plane: cells in the colours of <paramref name="cellColor"/> (null result: missing point), the
    /// contour lines of the model (iso-mass or L₆) reaching the plane's edges with their labels, log axes, and a
    /// legend on the right with <paramref name="legend"/> (a transparent colour makes a heading) and the lines.
    /// </summary>
    internal static Plot Build(MapGrid grid, string title, Func<ScanPointResult?, Color> cellColor, IReadOnlyList<(string Label, Color Color)> legend)
    {
        PlotFonts.EnsureRegistered();
        var plot = new Plot();
        var model = grid.Specification.Description;
        plot.Title(title, size: 16);
        plot.XLabel(model.XLabel, size: 16);
        plot.YLabel(model.YLabel, size: 16);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 14;
        plot.Axes.Left.TickLabelStyle.FontSize = 14;
        foreach (var cell in grid.Cells())
        {
            var rectangle = plot.Add.Rectangle(cell.Left, cell.Right, cell.Bottom, cell.Top);
            var color = cellColor(cell.Result);
            bool impossible = cell.Result is { } result && ScanPointStatusNames.IsImpossible(result.Status);
            if (impossible && color == MissingColor)
            {
                color = ImpossibleColor;
            }

            rectangle.FillStyle.Color = color;
            rectangle.LineStyle.Color = color; // an outline in the fill colour hides anti-aliasing seams between cells
            rectangle.LineStyle.Width = 1;
            if (impossible)
            {
                rectangle.FillStyle.Hatch = new ScottPlot.Hatches.Striped();
                rectangle.FillStyle.HatchColor = ImpossibleHatchColor;
            }
        }

        foreach (var (label, color) in legend)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = label, FillColor = color, LineWidth = 0 });
        }

        if (grid.Results.Any(r => ScanPointStatusNames.IsImpossible(r.Status)))
        {
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = "impossible, no verdict (m_N ≥ m_S/2 or outside validity)",
                FillStyle = new FillStyle { Color = ImpossibleColor, Hatch = new ScottPlot.Hatches.Striped(), HatchColor = ImpossibleHatchColor },
                LineWidth = 0,
            });
        }

        string lines = model.Contour == ScanContourQuantity.LeptonAsymmetryL6 ? "lines: required L₆ = 10⁶ L/s" : "lines: m_N giving Ωh² right";
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = lines, LineColor = Colors.Black, LineWidth = 2 });
        plot.ShowLegend(Edge.Right);
        plot.Legend.FontSize = 14;
        AddContourLines(plot, grid);
        plot.Axes.Bottom.TickGenerator = DecadeTicks(grid.LogXEdges);
        plot.Axes.Left.TickGenerator = DecadeTicks(grid.LogYEdges);
        plot.Axes.SetLimits(grid.LogXEdges[0], grid.LogXEdges[^1], grid.LogYEdges[0], grid.LogYEdges[^1]);
        plot.HideGrid();
        return plot;
    }

    internal static Color CellColor(MapGrid grid, ScanPointResult? result, string panel)
    {
        // A failed point keeps the verdicts that did not need its spectrum (the X-ray line of a Shi–Fuller point).
        if (result is null || (result.Status != ScanPointStatus.Ok && panel is "combined"))
        {
            return MissingColor;
        }

        switch (panel)
        {
            case "mass":
                if (!double.IsFinite(result.MeanQ))
                {
                    return MissingColor;
                }

                int bin = grid.Specification.Description.MeanQEdges.Count(e => result.MeanQ >= e);
                return MeanQColors[bin];
            case "combined":
                if (result.Verdicts.Count == 0)
                {
                    return MissingColor;
                }

                int excluded = result.Verdicts.Values.Count(v => v == ScanVerdict.Excluded);
                return CombinedColor(excluded, grid.CriterionCount);
            default:
                return result.Verdicts.TryGetValue(panel, out var verdict) ? VerdictColor(verdict) : MissingColor;
        }
    }

    internal static Color VerdictColor(ScanVerdict verdict) => verdict switch
    {
        ScanVerdict.Allowed => AllowedColor,
        ScanVerdict.Marginal => MarginalColor,
        _ => ExcludedColor,
    };

    /// <summary>Sequential viridis colour (colour-blind safe) for 0…n excluding criteria; 0 is the allowed colour.</summary>
    internal static Color CombinedColor(int excluded, int criteria) =>
        excluded == 0 ? AllowedColor : new ScottPlot.Colormaps.Viridis().GetColor(CombinedViridisTop * (1 - ((double)excluded / Math.Max(criteria, 1))));

    private static List<(string Label, Color Color)> LegendItems(MapGrid grid, string panel)
    {
        var items = new List<(string Label, Color Color)>();
        if (grid.Specification.Constraints is { } set)
        {
            items.Add(($"constraint set: {set.Label}", Colors.Transparent));
        }

        switch (panel)
        {
            case "mass":
                var edges = grid.Specification.Description.MeanQEdges;
                items.Add(("mean momentum ⟨q⟩:", Colors.Transparent));
                items.Add(($"⟨q⟩ < {PlotNumber.Format(edges[0])}", MeanQColors[0]));
                for (int k = 1; k < edges.Count; k++)
                {
                    items.Add(($"{PlotNumber.Format(edges[k - 1])} ≤ ⟨q⟩ < {PlotNumber.Format(edges[k])}", MeanQColors[k]));
                }

                items.Add(($"⟨q⟩ ≥ {PlotNumber.Format(edges[^1])}", MeanQColors[edges.Count]));
                break;
            case "combined":
                items.Add(("criteria excluding the point:", Colors.Transparent));
                for (int n = 0; n <= grid.CriterionCount; n++)
                {
                    string words = n == 0 ? "none (allowed by all)" : string.Create(CultureInfo.InvariantCulture, $"{n} of {grid.CriterionCount}");
                    items.Add((words, CombinedColor(n, grid.CriterionCount)));
                }

                break;
            default:
                items.Add((ScanCriteria.Label(panel) + ":", Colors.Transparent));
                items.Add(("allowed", AllowedColor));
                items.Add(("marginal", MarginalColor));
                items.Add(("excluded", ExcludedColor));
                break;
        }

        items.Add(("failed / not computed", MissingColor));
        return items;
    }

    private static void AddContourLines(Plot plot, MapGrid grid)
    {
        bool asymmetry = grid.Specification.Description.Contour == ScanContourQuantity.LeptonAsymmetryL6;
        var levels = IsoMassLevelsKeV(grid.Results.Where(r => r.Status == ScanPointStatus.Ok || !asymmetry).Select(grid.ContourValue));
        var box = new ContourLabelPlacer.Box(grid.LogXEdges[0], grid.LogXEdges[^1], grid.LogYEdges[0], grid.LogYEdges[^1]);
        var traced = levels.Select(level => (Level: level, Lines: ContourTracer.Trace(grid.LogX, grid.LogY, grid.LogContour, Math.Log10(level))
            .Select(line => ContourLabelPlacer.ExtendToEdges(line, grid.LogX, grid.LogY, box)).ToList())).ToList();
        foreach (var (_, lines) in traced)
        {
            foreach (var line in lines)
            {
                var scatter = plot.Add.ScatterLine(line.Select(p => p.X).ToArray(), line.Select(p => p.Y).ToArray(), Colors.Black);
                scatter.LineWidth = 1.8f;
            }
        }

        // Every branch of a level (freeze-in and freeze-out lines of one mass) gets a label, placed on its own
        // line where it is farthest from the other levels' lines and from the labels already placed.
        var placer = new ContourLabelPlacer(box, traced.Select(t => (IReadOnlyList<(double X, double Y)[]>)t.Lines).ToList());
        for (int n = 0; n < traced.Count; n++)
        {
            foreach (var line in traced[n].Lines.Where(l => l.Length >= 3))
            {
                var (lx, ly) = placer.Place(n, line);
                var text = plot.Add.Text(asymmetry ? AsymmetryLabel(traced[n].Level) : MassLabel(traced[n].Level), lx, ly);
                text.LabelFontSize = 13;
                text.LabelFontColor = Colors.Black;
                text.LabelBackgroundColor = Colors.White.WithAlpha(0.85);
                text.LabelAlignment = placer.AlignmentAt((lx, ly));
            }
        }
    }

    /// <summary>Label of an asymmetry contour: "L₆ = 20", "L₆ = 500".</summary>
    public static string AsymmetryLabel(double l6) => "L₆ = " + PlotNumber.Format(l6);

    /// <summary>Ticks of a log10 axis: labelled decades, plus labelled 2 and 5 when the axis spans less than two decades.</summary>
    private static NumericManual DecadeTicks(double[] edges)
    {
        var ticks = new NumericManual();
        double lo = edges[0], hi = edges[^1];
        bool narrow = hi - lo < 2;
        for (int decade = (int)Math.Floor(lo); decade <= (int)Math.Ceiling(hi); decade++)
        {
            if (decade >= lo - 1e-9 && decade <= hi + 1e-9)
            {
                ticks.AddMajor(decade, TickLabel(1, decade));
            }

            for (int m = 2; m <= 9; m++)
            {
                double minor = decade + Math.Log10(m);
                if (minor > lo && minor < hi)
                {
                    if (narrow && (m == 2 || m == 5))
                    {
                        ticks.AddMajor(minor, TickLabel(m, decade));
                    }
                    else
                    {
                        ticks.AddMinor(minor);
                    }
                }
            }
        }

        return ticks;
    }

    /// <summary>m × 10^decade in the format of <see cref="PlotNumber"/>.</summary>
    private static string TickLabel(int mantissa, int decade) => PlotNumber.Format(mantissa * Math.Pow(10, decade));
}
