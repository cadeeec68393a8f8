using System.Globalization;
using System.Net;
using System.Text;
using Freestream.Distributions;
using Freestream.Plotting;
using Freestream.Scans;

namespace Freestream.Reports;

/// <summary>
/// The files of a run file's benchmark point, a point and not a plane: <c>psd.dat</c> (its f(q), CLASS format),
/// <c>verdict.md</c> (its measurements and verdicts), <c>spectrum.png/svg</c> (q³ f, unit area on a log q axis),
/// <c>transfer.png/svg</c> (T²(k) with the thermal-relic references of the run) and a one-page <c>report.html</c>
/// with both figures inline. The caller writes <c>summary.json</c>.
/// </summary>
public static class BenchmarkPointFiles
{
    /// <summary>Writes the files into <paramref name="directory"/>; returns their paths.</summary>
    public static IReadOnlyList<string> Write(ScanSpecification specification, ScanPointResult point, IReadOnlyList<ScanCurve> transferReferences, string directory)
    {
        ArgumentNullException.ThrowIfNull(specification);
        ArgumentNullException.ThrowIfNull(point);
        ArgumentNullException.ThrowIfNull(transferReferences);
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        string label = ScanPointFigures.Label(specification, point);
        if (point.Spectrum is { } spectrum)
        {
            string psd = Path.Combine(directory, "psd.dat");
            PsdFile.Write(psd, new MomentumDistribution(spectrum.X, spectrum.Y));
            written.Add(psd);
            var (q, density) = ScanPointFigures.NumberPerLogMomentum(spectrum);
            // Draw where the spectrum holds its particles: down to 10⁻³ of its peak on either side.
            double floor = 1e-3 * density.Max();
            int first = Math.Max(0, Array.FindIndex(density, d => d >= floor) - 1), last = Math.Min(q.Length - 1, Array.FindLastIndex(density, d => d >= floor) + 1);
            (q, density) = (q[first..(last + 1)], density[first..(last + 1)]);
            var plot = new LinePlot($"Benchmark momentum spectrum: {label}", "q = p / T_ν0", ScanPointFigures.SpectrumAxisLabel) { LogX = true, Legend = LegendCorner.UpperLeft };
            plot.AddSeries($"⟨q⟩ = {PlotNumber.Format(point.MeanQ)}", q, density);
            written.AddRange(Save(plot, directory, "spectrum"));
        }

        if (point.Transfer is { } transfer)
        {
            var plot = new LinePlot($"Benchmark T²(k): {label}", "k [h/Mpc]", "T²(k) = P(k) / P_CDM(k)") { LogX = true, LogY = true, Legend = LegendCorner.LowerLeft };
            foreach (var curve in new[] { transfer with { Name = $"benchmark: k₁/₂ = {PlotNumber.Format(point.HalfModeKHMpc)} h/Mpc" } }.Concat(transferReferences).Select(TransferResampling.Fine))
            {
                var keep = Enumerable.Range(0, curve.X.Length).Where(i => curve.Y[i] >= ScanPointFigures.MinimumTransferSquared).ToArray();
                plot.AddSeries(curve.Name, [.. keep.Select(i => curve.X[i])], [.. keep.Select(i => curve.Y[i])]);
            }

            plot.AddHorizontalLine(0.5, "T² = ½");
            written.AddRange(Save(plot, directory, "transfer"));
        }

        string verdict = Path.Combine(directory, "verdict.md");
        File.WriteAllText(verdict, Markdown(specification, point, label));
        written.Add(verdict);
        string report = Path.Combine(directory, ScanReport.FileName);
        File.WriteAllText(report, Html(specification, point, label, directory));
        written.Add(report);
        return written;
    }

    /// <summary>The point's numbers: (label, value with unit, reason when missing).</summary>
    private static IEnumerable<(string Label, string Value)> Quantities(ScanPointResult p)
    {
        static string Or(double v, string unit, string why) => double.IsFinite(v) ? PlotNumber.Format(v) + unit : "— (" + why + ")";
        yield return ("production regime", p.Regime.Length > 0 ? p.Regime : "—");
        yield return ("sterile mass m_N", Or(p.SterileMassKeV, " keV", "no mass gives the target Ω h²"));
        yield return ("Ω h²", Or(p.OmegaH2, string.Empty, "not computed"));
        yield return ("mean momentum ⟨q⟩", Or(p.MeanQ, string.Empty, "no spectrum"));
        yield return ("peaks of q² f(q)", p.PeaksQ.Count > 0 ? string.Join("; ", p.PeaksQ.Select(PlotNumber.Format)) : "—");
        yield return ("free-streaming length λ_fs", Or(p.FreeStreamingLengthMpc, " Mpc", "not computed"));
        yield return ("half-mode k₁/₂", Or(p.HalfModeKHMpc, " h/Mpc", "T² never drops to ½ on the computed k range"));
        yield return ("Lyman-α δA", Or(p.LymanAlphaDeltaA, string.Empty, "not computed"));
        yield return ("Milky-Way subhaloes N_sub", Or(p.SubhaloCount, string.Empty, "not computed"));
        yield return ("haloes at z = 6, n(>M)", Or(p.HighRedshiftDensityMpc3, " Mpc⁻³", "not computed"));
        if (double.IsFinite(p.LeptonAsymmetryL6))
        {
            yield return ("lepton asymmetry L₆", PlotNumber.Format(p.LeptonAsymmetryL6));
        }

        if (double.IsFinite(p.XRayLifetimeSeconds))
        {
            yield return ("X-ray lifetime τ_γ", PlotNumber.Format(p.XRayLifetimeSeconds) + " s");
        }
    }

