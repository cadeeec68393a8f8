using Freestream.Scans;
using Freestream.Plotting;

namespace Freestream.Reports;

/// <summary>
/// Figures of selected scan points: their spectra as q³ f(q) on a logarithmic q axis, normalised so that
/// ∫ q³ f d ln q = 1 (since q³ f d ln q = q² f dq, equal areas under the curves hold equal numbers of
/// particles, and each curve holds the same total), and their T²(k), redrawn on a fine k grid by
/// <see cref="TransferResampling"/>, with the thermal-relic references of the scan.
/// </summary>
public static class ScanPointFigures
{
    /// <summary>
    /// Up to <paramref name="count"/> computed points spread over the range of ⟨q⟩ (coldest,
    /// hottest and evenly spaced ranks between), so the figures show the variety of the plane.
    /// </summary>
    public static IReadOnlyList<ScanPointResult> Select(IReadOnlyList<ScanPointResult> results, int count = 5)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var ok = results
            .Where(r => r.Status == ScanPointStatus.Ok && r.Spectrum is not null && double.IsFinite(r.MeanQ))
            .OrderBy(r => r.MeanQ)
            .ThenBy(r => r.Point.Index)
            .ToList();
        if (ok.Count <= count)
        {
            return ok;
        }

        var picked = new SortedSet<int>();
        for (int k = 0; k < count; k++)
        {
            picked.Add((int)Math.Round(k * (ok.Count - 1) / (double)(count - 1)));
        }

        return [.. picked.Select(k => ok[k])];
    }

    /// <summary>
    /// The point a report opens on: among computed points with tables, the one of median ⟨q⟩ among those with a
    /// keV-scale mass (1–100 keV, where the structure criteria discriminate), or among all when none is; null when
    /// no point has tables.
    /// </summary>
    public static ScanPointResult? Representative(IReadOnlyList<ScanPointResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var ok = results.Where(r => r.Status == ScanPointStatus.Ok && r.Spectrum is not null && r.Transfer is not null && double.IsFinite(r.MeanQ)).ToList();
        var keV = ok.Where(r => r.SterileMassKeV is >= 1 and <= 100).ToList();
        var pool = (keV.Count > 0 ? keV : ok).OrderBy(r => r.MeanQ).ThenBy(r => r.Point.Index).ToList();
        return pool.Count == 0 ? null : pool[pool.Count / 2];
    }

    /// <summary>
    /// Legend label of a point: "λ = 10⁻⁸, y = 10⁻⁹, m_N = 12.3 keV" (scalar decay) or
    /// "m_s = 7.1 keV, sin²2θ = 4×10⁻¹¹, L₆ = 25" (Shi–Fuller).
    /// </summary>
    public static string Label(ScanSpecification specification, ScanPointResult result)
    {
        ArgumentNullException.ThrowIfNull(specification);
        ArgumentNullException.ThrowIfNull(result);
        var p = result.Point;
        return specification.Description.Contour switch
        {
            ScanContourQuantity.LeptonAsymmetryL6 => $"m_s = {PlotNumber.Format(p.X)} keV, sin²2θ = {PlotNumber.Format(p.Y)}, L₆ = {PlotNumber.Format(result.LeptonAsymmetryL6)}",
            _ => $"λ = {PlotNumber.Format(p.X)}, y = {PlotNumber.Format(p.Y)}, m_N = " + ScanMaps.MassLabel(result.SterileMassKeV),
        };
    }

    /// <summary>Writes <c>spectra.png/svg</c> and <c>transfer.png/svg</c>; returns the paths written.</summary>
    public static IReadOnlyList<string> Write(ScanSpecification specification, IReadOnlyList<ScanPointResult> selected, IReadOnlyList<ScanCurve> transferReferences, string directory)
    {
        ArgumentNullException.ThrowIfNull(specification);
        ArgumentNullException.ThrowIfNull(selected);
        string title = specification.Title;
        ArgumentNullException.ThrowIfNull(transferReferences);
        var spectra = new LinePlot($"{title}: momentum spectra", "q = p / T_ν0", SpectrumAxisLabel) { LogX = true, Legend = LegendCorner.UpperLeft };
        var transfer = new LinePlot($"{title}: transfer functions", "k [h/Mpc]", "T²(k) = P(k) / P_CDM(k)") { LogX = true, LogY = true, Legend = LegendCorner.LowerLeft };
        foreach (var r in selected)
        {
            if (r.Spectrum is { } s)
            {
                var (q, density) = NumberPerLogMomentum(s);
                spectra.AddSeries(Label(specification, r), q, density);
            }

            if (r.Transfer is { } t)
            {
                var (k, t2) = Visible(TransferResampling.Fine(t));
                transfer.AddSeries(Label(specification, r), k, t2);
            }
        }

        foreach (var reference in transferReferences)
        {
            var (k, t2) = Visible(TransferResampling.Fine(reference));
            transfer.AddSeries(reference.Name, k, t2);
        }

        var written = new List<string>();
        foreach (var (plot, name) in new[] { (spectra, "spectra"), (transfer, "transfer") })
        {
            string stem = Path.Combine(directory, name);
            plot.SavePng(stem + ".png");
            plot.SaveSvg(stem + ".svg");
            written.Add(stem + ".png");
            written.Add(stem + ".svg");
        }

        return written;
    }

    /// <summary>Smallest T² drawn: below it a spectrum is erased on all scales the criteria probe.</summary>
    public const double MinimumTransferSquared = 1e-6;

    /// <summary>The part of a T²(k) curve above <see cref="MinimumTransferSquared"/> (the log axis stays readable).</summary>
    private static (double[] K, double[] T2) Visible(ScanCurve curve)
    {
        var keep = Enumerable.Range(0, curve.X.Length).Where(i => curve.Y[i] >= MinimumTransferSquared).ToArray();
        return ([.. keep.Select(i => curve.X[i])], [.. keep.Select(i => curve.Y[i])]);
    }

    /// <summary>Axis label of <see cref="NumberPerLogMomentum"/>.</summary>
    public const string SpectrumAxisLabel = "q³ f(q) / ∫q² f dq  (equal areas = equal numbers)";

    /// <summary>
    /// q³ f(q) divided by ∫ q² f dq = ∫ q³ f d ln q (trapezoidal rule in ln q on the stored grid): the number
    /// of particles per unit ln q, with unit area on a logarithmic q axis.
    /// </summary>
    public static (double[] Q, double[] Density) NumberPerLogMomentum(ScanCurve spectrum)
    {
        ArgumentNullException.ThrowIfNull(spectrum);
        var q = spectrum.X;
        var density = new double[q.Length];
        for (int i = 0; i < q.Length; i++)
        {
            density[i] = q[i] * q[i] * q[i] * spectrum.Y[i];
        }

        double area = 0;
        for (int i = 1; i < q.Length; i++)
        {
            if (q[i - 1] > 0)
            {
                area += 0.5 * (density[i] + density[i - 1]) * Math.Log(q[i] / q[i - 1]);
            }
        }

        if (area > 0)
        {
            for (int i = 0; i < density.Length; i++)
            {
                density[i] /= area;
            }
        }

        return (q, density);
    }
}
