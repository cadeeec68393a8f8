using System.Globalization;
using Freestream.Scans;
using Freestream.Plotting;

namespace Freestream.Reports;

/// <summary>
/// Figures of selected scan points: their spectra q² f(q) (normalised to unit area, so shapes
/// compare directly) and their T²(k) with the thermal-relic references of the scan.
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
    /// Legend label of a point: "λ = 1e-08, y = 1e-09, m_N = 12.3 keV" (scalar decay) or
    /// "m_s = 7.1 keV, sin²2θ = 4e-11, L₆ = 25" (Shi–Fuller).
    /// </summary>
    public static string Label(ScanSpecification specification, ScanPointResult result)
    {
        ArgumentNullException.ThrowIfNull(specification);
        ArgumentNullException.ThrowIfNull(result);
        var p = result.Point;
        return specification.Description.Contour switch
        {
            ScanContourQuantity.LeptonAsymmetryL6 => string.Create(CultureInfo.InvariantCulture, $"m_s = {p.X:G3} keV, sin²2θ = {p.Y:0.##e+0}, L₆ = {result.LeptonAsymmetryL6:G3}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"λ = {p.X:0.##e+0}, y = {p.Y:0.##e+0}, m_N = ") + ScanMaps.MassLabel(result.SterileMassKeV),
        };
    }

    /// <summary>Writes <c>spectra.png/svg</c> and <c>transfer.png/svg</c>; returns the paths written.</summary>
    public static IReadOnlyList<string> Write(ScanSpecification specification, IReadOnlyList<ScanPointResult> selected, IReadOnlyList<ScanCurve> transferReferences, string directory)
    {
        ArgumentNullException.ThrowIfNull(specification);
        ArgumentNullException.ThrowIfNull(selected);
        string title = specification.Title;
        ArgumentNullException.ThrowIfNull(transferReferences);
        var spectra = new LinePlot($"{title}: momentum spectra", "q = p / T_ν0", "q² f(q), normalised to unit area") { LogX = true, Legend = LegendCorner.UpperRight };
        var transfer = new LinePlot($"{title}: transfer functions", "k [h/Mpc]", "T²(k) = P(k) / P_CDM(k)") { LogX = true, LogY = true, Legend = LegendCorner.LowerLeft };
        foreach (var r in selected)
        {
            if (r.Spectrum is { } s)
            {
                var (q, density) = NormalisedMomentumDensity(s);
                spectra.AddSeries(Label(specification, r), q, density);
            }

            if (r.Transfer is { } t)
            {
                var (k, t2) = Visible(t);
                transfer.AddSeries(Label(specification, r), k, t2);
            }
        }

        foreach (var reference in transferReferences)
        {
            var (k, t2) = Visible(reference);
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

    /// <summary>q² f(q) divided by ∫ q² f dq (trapezoidal rule on the stored grid).</summary>
    public static (double[] Q, double[] Density) NormalisedMomentumDensity(ScanCurve spectrum)
    {
        ArgumentNullException.ThrowIfNull(spectrum);
        var q = spectrum.X;
        var density = new double[q.Length];
        for (int i = 0; i < q.Length; i++)
        {
            density[i] = q[i] * q[i] * spectrum.Y[i];
        }

        double area = 0;
        for (int i = 1; i < q.Length; i++)
        {
            area += 0.5 * (density[i] + density[i - 1]) * (q[i] - q[i - 1]);
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