    private static string Markdown(ScanSpecification specification, ScanPointResult p, string label)
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# Benchmark point: {specification.Model}, {specification.Title}");
        md.AppendLine().AppendLine(label).AppendLine();
        if (p.Status != ScanPointStatus.Ok)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"**Failed:** {p.Error}").AppendLine();
        }

        md.AppendLine("| quantity | value |").AppendLine("|---|---|");
        foreach (var (name, value) in Quantities(p))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {value} |");
        }

        md.AppendLine().AppendLine("| criterion | verdict |").AppendLine("|---|---|");
        foreach (string criterion in ScanCriteria.All.Where(p.Verdicts.ContainsKey))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {ScanCriteria.Label(criterion)} | {ScanCriteria.Name(p.Verdicts[criterion])} |");
        }

        if (p.Warnings.Count > 0)
        {
            md.AppendLine().AppendLine("Warnings:").AppendLine();
            foreach (string warning in p.Warnings)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"* {warning}");
            }
        }

        return md.ToString();
    }

    private static string Html(ScanSpecification specification, ScanPointResult p, string label, string directory)
    {
        static string E(string text) => WebUtility.HtmlEncode(text);
        var html = new StringBuilder();
        string title = $"Freestream benchmark point: {specification.Model}, {specification.Title}";
        html.AppendLine("<!DOCTYPE html>");
        html.AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.AppendLine(CultureInfo.InvariantCulture, $"<title>{E(title)}</title><style>{Style}</style></head><body>");
        html.AppendLine(CultureInfo.InvariantCulture, $"<h1>{E(title)}</h1><p>{E(label)}. Files beside this page: psd.dat (f(q) for CLASS), summary.json, verdict.md.</p>");
        if (p.Status != ScanPointStatus.Ok)
        {
            html.AppendLine(CultureInfo.InvariantCulture, $"<p class=\"error\">Failed: {E(p.Error ?? string.Empty)}</p>");
        }

        html.AppendLine("<div class=\"columns\"><table><tbody>");
        foreach (var (name, value) in Quantities(p))
        {
            html.AppendLine(CultureInfo.InvariantCulture, $"<tr><th>{E(name)}</th><td>{E(value)}</td></tr>");
        }

        foreach (string criterion in ScanCriteria.All.Where(p.Verdicts.ContainsKey))
        {
            string verdict = ScanCriteria.Name(p.Verdicts[criterion]);
            html.AppendLine(CultureInfo.InvariantCulture, $"<tr><th>{E(ScanCriteria.Label(criterion))}</th><td class=\"v-{verdict}\">{verdict}</td></tr>");
        }

        foreach (string warning in p.Warnings)
        {
            html.AppendLine(CultureInfo.InvariantCulture, $"<tr><th>warning</th><td class=\"warning\">{E(warning)}</td></tr>");
        }

        html.AppendLine("</tbody></table></div><div class=\"figures\">");
        foreach (string name in new[] { "spectrum.svg", "transfer.svg" })
        {
            string path = Path.Combine(directory, name);
            if (File.Exists(path))
            {
                string svg = PlotFiles.WithViewBox(File.ReadAllText(path));
                int start = svg.IndexOf("<svg", StringComparison.Ordinal);
                html.AppendLine("<div class=\"figure\">").AppendLine(start >= 0 ? svg[start..] : svg).AppendLine("</div>");
            }
        }

        html.AppendLine("</div></body></html>");
        return html.ToString();
    }

    private static string[] Save(LinePlot plot, string directory, string name)
    {
        string stem = Path.Combine(directory, name);
        plot.SavePng(stem + ".png");
        plot.SaveSvg(stem + ".svg");
        return [stem + ".png", stem + ".svg"];
    }

    private const string Style = """
        body { font-family: "DejaVu Sans", Verdana, sans-serif; margin: 1.5em; color: #222; max-width: 1800px; }
        .figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 560px), 1fr)); gap: 12px; margin-top: 1em; }
        .figure { min-width: 0; }
        .figure svg { display: block; width: 100%; max-width: 100%; height: auto; border: 1px solid #ddd; background: #fff; }
        table { border-collapse: collapse; font-size: 14px; }
        th, td { border: 1px solid #ccc; padding: 3px 8px; } th { text-align: left; background: #f3f3f3; font-weight: normal; }
        .v-allowed { background: #cde9f7; } .v-marginal { background: #f8d98f; } .v-excluded { background: #f3c8aa; }
        .warning, .error { color: #a33f00; }
        """;
}
