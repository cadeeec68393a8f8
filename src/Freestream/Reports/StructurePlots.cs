using Freestream.Cosmology;
using Freestream.Plotting;
using ScottPlot;
using Freestream.Structure;

namespace Freestream.Reports;

/// <summary>
/// The four plots of a structure report, each as PNG and SVG: T²(k) against the thermal references with
/// the ½ lines; the P_1D ratio with the shaded δA area; cumulative N_sub(&gt;M) with the observed counts;
/// N(&gt;M, z) with the observational lower limits.
/// </summary>
public static class StructurePlots
{
    private const double PlottedDensityFloorMpc3 = 1e-4;

    /// <summary>Writes the plots into <paramref name="directory"/>; returns the file names.</summary>
    public static IReadOnlyList<string> Write(string directory, StructureReport report, TransferFunction model, ThermalReferences references)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(references);
        var written = new List<string>();
        void Save(LinePlot plot, string name)
        {
            plot.SavePng(Path.Combine(directory, name + ".png"));
            plot.SaveSvg(Path.Combine(directory, name + ".svg"));
            written.Add(name + ".png");
            written.Add(name + ".svg");
        }

        var transfer = new LinePlot("Transfer function against thermal references", "k [h/Mpc]", "T²(k) = P(k)/P_CDM(k)") { LogX = true, Legend = LegendCorner.LowerLeft };
        transfer.AddSeries("model", model.KHMpc, model.TransferSquared);
        foreach (var reference in report.Thresholds.All)
        {
            var t = references.For(reference.MassKeV);
            transfer.AddSeries($"thermal {PlotNumber.Format(reference.MassKeV)} keV", t.KHMpc, t.TransferSquared);
        }

        transfer.AddHorizontalLine(0.5, "T² = 1/2");
        transfer.AddHorizontalLine(0.25, "T = 1/2");
        Save(transfer, "transfer_squared");

        var m = report.Measurements;
        var subhalos = new LinePlot("Milky-Way subhaloes (sharp-k EPS)", "M_sub [M_sun/h]", "N_sub(>M)") { LogX = true, LogY = true };
        subhalos.AddSeries("model", m.Subhalos.MassMsunH, m.Subhalos.Cumulative);
        if (report.Verdicts.TryGetValue("satellites", out var satellites))
        {
            foreach (var reference in satellites.References.Where(r => r.Name.StartsWith("observed", StringComparison.Ordinal)))
            {
                subhalos.AddHorizontalLine(reference.Value, $"observed {PlotNumber.Format(reference.Value)}");
            }
        }

        Save(subhalos, "subhalos");

        var highZ = new LinePlot("Halo abundance at high redshift (sharp-k Sheth–Tormen)", "M [M_sun/h]", "N(>M) [Mpc⁻³]") { LogX = true, LogY = true };
        // Only the abundant end matters for the criterion: show N(>M) down to 1e-4 Mpc⁻³.
        var visible = Enumerable.Range(0, m.HighRedshift.MassMsunH.Length).Where(i => m.HighRedshift.CumulativeMpc3[i] >= PlottedDensityFloorMpc3).ToArray();
        highZ.AddSeries("model", [.. visible.Select(i => m.HighRedshift.MassMsunH[i])], [.. visible.Select(i => m.HighRedshift.CumulativeMpc3[i])]);
        if (report.Verdicts.TryGetValue("highRedshift", out var highRedshift))
        {
            foreach (var reference in highRedshift.References)
            {
                highZ.AddHorizontalLine(reference.Value, reference.Name);
            }
        }

        Save(highZ, "high_z_counts");
        written.AddRange(LymanAlpha(directory, m.LymanAlpha));
        return written;
    }

    private static string[] LymanAlpha(string directory, LymanAlphaResult result)
    {
        PlotFonts.EnsureRegistered();
        using var plot = new Plot();
        plot.Title($"1D power ratio, shaded area δA = {PlotNumber.Format(result.DeltaA)}");
        plot.XLabel("k [h/Mpc]");
        plot.YLabel("P_1D(k) / P_1D,CDM(k)");
        var ones = Enumerable.Repeat(1.0, result.KHMpc.Length).ToArray();
        var fill = plot.Add.FillY(result.KHMpc, result.Ratio, ones);
        fill.FillColor = Color.FromHex("#0072B2").WithAlpha(0.25);
        fill.LegendText = "δA (missing area)";
        var line = plot.Add.ScatterLine(result.KHMpc, result.Ratio, Color.FromHex("#0072B2"));
        line.LineWidth = 2;
        line.LegendText = "model";
        plot.Add.HorizontalLine(1, 1.5f, Colors.Gray, LinePattern.Dashed);
        plot.Axes.SetLimitsY(0, 1.05);
        plot.ShowLegend(Alignment.LowerLeft);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = PlotNumber.Format };
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = PlotNumber.Format };
        PlotFiles.SavePng(plot, Path.Combine(directory, "lyman_alpha_ratio.png"), 800, 600);
        PlotFiles.SaveSvg(plot, Path.Combine(directory, "lyman_alpha_ratio.svg"), 800, 600);
        return ["lyman_alpha_ratio.png", "lyman_alpha_ratio.svg"];
    }
}
