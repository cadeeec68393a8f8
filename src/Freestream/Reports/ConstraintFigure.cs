using System.Globalization;
using Freestream.Plotting;
using Freestream.Structure;

namespace Freestream.Reports;

/// <summary>
/// The thermal-relic-equivalent bounds of constraint sets on one mass axis (<c>constraints.png</c>/<c>.svg</c>):
/// one row per entry, a tick at the strict bound and a line down to the conservative one (the marginal band);
/// count bounds are drawn at the thermal equivalent their paper quotes; ΔN_eff bounds have none and are left out.
/// </summary>
public static class ConstraintFigure
{
    /// <summary>File name stem of the figure.</summary>
    public const string FileStem = "constraints";

    /// <summary>The rows of the figure: (set, entry, strict keV, conservative keV), top to bottom.</summary>
    public static IReadOnlyList<(string Set, ConstraintEntry Entry, double StrictKeV, double ConservativeKeV)> Rows(IEnumerable<ConstraintSet> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var rows = new List<(string, ConstraintEntry, double, double)>();
        foreach (var set in sets)
        {
            foreach (var e in set.Entries)
            {
                if (ConstraintMappings.UsesThermalMass(e.Mapping))
                {
                    rows.Add((set.Name, e, e.Strict, e.Conservative));
                }
                else if (e.ThermalEquivalentKeV is double keV)
                {
                    rows.Add((set.Name, e, keV, keV));
                }
            }
        }

        return rows;
    }

    /// <summary>Writes <c>{stem}.png</c> at <paramref name="dpi"/> and <c>{stem}.svg</c>; returns both paths.</summary>
    /// <param name="sets">The sets to draw, each entry one row.</param>
    /// <param name="stem">Path of the files without extension (e.g. DIR/constraints).</param>
    /// <param name="dpi">Resolution of the PNG (the layout is 1100 × 1000 pixels at 96 dpi).</param>
    public static IReadOnlyList<string> Write(IReadOnlyList<ConstraintSet> sets, string stem, double dpi)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var rows = Rows(sets);
        var plot = new LinePlot(
            $"Thermal-relic-equivalent bounds: {string.Join(", ", sets.Select(s => s.Name))}",
            "thermal-relic mass m_WDM [keV] (tick: bound; line: down to the conservative bound)",
            "entry (top to bottom, as in the legend)")
        {
            Legend = LegendCorner.LowerRight,
        };

        // The rows take the upper half; an unnamed point at y = 0 keeps the lower half free for the legend.
        double left = rows.Count == 0 ? 1 : rows.Min(r => r.ConservativeKeV);
        plot.AddSeries(string.Empty, [left, left], [0, 0]);
        for (int i = 0; i < rows.Count; i++)
        {
            var (set, e, strict, conservative) = rows[i];
            double y = 2 * rows.Count - i;
            plot.AddSeries(
                string.Create(CultureInfo.InvariantCulture, $"{set}: {e.Criterion}, {e.Reference.Split(" (")[0]} ({strict:G4} keV)"),
                [conservative, strict, strict, strict],
                [y, y, y + 0.3, y - 0.3]);
        }

        string png = stem + ".png";
        string svg = stem + ".svg";
        plot.SavePng(png, 1100, 1000, dpi);
        plot.SaveSvg(svg, 1100, 1000);
        return [png, svg];
    }
}
