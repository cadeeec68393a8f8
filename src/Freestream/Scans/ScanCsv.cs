using System.Globalization;

namespace Freestream.Scans;

/// <summary>
/// Writes the points of a scan as <c>points.csv</c>: one row per point with the columns of the
/// results store (<see cref="ScanStore.Columns"/>), invariant culture, empty cells for quantities
/// not computed.
/// </summary>
public static class ScanCsv
{
    /// <summary>File name of the export inside the scan folder.</summary>
    public const string FileName = "points.csv";

    /// <summary>Writes the header and one row per result, in the order given.</summary>
    public static void Write(TextWriter writer, IEnumerable<ScanPointResult> results)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(results);
        var columns = ScanStore.Columns.Where(c => c != "finished_utc").ToList();
        writer.WriteLine(string.Join(",", columns));
        foreach (var r in results)
        {
            writer.WriteLine(string.Join(",", columns.Select(c => Escape(Cell(r, c)))));
        }
    }

    /// <summary>Writes <c>points.csv</c> into <paramref name="directory"/> (via a temporary file, then renamed).</summary>
    public static string WriteFile(string directory, IEnumerable<ScanPointResult> results)
    {
        string path = Path.Combine(directory, FileName);
        string temporary = path + ".tmp";
        using (var writer = new StreamWriter(temporary))
        {
            Write(writer, results);
        }

        File.Move(temporary, path, overwrite: true);
        return path;
    }

    private static string Cell(ScanPointResult r, string column)
    {
        var p = r.Point;
        return column switch
        {
            "point_index" => I(p.Index),
            "lambda_index" => I(p.LambdaIndex),
            "yukawa_index" => I(p.YukawaIndex),
            "lambda" => R(p.Lambda),
            "yukawa" => R(p.Yukawa),
            "scalar_mass_gev" => R(p.ScalarMassGeV),
            "status" => r.Status == ScanPointStatus.Ok ? "ok" : "failed",
            "error" => r.Error ?? string.Empty,
            "regime" => r.Regime,
            "sterile_mass_kev" => R(r.SterileMassKeV),
            "omega_h2" => R(r.OmegaH2),
            "mean_q" => R(r.MeanQ),
            "peak_count" => I(r.PeaksQ.Count),
            "peaks_q" => string.Join(";", r.PeaksQ.Select(R)),
            "free_streaming_mpc" => R(r.FreeStreamingLengthMpc),
            "half_mode_k_hmpc" => R(r.HalfModeKHMpc),
            "lyman_alpha_delta_a" => R(r.LymanAlphaDeltaA),
            "subhalo_count" => R(r.SubhaloCount),
            "z6_density_mpc3" => R(r.HighRedshiftDensityMpc3),
            "seconds" => R(r.Timings.TotalSeconds),
            "production_seconds" => R(r.Timings.ProductionSeconds),
            "boltzmann_seconds" => R(r.Timings.BoltzmannSeconds),
            "verdict_seconds" => R(r.Timings.VerdictSeconds),
            _ => VerdictCell(r, column),
        };
    }

    private static string VerdictCell(ScanPointResult r, string column)
    {
        string criterion = ScanCriteria.All.Single(c => ScanCriteria.Column(c) == column);
        return r.Verdicts.TryGetValue(criterion, out var verdict) ? ScanCriteria.Name(verdict) : string.Empty;
    }

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string R(double value) => double.IsNaN(value) ? string.Empty : value.ToString("R", CultureInfo.InvariantCulture);

    private static string Escape(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
